import GeoJSON

/// A place a ledger's events resolve to: a gazetteer place, a named point, or a named place
/// without a known position.
public struct LedgerPlace: Hashable, Sendable {
  /// The key snapshots and diffs match places by (`place_id`): the gazetteer id; `@LAT,LON`
  /// for a point given by coordinates; `unlocated:NAME` for an unlocated name.
  public var id: String
  /// Display name.
  public var name: String
  /// WGS 84 position in degrees; `nil` for an unlocated place (written as a null geometry).
  public var position: Position?
  /// ISO 3166-1 alpha-2 country code, when known.
  public var country: String?
  /// Settlement kind from the gazetteer (`city`, `town`, `village`), when known.
  public var kind: String?

  /// - Parameters:
  ///   - id: the `place_id`.
  ///   - name: display name.
  ///   - position: WGS 84 degrees, `nil` when unlocated.
  ///   - country: ISO 3166-1 alpha-2.
  ///   - kind: settlement kind.
  public init(
    id: String, name: String, position: Position?, country: String? = nil, kind: String? = nil
  ) {
    self.id = id
    self.name = name
    self.position = position
    self.country = country
    self.kind = kind
  }

  /// The ledger place for a gazetteer place.
  public init(_ reference: PlaceReference) {
    self.init(
      id: reference.id, name: reference.name, position: reference.position,
      country: reference.country, kind: reference.kind)
  }

  /// The `place_id` of a point given by coordinates: `@LAT,LON` in shortest decimal form.
  /// - Parameter position: WGS 84 degrees.
  public static func pointID(_ position: Position) -> String {
    "@\(position.latitude),\(position.longitude)"
  }

  /// The `place_id` of an unlocated name.
  public static func unlocatedID(_ name: String) -> String { "unlocated:\(name)" }
}
