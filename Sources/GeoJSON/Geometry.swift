/// A GeoJSON geometry (RFC 7946 §3.1).
public indirect enum Geometry: Hashable, Sendable {
  case point(Position)
  case multiPoint([Position])
  case lineString(LineString)
  case multiLineString([LineString])
  case polygon(Polygon)
  case multiPolygon([Polygon])
  case geometryCollection([Geometry])

  /// The RFC 7946 `type` member of this geometry.
  public var typeName: String { type.name.description }

  /// The `type` of this geometry, whose `name` is the text GeoJSON uses.
  var type: GeoJSONType {
    switch self {
    case .point: .point
    case .multiPoint: .multiPoint
    case .lineString: .lineString
    case .multiLineString: .multiLineString
    case .polygon: .polygon
    case .multiPolygon: .multiPolygon
    case .geometryCollection: .geometryCollection
    }
  }

  /// Calls `body` for every position of the geometry, in document order.
  public func forEachPosition(_ body: (Position) throws -> Void) rethrows {
    switch self {
    case .point(let position): try body(position)
    case .multiPoint(let positions): try positions.forEach(body)
    case .lineString(let line): try line.positions.forEach(body)
    case .multiLineString(let lines): for line in lines { try line.positions.forEach(body) }
    case .polygon(let polygon):
      for ring in polygon.rings { try ring.positions.forEach(body) }
    case .multiPolygon(let polygons):
      for polygon in polygons { for ring in polygon.rings { try ring.positions.forEach(body) } }
    case .geometryCollection(let geometries):
      for geometry in geometries { try geometry.forEachPosition(body) }
    }
  }

  /// The geometry with every position replaced by `transform(position)`.
  ///
  /// Ring closure is kept when `transform` maps equal positions to equal positions, which
  /// every deterministic coordinate operation does.
  public func mapPositions<E: Error>(
    _ transform: (Position) throws(E) -> Position
  ) throws(E) -> Geometry {
    func map(_ positions: [Position]) throws(E) -> [Position] {
      var result: [Position] = []
      result.reserveCapacity(positions.count)
      for position in positions { result.append(try transform(position)) }
      return result
    }
    func map(_ polygon: Polygon) throws(E) -> Polygon {
      var rings: [LinearRing] = []
      for ring in polygon.rings { rings.append(LinearRing(unchecked: try map(ring.positions))) }
      return Polygon(rings)
    }
    switch self {
    case .point(let position): return .point(try transform(position))
    case .multiPoint(let positions): return .multiPoint(try map(positions))
    case .lineString(let line): return .lineString(LineString(unchecked: try map(line.positions)))
    case .multiLineString(let lines):
      var result: [LineString] = []
      for line in lines { result.append(LineString(unchecked: try map(line.positions))) }
      return .multiLineString(result)
    case .polygon(let polygon): return .polygon(try map(polygon))
    case .multiPolygon(let polygons):
      var result: [Polygon] = []
      for polygon in polygons { result.append(try map(polygon)) }
      return .multiPolygon(result)
    case .geometryCollection(let geometries):
      var result: [Geometry] = []
      for geometry in geometries { result.append(try geometry.mapPositions(transform)) }
      return .geometryCollection(result)
    }
  }

  /// The geometry with polygon rings rewound to the RFC 7946 right-hand rule.
  public var rewoundToRightHandRule: Geometry {
    switch self {
    case .polygon(let polygon): .polygon(polygon.rewoundToRightHandRule)
    case .multiPolygon(let polygons): .multiPolygon(polygons.map(\.rewoundToRightHandRule))
    case .geometryCollection(let geometries):
      .geometryCollection(geometries.map(\.rewoundToRightHandRule))
    default: self
    }
  }
}

extension LineString {
  init(unchecked positions: [Position]) {
    self.positions = positions
  }
}
