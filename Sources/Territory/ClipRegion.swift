import Borders
import GeoJSON
import Projection

/// The land areas are clipped to: the union of the countries that hold at least one
/// control point, in the local projection, prepared for fast inside/outside tests.
final class ClipRegion {
  /// ISO 3166-1 alpha-2 codes of the countries, sorted.
  let countries: [String]
  /// The union, metres.
  let shape: PlanarShape
  /// Geodesic area of the countries' own polygons (WGS 84), m²: what the areas of all
  /// classes must add up to.
  let geodesicArea: Double
  /// How many country outlines GEOS had to repair (`GEOSMakeValid_r`).
  let repairs: Int
  private let prepared: PreparedShape
  private let engine: GeometryEngine

  /// Where a piece lies relative to the region.
  enum Side {
    case inside
    case outside
    case crossing
  }

  /// - Parameters:
  ///   - countries: the countries to clip to, longitude/latitude.
  ///   - projection: the local projection.
  ///   - engine: the GEOS context.
  init(
    countries: [Country], projection: LocalProjection, engine: GeometryEngine
  ) throws(TerritoryError) {
    self.engine = engine
    self.countries = countries.map(\.iso2).sorted()
    var parts: [PlanarShape] = []
    var repairs = 0
    var area = 0.0
    for country in countries {
      var shape = try engine.multiPolygon(projection.forward(country.polygons))
      if !shape.isValid {
        shape = try engine.makeValid(shape)
        repairs += 1
      }
      parts.append(shape)
      area += country.polygons.reduce(0) { $0 + Geodesic.wgs84.area(of: $1) }
    }
    var union = try engine.union(engine.collection(taking: parts))
    if !union.isValid {
      union = try engine.makeValid(union)
      repairs += 1
    }
    shape = union
    geodesicArea = area
    self.repairs = repairs
    prepared = try engine.prepare(union)
  }

  /// Where a piece with this bounding box lies: properly inside, wholly outside, or across
  /// the outline (`GEOSPreparedContainsProperly_r`, `GEOSPreparedIntersects_r` on the box).
  func side(of box: PlanarBox) throws(TerritoryError) -> Side {
    let rectangle = try engine.rectangle(box)
    if prepared.containsProperly(rectangle) { return .inside }
    return prepared.intersects(rectangle) ? .crossing : .outside
  }

  /// The part of `shape` in the region. The region is first cut to the shape's box
  /// (`GEOSClipByRect_r`, linear), so the overlay only sees the outline nearby.
  func clip(_ shape: PlanarShape) throws(TerritoryError) -> PlanarShape {
    guard let box = shape.box else { return shape }
    let nearby = try engine.clip(self.shape, to: box.expanded(by: 1))
    // A clip by rectangle can leave lines, or an outline GEOS rejects; the full overlay cannot.
    guard nearby.isPolygonal else { return try engine.intersection(shape, self.shape) }
    do {
      return try engine.intersection(shape, nearby)
    } catch {
      return try engine.intersection(shape, self.shape)
    }
  }
}
