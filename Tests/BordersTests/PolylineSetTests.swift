import GeoJSON
import Projection
import Testing

@testable import Borders

/// The exact solver against the brute-force reference, and the proof that its Newton
/// iterations converge.
@Suite struct PolylineSetTests {
  let oneCentimetre = 0.01  // m
  let oneMillimetre = 0.001  // m
  let geodesic = Geodesic.wgs84

  /// The first 8 vertices of the Iraq–Syria line (about 60 km), short enough for the 1 m
  /// brute force.
  var shortLine: [[Position]] { [Array(TestData.iraqSyriaParts[0].prefix(8))] }

  func solve(_ set: PolylineSet, _ point: Position) -> PolylineSet.Solution {
    let p = set.earth.point(latitude: point.latitude, longitude: point.longitude)
    var best: PolylineSet.Solution?
    for index in set.segments.indices {
      guard
        let solution = set.solve(
          segment: index, point: p, latitude: point.latitude, longitude: point.longitude)
      else { continue }
      if best.map({ solution.distance < $0.distance }) ?? true { best = solution }
    }
    return best!
  }

  /// Newton alone and with the prepared geodesics must both be within 1 cm of the brute
  /// force.
  func checkAgainstBruteForce(_ lines: [[Position]], _ points: [Position]) {
    let newton = PolylineSet(polylines: lines)
    var prepared = newton
    prepared.prepareGeodesics()
    for point in points {
      let reference = BruteForce.distance(from: point, to: lines)
      for set in [newton, prepared] {
        let solution = solve(set, point)
        #expect(
          abs(solution.distance - reference) <= oneCentimetre,
          "\(point): \(solution.distance) m, brute force \(reference) m")
      }
    }
  }

  @Test func pointsOnTheLineAreAtZeroDistance() {
    let set = PolylineSet(polylines: TestData.iraqSyriaParts)
    var random = SeededGenerator(state: 1)
    for _ in 0..<50 {
      let index = Int.random(in: set.segments.indices, using: &random)
      let along = Double.random(in: 0...set.segments[index].length, using: &random)
      let q = set.lines.position(index, distance: along)
      let solution = solve(set, Position(longitude: q.longitude, latitude: q.latitude))
      #expect(solution.distance <= oneMillimetre)
    }
  }

  @Test func everyVertexIsAtZeroDistance() {
    let set = PolylineSet(polylines: TestData.iraqSyriaParts)
    for vertex in set.vertices {
      let solution = solve(set, Position(longitude: vertex.longitude, latitude: vertex.latitude))
      #expect(solution.distance <= oneMillimetre)
    }
  }

  @Test func pointsBeyondTheEndsAreNearestToTheEnd() {
    let part = TestData.iraqSyriaParts[1]
    let set = PolylineSet(polylines: [part])
    let end = part[part.count - 1]
    let before = part[part.count - 2]
    let outward = geodesic.inverse(before, end).finalAzimuth
    for kilometres in [0.01, 1, 10, 100, 1_000.0] {
      let beyond = geodesic.direct(
        latitude: end.latitude, longitude: end.longitude, azimuth: outward + 20,
        distance: kilometres * 1000)
      let point = Position(longitude: beyond.longitude, latitude: beyond.latitude)
      let solution = solve(set, point)
      #expect(solution.vertex == Int32(set.vertices.count - 1))
      #expect(abs(solution.distance - geodesic.distance(point, end)) <= oneMillimetre)
    }
  }

  @Test func randomNearbyPointsMatchBruteForce() {
    var random = SeededGenerator(state: 2)
    let line = shortLine
    let points = (0..<20).map { _ in
      Position(
        longitude: Double.random(in: 41.6...43.4, using: &random),
        latitude: Double.random(in: 36.3...37.8, using: &random))
    }
    checkAgainstBruteForce(line, points)
  }

  @Test func pointsAThousandKilometresAwayMatchBruteForce() {
    var random = SeededGenerator(state: 3)
    let line = shortLine
    let set = PolylineSet(polylines: line)
    let points = (0..<8).map { _ in
      let index = Int.random(in: set.segments.indices, using: &random)
      let q = set.lines.position(
        index, distance: Double.random(in: 0...set.segments[index].length, using: &random))
      let far = geodesic.direct(
        latitude: q.latitude, longitude: q.longitude,
        azimuth: q.finalAzimuth + Double.random(in: 30...150, using: &random)
          * (Bool.random(using: &random) ? 1 : -1), distance: 1_000_000)
      return Position(longitude: far.longitude, latitude: far.latitude)
    }
    checkAgainstBruteForce(line, points)
  }

  @Test func pointsNearTheNorthPoleMatchBruteForce() {
    var random = SeededGenerator(state: 4)
    var points = (0..<6).map { _ in
      Position(
        longitude: Double.random(in: -180...180, using: &random),
        latitude: Double.random(in: 89...90, using: &random))
    }
    points.append(Position(longitude: 0, latitude: 90))
    checkAgainstBruteForce(TestData.lines("polar-line.geojson"), points)
  }

  @Test func pointsAcrossTheAntimeridianMatchBruteForce() {
    var random = SeededGenerator(state: 5)
    let points = (0..<8).map { _ in
      let longitude = Double.random(in: 179...181, using: &random)
      return Position(
        longitude: longitude > 180 ? longitude - 360 : longitude,
        latitude: Double.random(in: -17.2 ... -15.4, using: &random))
    }
    checkAgainstBruteForce(TestData.lines("antimeridian-line.geojson"), points)
  }

  /// Convergence proof, part 1: over many points the solver stops after at most two
  /// `geod_gendirect` steps (almost always one), and the foot it returns satisfies the
  /// optimality condition: the geodesic from the foot to the point leaves at 90° to the line.
  @Test func feetArePerpendicularAfterAtMostTwoSteps() {
    let set = PolylineSet(polylines: TestData.iraqSyriaParts)
    let engine = (try? BorderDistance(polylines: TestData.iraqSyriaParts))!
    var random = SeededGenerator(state: 6)
    let angleTolerance = 1e-7  // degrees: 1 mm of along-track error per 570 km
    var interior = 0
    for _ in 0..<400 {
      let point = Position(
        longitude: Double.random(in: 35...49, using: &random),
        latitude: Double.random(in: 29...38, using: &random))
      guard let solution = engine.solve(latitude: point.latitude, longitude: point.longitude)
      else { continue }
      #expect(solution.iterations <= 2)
      guard solution.vertex < 0, solution.distance > 10 else { continue }
      interior += 1
      let foot = set.lines.position(Int(solution.segment), distance: solution.along)
      let toPoint = geodesic.inverse(
        latitude1: foot.latitude, longitude1: foot.longitude, latitude2: point.latitude,
        longitude2: point.longitude)
      var angle = (toPoint.initialAzimuth - foot.finalAzimuth).truncatingRemainder(
        dividingBy: 360)
      if angle < 0 { angle += 360 }
      let offRightAngle = min(abs(angle - 90), abs(angle - 270))
      #expect(offRightAngle <= angleTolerance, "\(point): \(offRightAngle)°")
    }
    #expect(interior > 20)
  }

  /// Convergence proof, part 2: started 5 km off along the line and with no across-track
  /// guess, each step squares the miss (Newton's quadratic convergence): miss(k+1) ≤
  /// 5e-8/m · miss(k)², until it is below a micrometre. This is what lets the solver stop
  /// after a step that missed by at most `PolylineSet.acceptedMiss`.
  @Test func stepsConvergeQuadratically() {
    let set = PolylineSet(polylines: TestData.iraqSyriaParts)
    var random = SeededGenerator(state: 7)
    let contraction = 5e-8  // 1/m: miss(k+1) ≤ 5e-8 · miss(k)²
    let floor = 1e-6  // m: rounding noise of ECEF differences
    for _ in 0..<30 {
      let index = Int.random(in: set.segments.indices, using: &random)
      let segment = set.segments[index]
      let along = Double.random(in: 0...segment.length, using: &random)
      let foot = set.lines.position(index, distance: along)
      let away = geodesic.direct(
        latitude: foot.latitude, longitude: foot.longitude, azimuth: foot.finalAzimuth + 90,
        distance: Double.random(in: -500_000...500_000, using: &random))
      let p = set.earth.point(latitude: away.latitude, longitude: away.longitude)
      var state = PolylineSet.FermiState(along: along + 5_000, across: nil)
      var previous = set.fermiStep(segment: index, point: p, state: &state)
      for _ in 0..<4 {
        let miss = set.fermiStep(segment: index, point: p, state: &state)
        #expect(miss <= max(floor, contraction * previous * previous), "\(previous) → \(miss)")
        previous = miss
      }
      #expect(previous <= floor)
    }
  }

  /// The same for the polar Newton around a vertex, whose azimuth step divides by the
  /// reduced length, so the constant is about 1/distance: miss(k+1) ≤ 2e-6/m · miss(k)².
  @Test func polarStepsConvergeQuadratically() {
    let set = PolylineSet(polylines: TestData.iraqSyriaParts)
    var random = SeededGenerator(state: 9)
    let contraction = 2e-6  // 1/m
    let floor = 1e-6  // m
    for _ in 0..<200 {
      let vertex = Int.random(in: set.vertices.indices, using: &random)
      let p = set.earth.point(
        latitude: Double.random(in: 29...38, using: &random),
        longitude: Double.random(in: 35...49, using: &random))
      guard var state = set.polarStart(vertex, point: p) else { continue }
      var previous = set.polarStep(vertex, point: p, state: &state)
      for _ in 0..<3 {
        let miss = set.polarStep(vertex, point: p, state: &state)
        #expect(miss <= max(floor, contraction * previous * previous), "\(previous) → \(miss)")
        previous = miss
      }
    }
  }

  @Test func polarNewtonForVerticesConverges() {
    let set = PolylineSet(polylines: TestData.iraqSyriaParts)
    var random = SeededGenerator(state: 8)
    for _ in 0..<50 {
      let vertex = Int.random(in: set.vertices.indices, using: &random)
      let v = set.vertices[vertex]
      let away = geodesic.direct(
        latitude: v.latitude, longitude: v.longitude,
        azimuth: Double.random(in: -180...180, using: &random),
        distance: Double.random(in: 1...2_000_000, using: &random))
      let p = set.earth.point(latitude: away.latitude, longitude: away.longitude)
      let (distance, steps) = set.vertexDistance(vertex, point: p)
      let exact = geodesic.inverse(
        latitude1: v.latitude, longitude1: v.longitude, latitude2: away.latitude,
        longitude2: away.longitude
      ).distance
      #expect(abs(distance - exact) <= oneMillimetre)
      #expect(steps <= 2)
    }
  }

  /// The prepared geodesics replace Newton's `geod_gendirect` by one `geod_genposition`
  /// and a second-order correction; what they leave is third order in the miss, which the
  /// acceptance bounds keep below 0.03 mm. Coarse tables (arguments: fan step in degrees,
  /// foot spacing in metres) push the misses to those bounds; the finest are the defaults.
  @Test(arguments: [
    (FanTable.finestStep, PerpendicularTable.finestSpacing), (3.0, 20_000.0), (6.0, 40_000.0),
  ])
  func preparedStepsAgreeWithNewton(fanStep: Double, footSpacing: Double) {
    let preparedAgreement = 3e-5  // m
    let newton = PolylineSet(polylines: TestData.iraqSyriaParts)
    var prepared = newton
    prepared.prepareGeodesics(fanStep: fanStep, footSpacing: footSpacing)
    var random = SeededGenerator(state: 10)
    var oneStep = 0
    let count = 1_500
    for index in 0..<count {
      // Two thirds near the line, a third out to 3,000 km.
      let point =
        index % 3 == 0
        ? Position(
          longitude: Double.random(in: 20...65, using: &random),
          latitude: Double.random(in: 10...60, using: &random))
        : Position(
          longitude: Double.random(in: 38...43, using: &random),
          latitude: Double.random(in: 33...37.5, using: &random))
      let exact = solve(newton, point)
      let quick = solve(prepared, point)
      #expect(
        abs(quick.distance - exact.distance) <= preparedAgreement,
        "\(point): \(quick.distance) m, Newton \(exact.distance) m")
      if quick.iterations == 0 { oneStep += 1 }
    }
    if fanStep == FanTable.finestStep {
      #expect(Double(oneStep) / Double(count) > 0.95)
    } else {
      #expect(oneStep > count / 3)
    }
  }

  @Test func theFarSideOfTheEarthUsesTheSampledSearch() {
    let lines = shortLine
    let set = PolylineSet(polylines: lines)
    let antipode = Position(longitude: 42.4 - 180, latitude: -37)
    let solution = solve(set, antipode)
    #expect(solution.iterations > 12)
    let reference = lines[0].map { geodesic.distance(antipode, $0) }.min()!
    #expect(solution.distance <= reference + oneCentimetre)
  }
}
