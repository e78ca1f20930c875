import GeoJSON
import Testing

@testable import Borders

@Suite struct CandidateGridTests {
  let oneMillimetre = 0.001  // m

  let engine: BorderDistance = {
    do { return try BorderDistance(polylines: TestData.iraqSyriaParts) } catch {
      fatalError("\(error)")
    }
  }()

  /// The smallest exact distance over some segments, metres.
  func nearest(
    _ point: Position, among segments: some Sequence<Int>, in store: PolylineSet
  ) -> Double {
    let p = store.earth.point(latitude: point.latitude, longitude: point.longitude)
    return segments.compactMap {
      store.solve(segment: $0, point: p, latitude: point.latitude, longitude: point.longitude)?
        .distance
    }.min() ?? .infinity
  }

  /// A cell's list must hold a nearest segment of every point of the cell, including points
  /// on its edges and corners, where the lookup rounds.
  @Test func everyCellListsTheNearestSegmentOfItsPoints() throws {
    let grid = try #require(engine.grid)
    let store = engine.store
    var random = SeededGenerator(state: 21)
    var checked = 0
    for index in 0..<400 {
      var point = Position(
        longitude: Double.random(in: 25...56, using: &random),
        latitude: Double.random(in: 20...50, using: &random))
      if index % 4 == 0 {
        // Snap to a cell corner.
        point = Position(
          longitude: grid.west + (((point.longitude - grid.west) / grid.step).rounded())
            * grid.step,
          latitude: grid.south + (((point.latitude - grid.south) / grid.step).rounded()) * grid.step
        )
      }
      guard let cell = grid.cell(latitude: point.latitude, longitude: point.longitude)
      else { continue }
      checked += 1
      let listed = (0..<Int(cell.count)).map { Int(grid.segment($0, of: cell)) }
      let everything = nearest(point, among: store.segments.indices, in: store)
      let fromList = nearest(point, among: listed, in: store)
      #expect(
        abs(fromList - everything) <= oneMillimetre, "\(point): \(fromList) m vs \(everything)")
    }
    // The grid covers about three fifths of the sampled rectangle.
    #expect(checked > 200)
  }

  /// The lists are short: that is the point of the grid.
  @Test func listsAreShortAndNoCellOfTheBorderFallsBack() throws {
    let grid = try #require(engine.grid)
    let cells = grid.rows * grid.columns
    #expect(grid.cells.count == cells)
    #expect(grid.cells.allSatisfy { $0.count > 0 })
    let listed = grid.cells.reduce(0) { $0 + Int($1.count) }
    #expect(Double(listed) / Double(cells) < 3)
  }

  @Test func pointsOutsideTheGridAskTheIndex() throws {
    let grid = try #require(engine.grid)
    #expect(grid.cell(latitude: grid.south - 0.01, longitude: grid.west + 1) == nil)
    #expect(grid.cell(latitude: grid.south + 1, longitude: grid.west - 0.01) == nil)
    let north = grid.south + Double(grid.rows) * grid.step
    #expect(grid.cell(latitude: north + 0.01, longitude: grid.west + 1) == nil)
    #expect(grid.cell(latitude: -60, longitude: -100) == nil)
    #expect(engine.distance(to: Position(longitude: -100, latitude: -60)).isFinite)
  }

  /// The grid only shortens the search: with or without it the answers are the same, up to
  /// the prepared geodesics that come with it (one `geod_genposition` instead of Newton,
  /// which agree to 0.03 mm; see `PolylineSetTests`).
  @Test func theGridGivesTheIndexAnswers() throws {
    let preparedAgreement = 3e-5  // m
    let indexOnly = try BorderDistance(polylines: TestData.iraqSyriaParts, manyQueries: false)
    #expect(indexOnly.grid == nil)
    #expect(indexOnly.store.fans == nil && indexOnly.store.perpendiculars == nil)
    var random = SeededGenerator(state: 22)
    for _ in 0..<300 {
      let point = Position(
        longitude: Double.random(in: 30...55, using: &random),
        latitude: Double.random(in: 25...45, using: &random))
      let a = try #require(engine.nearest(to: point))
      let b = try #require(indexOnly.nearest(to: point))
      #expect(abs(a.distance - b.distance) <= preparedAgreement)
      #expect(a.isVertex == b.isVertex)
    }
  }

  @Test func noSegmentsMeansNoGrid() throws {
    #expect(try BorderDistance(polylines: []).grid == nil)
  }

  /// A grid around a point: every cell lists the point's one segment.
  @Test func aSinglePointHasAGridOfOneSegment() throws {
    let engine = try BorderDistance(polylines: [[Position(longitude: 10, latitude: 50)]])
    let grid = try #require(engine.grid)
    #expect(grid.cells.allSatisfy { $0.count == 1 && grid.segment(0, of: $0) == 0 })
    #expect(grid.cells.count == grid.rows * grid.columns)
  }
}
