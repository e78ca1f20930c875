import GeoJSON

/// A gazetteer place as the control ledger needs it: identity, name, position and kind.
public struct PlaceReference: Hashable, Sendable {
  /// The gazetteer id (`umm_jrais`), stable across gazetteer versions.
  public var id: String
  /// The preferred name.
  public var name: String
  /// WGS 84 position, degrees.
  public var position: Position
  /// ISO 3166-1 alpha-2 country code, when known.
  public var country: String?
  /// Settlement kind as the gazetteer records it (`city`, `town`, `village`, …).
  public var kind: String?

  /// - Parameters:
  ///   - id: gazetteer id.
  ///   - name: preferred name.
  ///   - position: WGS 84 longitude/latitude in degrees.
  ///   - country: ISO 3166-1 alpha-2 code.
  ///   - kind: settlement kind.
  public init(id: String, name: String, position: Position, country: String?, kind: String?) {
    self.id = id
    self.name = name
    self.position = position
    self.country = country
    self.kind = kind
  }
}

extension PlaceReference {
  /// `id (name, country kind, lat, lon)`, for listing candidates in messages.
  var summary: String {
    let details = [country, kind].compactMap { $0 }.joined(separator: " ")
    let coordinates = "\(position.latitude), \(position.longitude)"
    return "\(id) (\(name), \(details.isEmpty ? "" : details + ", ")\(coordinates))"
  }
}
