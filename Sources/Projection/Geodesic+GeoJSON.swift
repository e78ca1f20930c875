import GeoJSON

extension Geodesic {
  /// Inverse problem between two GeoJSON positions (lon/lat degrees).
  public func inverse(_ from: Position, _ to: Position) -> Inverse {
    inverse(
      latitude1: from.latitude, longitude1: from.longitude, latitude2: to.latitude,
      longitude2: to.longitude)
  }

  /// Geodesic distance between two positions, metres.
  public func distance(_ from: Position, _ to: Position) -> Double {
    inverse(from, to).distance
  }

  /// Area of a polygon on the ellipsoid in square metres: the exterior ring's area less its
  /// holes', regardless of the rings' winding.
  public func area(of polygon: Polygon) -> Double {
    var total = 0.0
    for (index, ring) in polygon.rings.enumerated() {
      let area = abs(measure(ring).area)
      total += index == 0 ? area : -area
    }
    return total
  }

  /// Perimeter of a polygon on the ellipsoid in metres: the lengths of all its rings, holes
  /// included, along geodesics (`geod_polygonarea`).
  public func perimeter(of polygon: Polygon) -> Double {
    polygon.rings.reduce(0) { $0 + measure($1).perimeter }
  }

  private func measure(_ ring: LinearRing) -> PolygonMeasure {
    self.polygon(
      latitudes: ring.positions.map(\.latitude), longitudes: ring.positions.map(\.longitude))
  }

  /// Area of any geometry in square metres: the sum over its polygons; zero for points and
  /// lines.
  public func area(of geometry: Geometry) -> Double {
    switch geometry {
    case .polygon(let polygon): area(of: polygon)
    case .multiPolygon(let polygons): polygons.reduce(0) { $0 + area(of: $1) }
    case .geometryCollection(let geometries): geometries.reduce(0) { $0 + area(of: $1) }
    default: 0
    }
  }

  /// Length of a line along geodesics between consecutive positions, metres.
  public func length(of positions: [Position]) -> Double {
    zip(positions, positions.dropFirst()).reduce(0) { $0 + distance($1.0, $1.1) }
  }
}
