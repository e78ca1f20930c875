import Foundation
import GeoJSON
import Projection

/// From the local projection back to WGS 84: polygons unprojected, rewound to RFC 7946,
/// checked with GEOS in longitude/latitude (the geometry a reader gets) and repaired if
/// needed; areas and lengths measured on the ellipsoid.
///
/// Checking unknown land (a polygon with a hole for every known area) costs about as much as
/// checking and measuring all other classes, so the two run on two threads, each with its own
/// GEOS context and PROJ transformer.
extension AreaComputation {
  /// Polygons smaller than this are overlay noise (floating-point slivers), m².
  static let sliverArea = 1.0

  /// The output areas and fronts of a layout.
  func controlAreas(
    of layout: PlanarLayout, asOf: String?, placesWithoutReach: Int
  ) throws(TerritoryError) -> ControlAreas {
    let jobs = layout.areas.keys.sorted().map { areaClass in
      AreaJob(
        areaClass: areaClass, polygons: layout.areas[areaClass] ?? [],
        places: layout.places[areaClass] ?? 0)
    }
    let (areas, repairs) = try Self.run(jobs, centre: projection.centre)
    var fronts: [FrontLine] = []
    for key in layout.fronts.keys.sorted() {
      for line in try projection.inverse(layout.fronts[key] ?? []) {
        guard let lineString = try? LineString(line) else { continue }
        fronts.append(
          FrontLine(
            between: [key.first, key.second], line: lineString,
            length: Geodesic.wgs84.length(of: line)))
      }
    }
    return ControlAreas(
      asOf: asOf, areas: areas, fronts: fronts, countries: region?.countries ?? [],
      clippedArea: region?.geodesicArea, repairs: repairs + (region?.repairs ?? 0),
      placesUsed: layout.places.values.reduce(0, +), placesWithoutReach: placesWithoutReach)
  }

  /// One class's planar polygons, to be unprojected and measured.
  struct AreaJob: Sendable {
    var areaClass: AreaClass
    var polygons: [PlanarPolygon]
    var places: Int
  }

  /// Unprojects, checks and measures the jobs on two threads: unknown land (the largest
  /// validity check) on one, the known classes and their areas on the other; then unknown
  /// land's area, whose holes are the known classes' outer rings, already measured.
  /// - Returns: the areas in job order and the number of repairs.
  static func run(
    _ jobs: [AreaJob], centre: Position
  ) throws(TerritoryError) -> ([ControlArea], Int) {
    let unknown = jobs.firstIndex { $0.areaClass == .unknown }
    let known = jobs.indices.filter { $0 != unknown }
    let shared = LockedShared()
    DispatchQueue.concurrentPerform(iterations: 2) { thread in
      let outcome = Result { () throws(TerritoryError) -> Shared in
        let engine = try GeometryEngine()
        let projection = try LocalProjection(centre: centre)
        var part = Shared()
        let indices = thread == 0 ? known : unknown.map({ [$0] }) ?? []
        for index in indices {
          part.polygons[index] = try valid(
            jobs[index].polygons, engine: engine, projection: projection,
            repairs: &part.repairs)
        }
        if thread == 0 {
          for index in known {
            part.areas[index] = part.rings.area(of: part.polygons[index] ?? [])
          }
        }
        return part
      }
      shared.merge(outcome)
    }
    var result = shared.value
    if let error = result.error { throw error }
    if let unknown {
      result.areas[unknown] = result.rings.area(of: result.polygons[unknown] ?? [])
    }
    var areas: [ControlArea] = []
    for (index, job) in jobs.enumerated() {
      guard let polygons = result.polygons[index], !polygons.isEmpty else { continue }
      areas.append(
        ControlArea(
          areaClass: job.areaClass, polygons: polygons, area: result.areas[index] ?? 0,
          places: job.places))
    }
    return (areas, result.repairs)
  }

  /// The threads' results, merged under a lock.
  private final class LockedShared: @unchecked Sendable {
    private let lock = NSLock()
    private var shared = Shared()

    var value: Shared { lock.withLock { shared } }

    func merge(_ outcome: Result<Shared, TerritoryError>) {
      lock.withLock { shared.merge(outcome) }
    }
  }

  /// What the two threads hand back.
  private struct Shared: Sendable {
    var polygons: [Int: [Polygon]] = [:]
    var areas: [Int: Double] = [:]
    var rings = RingAreas()
    var repairs = 0
    var error: TerritoryError?

    mutating func merge(_ outcome: Result<Shared, TerritoryError>) {
      switch outcome {
      case .success(let part):
        polygons.merge(part.polygons) { $1 }
        areas.merge(part.areas) { $1 }
        rings.merge(part.rings)
        repairs += part.repairs
      case .failure(let failure):
        error = error ?? failure
      }
    }
  }

  /// Planar polygons in WGS 84, valid in longitude/latitude (`GEOSisValid_r`, else
  /// `GEOSMakeValid_r`, counted in `repairs`); slivers dropped.
  static func valid(
    _ planar: [PlanarPolygon], engine: GeometryEngine, projection: LocalProjection,
    repairs: inout Int
  ) throws(TerritoryError) -> [Polygon] {
    let polygons = try projection.inverse(planar.filter { $0.area >= sliverArea })
    guard !polygons.isEmpty else { return [] }
    let check = try engine.multiPolygon(polygons.map(PlanarPolygon.init(degrees:)))
    guard !check.isValid else { return polygons }
    repairs += 1
    return engine.polygons(of: try engine.makeValid(check)).map {
      $0.degreesPolygon.rewoundToRightHandRule
    }
  }
}
