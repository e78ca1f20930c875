import GeoJSON
import Projection

extension Gazetteer {
  /// The places nearest to a point on the WGS 84 ellipsoid, nearest first (countries and
  /// regions left out).
  ///
  /// Candidates come from the spatial index by distance on the sphere, then are measured
  /// with geodesics (PROJ `geod_inverse`). The sphere and the ellipsoid disagree by under
  /// 0.7%, so the search widens until every place not fetched is provably farther than the
  /// last one returned.
  /// - Parameters:
  ///   - position: the point, longitude/latitude degrees.
  ///   - limit: how many places, at least 1.
  public func nearest(to position: Position, limit: Int) -> [NearbyPlace] {
    let limit = max(1, limit)
    let total = store.spatialOrder.count
    let target = SphereMath.unitVector(latitude: position.latitude, longitude: position.longitude)
    var fetch = min(total, limit + 8)
    while true {
      let found = SpatialIndex.nearest(in: store, to: target, count: fetch)
      let measured = found.map { entry in
        let place = self.place(at: entry.place)
        let inverse = Geodesic.wgs84.inverse(position, place.position)
        return NearbyPlace(
          place: place, distance: inverse.distance, azimuth: inverse.initialAzimuth)
      }.sorted { $0.distance < $1.distance }
      let result = Array(measured.prefix(limit))
      let farthestFetched = found.last.map { SphereMath.arcLength(chord: $0.chord) } ?? 0
      let unfetchedAtLeast = farthestFetched * (1 - Self.sphereEllipsoidTolerance)
      if fetch >= total || (result.last?.distance ?? 0) <= unfetchedAtLeast { return result }
      fetch = min(total, fetch * 2)
    }
  }

  /// Bound on the relative difference between great-circle distance on the mean sphere and
  /// geodesic distance on WGS 84 (radii of curvature range over 6335–6400 km).
  static let sphereEllipsoidTolerance = 0.007
}
