import GeoJSON
import Projection
import Testing

@testable import Borders

/// The fans cover the directions in which a vertex can be nearest, and hand out the line
/// nearest to an azimuth.
@Suite struct FanTableTests {
  let angleTolerance = 1e-9  // degrees

  /// The azimuth a fan line leaves its vertex at, degrees.
  func azimuth(of index: Int, in table: FanTable) -> Double {
    table.lines.position(index, distance: 0).finalAzimuth
  }

  /// The difference of two azimuths, in [−180°, 180°).
  func difference(_ a: Double, _ b: Double) -> Double {
    var d = (a - b).truncatingRemainder(dividingBy: 360)
    if d >= 180 { d -= 360 }
    if d < -180 { d += 360 }
    return d
  }

  /// Along the equator, then north: a left turn of 90° at (1°, 0°), whose wedge faces
  /// south-east, and two ends facing away from their segments.
  var corner: PolylineSet {
    PolylineSet(polylines: [
      [
        Position(longitude: 0, latitude: 0), Position(longitude: 1, latitude: 0),
        Position(longitude: 1, latitude: 1),
      ]
    ])
  }

  @Test func anInnerVertexFansOverTheOutsideOfItsBend() {
    let table = FanTable(store: corner)
    #expect(table.line(vertex: 1, azimuth: 135) != nil)
    #expect(table.line(vertex: 1, azimuth: 90 - FanTable.padding / 2) != nil)
    #expect(table.line(vertex: 1, azimuth: 180 + FanTable.padding / 2) != nil)
    for inside in [45.0, 0, 270, 90 - 2 * FanTable.padding, 180 + 2 * FanTable.padding] {
      #expect(table.line(vertex: 1, azimuth: inside) == nil, "\(inside)°")
    }
  }

  @Test func endsFanOverTheHalfPlaneBeyondThem() {
    let table = FanTable(store: corner)
    // The start leaves eastwards: it is nearest to points west of it.
    #expect(table.line(vertex: 0, azimuth: 270) != nil)
    #expect(table.line(vertex: 0, azimuth: 0 + FanTable.padding / 2) != nil)
    #expect(table.line(vertex: 0, azimuth: 90) == nil)
    // The end arrives northwards: it is nearest to points north of it.
    #expect(table.line(vertex: 2, azimuth: 0) != nil)
    #expect(table.line(vertex: 2, azimuth: -89) != nil)
    #expect(table.line(vertex: 2, azimuth: 180) == nil)
  }

  @Test func aLonePointFansAllRound() throws {
    let lone = PolylineSet(polylines: [[Position(longitude: 10, latitude: 50)]])
    let table = FanTable(store: lone)
    for azimuth in stride(from: -180.0, through: 540, by: 7.3) {
      let line = try #require(table.line(vertex: 0, azimuth: azimuth))
      #expect(abs(difference(line.azimuth, azimuth)) <= table.step / 2 + angleTolerance)
    }
  }

  /// The line handed out leaves within half a step of the azimuth asked for, and its stated
  /// azimuth is the one it really leaves at.
  @Test func theNearestLineIsWithinHalfAStep() throws {
    let store = PolylineSet(polylines: TestData.iraqSyriaParts)
    let table = FanTable(store: store)
    // The padded wedges of the line add up to about 2,300°, a little more than the budget
    // holds at the finest step.
    #expect(table.step < 0.3)
    #expect(table.lines.count <= FanTable.lineBudget + 2 * store.vertices.count)
    var random = SeededGenerator(state: 31)
    var found = 0
    for _ in 0..<2_000 {
      let vertex = Int.random(in: store.vertices.indices, using: &random)
      let asked = Double.random(in: -180..<180, using: &random)
      guard let line = table.line(vertex: vertex, azimuth: asked) else { continue }
      found += 1
      #expect(abs(difference(line.azimuth, asked)) <= table.step / 2 + angleTolerance)
      #expect(abs(difference(azimuth(of: line.index, in: table), line.azimuth)) <= angleTolerance)
      let start = table.lines.position(line.index, distance: 0)
      #expect(abs(start.latitude - store.vertices[vertex].latitude) <= angleTolerance)
    }
    // Three parts: six ends of half a plane each, and the turns of the inner vertices, out
    // of 77 full turns.
    #expect(found > 100)
  }

  @Test func aTightBudgetWidensTheStep() {
    let store = PolylineSet(polylines: TestData.iraqSyriaParts)
    let table = FanTable(store: store, lineBudget: 500)
    #expect(table.step > FanTable.finestStep)
    // Rounding up adds at most two lines per vertex.
    #expect(table.lines.count <= 500 + 2 * store.vertices.count)
  }
}
