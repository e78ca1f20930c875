public import Borders
import GeoJSON

/// Turns control points into control areas and front lines, honestly: an estimate from
/// points, with land beyond every point's reach left unknown.
///
/// The method (docs/territory.md): in a local Lambert azimuthal equal-area projection, the
/// Voronoi cell of each point (GEOS) is cut to a disc of the point's reach, then to the
/// union of the countries that hold at least one point; pieces are dissolved by class
/// (held by an actor, besieged, contested); the rest of those countries is `unknown`. Front
/// lines are the cell edges between pieces of different holders. Everything goes back to
/// WGS 84, RFC 7946 winding, with geodesic areas and lengths.
///
/// A value: safe to share. Each call makes its own GEOS context and PROJ transformer, so
/// calls may run on several threads at once.
public struct TerritoryBuilder: Sendable {
  /// The countries areas may be clipped to (each computation uses those holding a point).
  public var countries: [Country]
  /// How far each kind of place reaches.
  public var reach: ReachOptions

  /// Vertices of the polygon standing for a reach disc (with the disc's area).
  static let discVertices = 16

  /// - Parameters:
  ///   - countries: country polygons in longitude/latitude; empty to clip to the reach
  ///     discs alone (no unknown class then).
  ///   - reach: reach by place kind (default: Nominatim's radii).
  public init(countries: [Country], reach: ReachOptions = .nominatim) {
    self.countries = countries
    self.reach = reach
  }

  /// The control areas and front lines of one snapshot.
  /// - Parameters:
  ///   - points: the snapshot's places.
  ///   - asOf: the snapshot's date, written as `as_of`.
  /// - Throws: `.invalidPoint` for a position outside WGS 84, `.extentTooLarge`,
  ///   `.projection` or `.geos` when a library fails.
  public func areas(
    from points: [ControlPoint], asOf: String? = nil
  ) throws(TerritoryError) -> ControlAreas {
    try Self.validate(points)
    let computation = try AreaComputation(
      countries: countries, positions: points.map(\.position), reach: reach,
      segments: Self.discVertices)
    let layout = try computation.layout(of: points)
    return try computation.controlAreas(
      of: layout, asOf: asOf, placesWithoutReach: placesWithoutReach(points))
  }

  /// How many points have a kind that reaches nowhere.
  func placesWithoutReach(_ points: [ControlPoint]) -> Int {
    points.count { reach.metres(forKind: $0.kind) <= 0 }
  }

  /// - Throws: `.invalidPoint` naming the first point outside WGS 84's range.
  static func validate(_ points: [ControlPoint]) throws(TerritoryError) {
    guard let bad = points.first(where: { !$0.position.isValidWGS84 }) else { return }
    throw TerritoryError(
      .invalidPoint,
      "control point '\(bad.placeID)' (\(bad.name)) has position (\(bad.position.longitude), "
        + "\(bad.position.latitude)), outside WGS 84 longitude/latitude")
  }
}
