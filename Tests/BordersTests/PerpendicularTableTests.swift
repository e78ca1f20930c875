import GeoJSON
import Projection
import Testing

@testable import Borders

/// The perpendiculars leave their segments at right angles from evenly spaced feet, and a
/// point on one is solved in one step at the distance it was placed.
@Suite struct PerpendicularTableTests {
  let oneMicrometre = 1e-6  // m
  let oneMillimetre = 0.001  // m
  let angleTolerance = 1e-9  // degrees

  var store: PolylineSet { PolylineSet(polylines: TestData.iraqSyriaParts) }

  @Test func feetAreAtTheMiddlesOfEqualParts() {
    let store = store
    let table = PerpendicularTable(store: store)
    for (index, segment) in store.segments.enumerated() {
      let first = Int(table.firstFoot[index])
      let count = Int(table.firstFoot[index + 1]) - first
      #expect(
        count == max(1, Int((segment.length / PerpendicularTable.finestSpacing).rounded(.up))))
      let part = segment.length / Double(count)
      for k in 0..<count {
        #expect(abs(table.feet[first + k].distance - (Double(k) + 0.5) * part) <= oneMicrometre)
      }
    }
    #expect(table.feet.count == table.lines.count)
  }

  @Test func perpendicularsLeaveTheirFeetAtRightAngles() {
    let store = store
    let table = PerpendicularTable(store: store)
    for index in store.segments.indices {
      for k in Int(table.firstFoot[index])..<Int(table.firstFoot[index + 1]) {
        let foot = store.lines.position(index, distance: table.feet[k].distance)
        let leaving = table.lines.position(k, distance: 0)
        var angle = (leaving.finalAzimuth - foot.finalAzimuth).truncatingRemainder(dividingBy: 360)
        if angle < 0 { angle += 360 }
        #expect(abs(angle - 90) <= angleTolerance)
        let point = store.earth.point(latitude: foot.latitude, longitude: foot.longitude)
        #expect((point - table.feet[k].point).length <= oneMicrometre)
      }
    }
  }

  /// A guess anywhere within a segment picks a foot at most half a part away.
  @Test func theNearestFootIsWithinHalfAPart() {
    let store = store
    let table = PerpendicularTable(store: store)
    var random = SeededGenerator(state: 41)
    for _ in 0..<500 {
      let index = Int.random(in: store.segments.indices, using: &random)
      let length = store.segments[index].length
      let along = Double.random(in: 0...length, using: &random)
      let k = table.foot(segment: index, along: along, length: length)
      #expect((Int(table.firstFoot[index])..<Int(table.firstFoot[index + 1])).contains(k))
      let count = Double(table.firstFoot[index + 1] - table.firstFoot[index])
      #expect(abs(table.feet[k].distance - along) <= length / count / 2 + oneMicrometre)
    }
  }

  /// Points placed on a perpendicular, either side and up to 1,000 km out, come back at the
  /// distance and foot they were placed at, from guesses up to half a part along the line.
  @Test func pointsOnAPerpendicularAreSolvedInOneStep() {
    var store = store
    store.prepareGeodesics()
    let table = store.perpendiculars!
    var random = SeededGenerator(state: 42)
    for _ in 0..<300 {
      let index = Int.random(in: store.segments.indices, using: &random)
      let k = Int.random(
        in: Int(table.firstFoot[index])..<Int(table.firstFoot[index + 1]), using: &random)
      let across = Double.random(in: -1_000_000...1_000_000, using: &random)
      let placed = table.lines.position(k, distance: across)
      let p = store.earth.point(latitude: placed.latitude, longitude: placed.longitude)
      let count = Double(table.firstFoot[index + 1] - table.firstFoot[index])
      let half = store.segments[index].length / count / 2
      let guess = table.feet[k].distance + Double.random(in: -half...half, using: &random)
      let solution = store.perpendicularSolve(
        segment: index, point: p, along: guess, table: table)
      #expect(solution.iterations == 0)
      #expect(abs(solution.distance - abs(across)) <= oneMillimetre / 10)
      #expect(abs(solution.along - table.feet[k].distance) <= oneMillimetre)
    }
  }

  @Test func aTightBudgetWidensTheSpacing() {
    let store = store
    let table = PerpendicularTable(store: store, lineBudget: 100)
    #expect(table.lines.count <= 100 + store.segments.count)
    #expect(table.lines.count >= store.segments.count)
  }
}
