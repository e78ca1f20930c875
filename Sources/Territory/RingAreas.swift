import GeoJSON
import Projection

/// Geodesic ring areas (`Geodesic.polygon`, PROJ `geod_polygonarea`), each ring measured
/// once: the holes of unknown land are the outer rings of known areas, vertex for vertex, so
/// their areas are looked up instead of measured again (a third of all vertices).
struct RingAreas: Sendable {
  private var cache: [[Position]: Double] = [:]

  /// The unsigned geodesic area of a ring, m².
  mutating func area(of ring: LinearRing) -> Double {
    // The same ring appears counterclockwise as an outer ring and clockwise as a hole.
    let key = ring.isCounterclockwise ? ring.positions : ring.positions.reversed()
    if let known = cache[key] { return known }
    let measure = Geodesic.wgs84.polygon(
      latitudes: key.map(\.latitude), longitudes: key.map(\.longitude))
    cache[key] = abs(measure.area)
    return abs(measure.area)
  }

  /// Adds the areas another cache has measured.
  mutating func merge(_ other: RingAreas) {
    cache.merge(other.cache) { kept, _ in kept }
  }

  /// The geodesic area of a polygon, m²: its exterior's less its holes'.
  mutating func area(of polygon: Polygon) -> Double {
    var total = 0.0
    for (index, ring) in polygon.rings.enumerated() {
      total += index == 0 ? area(of: ring) : -area(of: ring)
    }
    return total
  }

  /// The geodesic area of several polygons, m².
  mutating func area(of polygons: [Polygon]) -> Double {
    polygons.reduce(0) { $0 + area(of: $1) }
  }
}
