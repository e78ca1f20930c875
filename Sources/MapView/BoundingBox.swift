import GeoJSON

/// A longitude/latitude rectangle in degrees; the extent of what a map shows.
struct BoundingBox: Hashable, Sendable {
  var west: Double
  var south: Double
  var east: Double
  var north: Double

  /// The smallest box holding every position of `geometry`; `nil` for an empty geometry.
  init?(_ geometry: Geometry) {
    var box: BoundingBox?
    geometry.forEachPosition { position in
      let point = BoundingBox(position)
      box = box.map { $0.union(point) } ?? point
    }
    guard let box else { return nil }
    self = box
  }

  /// The box of one position: no width, no height.
  init(_ position: Position) {
    self.init(
      west: position.longitude, south: position.latitude, east: position.longitude,
      north: position.latitude)
  }

  init(west: Double, south: Double, east: Double, north: Double) {
    self.west = west
    self.south = south
    self.east = east
    self.north = north
  }

  /// The box around every geometry of `features`; `nil` when none has a position.
  init?(features: some Sequence<Feature>) {
    guard
      let box = Self.union(of: features.lazy.compactMap(\.geometry).compactMap(BoundingBox.init))
    else { return nil }
    self = box
  }

  /// The smallest box holding all of `boxes`; `nil` for none.
  static func union(of boxes: some Sequence<BoundingBox>) -> BoundingBox? {
    boxes.reduce(nil) { box, part in box.map { $0.union(part) } ?? part }
  }

  var centre: Position {
    Position(longitude: (west + east) / 2, latitude: (south + north) / 2)
  }

  func union(_ other: BoundingBox) -> BoundingBox {
    BoundingBox(
      west: min(west, other.west), south: min(south, other.south), east: max(east, other.east),
      north: max(north, other.north))
  }

  func intersects(_ other: BoundingBox) -> Bool {
    west <= other.east && other.west <= east && south <= other.north && other.south <= north
  }

  /// The box grown by `degrees` on every side, clamped to the valid WGS 84 range.
  func expanded(by degrees: Double) -> BoundingBox {
    BoundingBox(
      west: max(-180, west - degrees), south: max(-90, south - degrees),
      east: min(180, east + degrees), north: min(90, north + degrees))
  }
}
