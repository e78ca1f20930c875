import GeoJSON

/// One boundary line: the countries on its two sides, its parts, and what the source says
/// about it.
public struct BoundaryLine: Hashable, Sendable {
  /// ISO alpha-3 code of the country on the left (Natural Earth's code where there is no ISO
  /// code); `nil` when the source gives none (disputed lines, user lines).
  public var left: String?
  /// The country on the right, as `left`.
  public var right: String?
  /// The line's own name, e.g. `Ceasefire Lines 1974`.
  public var name: String?
  /// The source's class, e.g. `International boundary (verify)`.
  public var featureClass: String?
  /// The source's identifier (Natural Earth `ne_id`, or a user feature's `id`).
  public var identifier: String?
  /// The parts (longitude/latitude, degrees), each two or more positions joined by
  /// geodesics.
  public var parts: [[Position]]

  /// - Parameters:
  ///   - left, right: alpha-3 codes of the two sides, `nil` when unknown.
  ///   - name, featureClass, identifier: what the source says about the line.
  ///   - parts: the positions (longitude/latitude, degrees) of each part.
  public init(
    left: String?, right: String?, name: String? = nil, featureClass: String? = nil,
    identifier: String? = nil, parts: [[Position]]
  ) {
    self.left = left
    self.right = right
    self.name = name
    self.featureClass = featureClass
    self.identifier = identifier
    self.parts = parts
  }

  /// The codes of both sides, sorted, without `nil`s.
  public var countries: [String] { [left, right].compactMap { $0 }.sorted() }

  /// `IRQ-SYR`, the name, or the identifier, whichever exists first.
  public var label: String {
    let codes = countries
    if codes.count == 2 { return codes.joined(separator: "-") }
    return name ?? identifier ?? codes.first ?? "line"
  }

  /// Number of geodesic segments.
  public var segmentCount: Int { parts.reduce(0) { $0 + max(0, $1.count - 1) } }
}
