import GeoJSON

/// A geometry taken apart by how it is drawn.
struct GeometryParts {
  var points: [Position] = []
  var lines: [[Position]] = []
  /// Each polygon's rings, exterior first.
  var polygons: [[[Position]]] = []

  init(_ geometry: Geometry?) {
    guard let geometry else { return }
    add(geometry)
  }

  private mutating func add(_ geometry: Geometry) {
    switch geometry {
    case .point(let position): points.append(position)
    case .multiPoint(let positions): points += positions
    case .lineString(let line): lines.append(line.positions)
    case .multiLineString(let parts): lines += parts.map(\.positions)
    case .polygon(let polygon): polygons.append(polygon.rings.map(\.positions))
    case .multiPolygon(let parts): polygons += parts.map { $0.rings.map(\.positions) }
    case .geometryCollection(let parts): for part in parts { add(part) }
    }
  }
}
