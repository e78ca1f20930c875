import Foundation
import GeoJSON
import Projection

/// The local Lambert azimuthal equal-area projection Territory computes in: centred on the
/// middle of the points' longitude/latitude box, WGS 84, metres, through PROJ's `Transformer`
/// (`+proj=laea`, Snyder 1987 §24).
///
/// The transformer runs the operation `+proj=laea +lat_0=… +lon_0=… +ellps=WGS84` directly:
/// the same numbers PROJ computes from EPSG:4326 to that CRS (both are WGS 84, so there is
/// no datum shift), without 20 ms of database lookups for every computation and thread.
///
/// Equal-area, so planar areas of pieces are true areas; distances from the centre keep their
/// scale radially and stretch a little across (about 0.15 % at 700 km), so a reach disc drawn
/// in metres is a close, not exact, geodesic circle. One per computation: PROJ transformers
/// are not shared between threads.
final class LocalProjection {
  /// The centre, longitude/latitude degrees.
  let centre: Position
  /// The projection's PROJ definition.
  let definition: String
  private let transformer: Transformer

  /// Points may span at most this many degrees of longitude or latitude: beyond a quarter of
  /// the globe an azimuthal projection's distortion swamps the reaches being mapped.
  static let largestSpan = 60.0

  /// - Parameter positions: the control points; their box sets the centre.
  /// - Throws: `.extentTooLarge` when they span more than `largestSpan` degrees, `.projection`
  ///   when PROJ cannot create the operation.
  convenience init(around positions: [Position]) throws(TerritoryError) {
    let longitudes = positions.map(\.longitude)
    let latitudes = positions.map(\.latitude)
    let west = longitudes.min() ?? 0
    let east = longitudes.max() ?? 0
    let south = latitudes.min() ?? 0
    let north = latitudes.max() ?? 0
    guard east - west <= Self.largestSpan, north - south <= Self.largestSpan else {
      throw TerritoryError(
        .extentTooLarge,
        "control points span \(Self.degrees(east - west))° of longitude and "
          + "\(Self.degrees(north - south))° of latitude; areas need them within "
          + "\(Int(Self.largestSpan))° (one local projection)")
    }
    try self.init(centre: Position(longitude: (west + east) / 2, latitude: (south + north) / 2))
  }

  /// The projection centred on `centre` (longitude/latitude degrees).
  /// - Throws: `.projection` when PROJ cannot create the operation.
  init(centre: Position) throws(TerritoryError) {
    self.centre = centre
    definition =
      "+proj=laea +lat_0=\(Self.degrees(centre.latitude)) +lon_0=\(Self.degrees(centre.longitude))"
      + " +ellps=WGS84 +units=m"
    do {
      transformer = try Transformer(operation: definition)
    } catch {
      throw TerritoryError(
        .projection, "cannot create the local projection \(definition)",
        reason: error.description)
    }
  }

  /// Longitude/latitude degrees to projected metres.
  /// - Throws: `.projection` naming the first position PROJ could not transform.
  func forward(_ positions: [Position]) throws(TerritoryError) -> [PlanarPoint] {
    var projected = positions
    try check(transformer.transform(&projected, direction: .forward), "project")
    return projected.map { PlanarPoint(x: $0.longitude, y: $0.latitude) }
  }

  /// Projected metres back to longitude/latitude degrees.
  /// - Throws: `.projection` naming the first point PROJ could not transform.
  func inverse(_ points: [PlanarPoint]) throws(TerritoryError) -> [Position] {
    var positions = points.map { Position(longitude: $0.x, latitude: $0.y) }
    try check(transformer.transform(&positions, direction: .inverse), "unproject")
    return positions
  }

  /// Projects polygons ring by ring in one PROJ call.
  func forward(_ polygons: [Polygon]) throws(TerritoryError) -> [PlanarPolygon] {
    let flat = polygons.flatMap { $0.rings.flatMap(\.positions) }
    var points = try forward(flat)[...]
    return polygons.map { polygon in
      PlanarPolygon(
        rings: polygon.rings.map { ring in
          let count = ring.positions.count
          defer { points = points.dropFirst(count) }
          return Array(points.prefix(count))
        })
    }
  }

  /// Unprojects polygons in one PROJ call; rings are rewound to RFC 7946 §3.1.6 (exterior
  /// counterclockwise, holes clockwise in longitude/latitude).
  func inverse(_ polygons: [PlanarPolygon]) throws(TerritoryError) -> [Polygon] {
    let flat = polygons.flatMap { $0.rings.flatMap { $0 } }
    var positions = try inverse(flat)[...]
    var result: [Polygon] = []
    result.reserveCapacity(polygons.count)
    for polygon in polygons {
      var rings: [LinearRing] = []
      for ring in polygon.rings {
        let count = ring.count
        let slice = Array(positions.prefix(count))
        positions = positions.dropFirst(count)
        // GEOS only hands back closed rings of four or more points.
        guard let made = try? LinearRing(slice) else { continue }
        rings.append(made)
      }
      if !rings.isEmpty { result.append(Polygon(rings).rewoundToRightHandRule) }
    }
    return result
  }

  /// Unprojects lines in one PROJ call.
  func inverse(_ lines: [[PlanarPoint]]) throws(TerritoryError) -> [[Position]] {
    var positions = try inverse(lines.flatMap { $0 })[...]
    return lines.map { line in
      defer { positions = positions.dropFirst(line.count) }
      return Array(positions.prefix(line.count))
    }
  }

  private func check(_ failures: [PointFailure], _ verb: String) throws(TerritoryError) {
    guard let failure = failures.first else { return }
    throw TerritoryError(
      .projection,
      "cannot \(verb) (\(failure.position.longitude), \(failure.position.latitude)) with "
        + definition, reason: failure.error.description)
  }

  private static func degrees(_ value: Double) -> String {
    String(format: "%.6f", value)
  }
}
