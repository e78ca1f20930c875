public import GeoJSON

/// Control areas and front lines estimated from one snapshot's control points.
///
/// An estimate from points, not a surveyed line: each feature says so (`estimate: true`)
/// and names the method. See docs/territory.md.
public struct ControlAreas: Hashable, Sendable {
  /// The snapshot's date as given (ISO 8601 day), written as `as_of`.
  public var asOf: String?
  /// One area per class present, `AreaClass` order, `unknown` last. With countries to clip
  /// to, the areas of all classes together cover exactly the clip region.
  public var areas: [ControlArea]
  /// The front lines, sorted by `between`.
  public var fronts: [FrontLine]
  /// ISO 3166-1 alpha-2 codes of the countries clipped to: those holding at least one
  /// control point.
  public var countries: [String]
  /// Geodesic area of those countries (WGS 84), m²; `nil` without countries.
  public var clippedArea: Double?
  /// How many geometries GEOS found invalid and repaired (`GEOSMakeValid_r`): country
  /// outlines and output areas. Expected to be zero.
  public var repairs: Int
  /// Control points whose land is part of an area.
  public var placesUsed: Int
  /// Control points left out because their kind reaches nowhere (regions, countries).
  public var placesWithoutReach: Int

  /// - Parameters: as the properties.
  public init(
    asOf: String?, areas: [ControlArea], fronts: [FrontLine], countries: [String],
    clippedArea: Double?, repairs: Int, placesUsed: Int, placesWithoutReach: Int
  ) {
    self.asOf = asOf
    self.areas = areas
    self.fronts = fronts
    self.countries = countries
    self.clippedArea = clippedArea
    self.repairs = repairs
    self.placesUsed = placesUsed
    self.placesWithoutReach = placesWithoutReach
  }

  /// How the areas were made, for the `method` property.
  public var method: String {
    let clip = countries.isEmpty ? "" : ", clipped to \(countries.joined(separator: "+"))"
    return "Voronoi cells of control points within each point's reach\(clip), dissolved by class"
  }

  /// One Polygon or MultiPolygon feature per area, with `layer: "area"`, `controller`,
  /// `class`, `area_km2` (geodesic), `places`, `as_of`, `estimate: true` and `method`.
  public var areaFeatures: [Feature] {
    areas.map { area in
      let properties = JSONObject([
        ("layer", "area"),
        ("controller", .string(area.areaClass.label)),
        ("class", .string(area.areaClass.name)),
        ("area_km2", .number(Self.rounded(area.area / 1e6))),
        ("places", .number(Double(area.places))),
        ("as_of", asOf.map(JSONValue.string) ?? .null),
        ("estimate", true),
        ("method", .string(method)),
      ])
      return Feature(geometry: area.geometry, properties: properties)
    }
  }

  /// One LineString feature per front line, with `layer: "front"`, `between`, `length_km`
  /// (geodesic), `as_of` and `estimate: true`.
  public var frontFeatures: [Feature] {
    fronts.map { front in
      let properties = JSONObject([
        ("layer", "front"),
        ("between", .array(front.between.map(JSONValue.string))),
        ("length_km", .number(Self.rounded(front.length / 1000))),
        ("as_of", asOf.map(JSONValue.string) ?? .null),
        ("estimate", true),
      ])
      return Feature(geometry: .lineString(front.line), properties: properties)
    }
  }

  /// Rounds to 0.001 (1000 m² or 1 m in km units): more digits than the method can carry.
  static func rounded(_ value: Double) -> Double {
    (value * 1000).rounded() / 1000
  }
}
