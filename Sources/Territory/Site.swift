/// A Voronoi site: one control point, or several reported at the same spot, in the local
/// projection.
struct Site: Hashable, Sendable {
  var point: PlanarPoint
  var areaClass: AreaClass
  /// How far its control reaches, metres: the largest reach of its places.
  var reach: Double
  /// How many control points it stands for.
  var places: Int

  /// Points closer than this are one site, metres: GEOS's Delaunay triangulation would
  /// otherwise merge or mis-order near-duplicates, and no control report is that precise.
  static let mergeDistance = 1.0

  /// The sites of `points` (projected to `projected`, same order): places whose kind reaches
  /// nowhere are left out; places within `mergeDistance` of each other are one site whose
  /// class merges theirs (`AreaClass.merged(with:)`) and whose reach is their largest.
  static func sites(
    from points: [ControlPoint], projected: [PlanarPoint], reach: ReachOptions
  ) -> [Site] {
    var sites: [Site] = []
    var byCell: [SIMD2<Int64>: Int] = [:]
    for (point, position) in zip(points, projected) {
      let metres = reach.metres(forKind: point.kind)
      guard metres > 0 else { continue }
      let key = SIMD2(
        Int64((position.x / mergeDistance).rounded()), Int64((position.y / mergeDistance).rounded())
      )
      let site = Site(point: position, areaClass: point.areaClass, reach: metres, places: 1)
      if let index = byCell[key] {
        sites[index].absorb(site)
      } else {
        byCell[key] = sites.count
        sites.append(site)
      }
    }
    return sites
  }

  /// Takes over another site's places, merging classes and keeping the larger reach.
  mutating func absorb(_ other: Site) {
    areaClass = areaClass.merged(with: other.areaClass)
    reach = max(reach, other.reach)
    places += other.places
  }
}
