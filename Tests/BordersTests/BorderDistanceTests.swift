import GeoJSON
import Projection
import Testing

@testable import Borders

@Suite struct BorderDistanceTests {
  let oneMetre = 1.0  // m
  let oneCentimetre = 0.01  // m
  let oneMillimetre = 0.001  // m

  let engine: BorderDistance = {
    do { return try BorderDistance(polylines: TestData.iraqSyriaParts) } catch {
      fatalError("\(error)")
    }
  }()

  /// The reference cases: PostGIS `ST_Distance(geography, geography, true)` on the
  /// same Natural Earth line, in metres.
  static let referenceCases: [(String, Position, Double)] = [
    ("Sinjar", Position(longitude: 41.87656, latitude: 36.3209), 30_778.460),
    ("Al-Ba'aj", Position(longitude: 41.71632, latitude: 36.0426), 39_111.850),
    ("Abu Kamal", Position(longitude: 40.91854, latitude: 34.45226), 6_735.085),
    ("Umm Jrais", Position(longitude: 41.281, latitude: 36.277), 1_674.368),
  ]

  @Test(arguments: referenceCases)
  func referenceCasesAgreeWithPostGIS(name: String, point: Position, postgis: Double) {
    let distance = engine.distance(to: point)
    #expect(abs(distance - postgis) <= oneMetre, "\(name): \(distance) m")
  }

  @Test(arguments: referenceCases)
  func referenceCasesAgreeWithBruteForce(name: String, point: Position, postgis: Double) {
    let reference = BruteForce.distance(from: point, to: TestData.iraqSyriaParts)
    let distance = engine.distance(to: point)
    #expect(abs(distance - reference) <= oneCentimetre, "\(name): \(distance) m vs \(reference)")
  }

  @Test func theNearestPointIsAtTheReportedDistance() {
    var random = SeededGenerator(state: 11)
    for _ in 0..<100 {
      let point = Position(
        longitude: Double.random(in: 35...49, using: &random),
        latitude: Double.random(in: 29...38, using: &random))
      let nearest = engine.nearest(to: point)!
      #expect(abs(Geodesic.wgs84.distance(point, nearest.position) - nearest.distance) <= 1e-6)
      let part = TestData.iraqSyriaParts[nearest.polyline]
      #expect(part.indices.contains(nearest.segment + 1))
      if nearest.isVertex {
        #expect(part.contains(nearest.position))
      }
    }
  }

  /// The index must find what an exhaustive solve over every segment finds.
  @Test func theIndexFindsTheSameAnswerAsEveryScanningSegment() {
    var random = SeededGenerator(state: 12)
    let store = engine.store
    for _ in 0..<300 {
      let point = Position(
        longitude: Double.random(in: 30...55, using: &random),
        latitude: Double.random(in: 25...45, using: &random))
      let p = store.earth.point(latitude: point.latitude, longitude: point.longitude)
      let exhaustive = store.segments.indices.compactMap {
        store.solve(
          segment: $0, point: p, latitude: point.latitude, longitude: point.longitude
        )?.distance
      }.min()!
      #expect(abs(engine.distance(to: point) - exhaustive) <= oneMillimetre)
    }
  }

  @Test func aQueryVisitsFewSegments() {
    var random = SeededGenerator(state: 13)
    var solved = 0
    let count = 500
    for _ in 0..<count {
      let point = Position(
        longitude: Double.random(in: 35...49, using: &random),
        latitude: Double.random(in: 29...38, using: &random))
      solved += engine.solvedSegmentCount(latitude: point.latitude, longitude: point.longitude)
    }
    // 74 segments: a scan would solve all of them.
    #expect(Double(solved) / Double(count) < 1.2)
  }

  @Test func noLinesMeansNoAnswer() throws {
    let empty = try BorderDistance(polylines: [])
    #expect(empty.nearest(to: Position(longitude: 0, latitude: 0)) == nil)
    #expect(empty.distance(to: Position(longitude: 0, latitude: 0)) == .infinity)
  }

  @Test func aSinglePositionIsAPoint() throws {
    let point = Position(longitude: 10, latitude: 50)
    let engine = try BorderDistance(polylines: [[point]])
    let query = Position(longitude: 11, latitude: 50.5)
    let nearest = try #require(engine.nearest(to: query))
    #expect(nearest.isVertex)
    #expect(abs(nearest.distance - Geodesic.wgs84.distance(query, point)) <= oneMillimetre)
  }

  @Test func positionsOutsideWGS84AreRejected() {
    #expect(throws: BordersError.self) {
      try BorderDistance(polylines: [
        [Position(longitude: 0, latitude: 0), Position(longitude: 0, latitude: 91)]
      ])
    }
  }

  @Test func repeatedPositionsAreHarmless() throws {
    let a = Position(longitude: 41, latitude: 36)
    let b = Position(longitude: 41.2, latitude: 36.1)
    let engine = try BorderDistance(polylines: [[a, a, b, b]])
    let query = Position(longitude: 41.1, latitude: 36.3)
    let expected = BruteForce.distance(from: query, to: [[a, b]])
    #expect(abs(engine.distance(to: query) - expected) <= oneCentimetre)
  }
}
