import GeoJSON
import Testing

@testable import Borders

@Suite struct BorderMeasurerTests {
  let oneMetre = 1.0  // m
  let measurer: BorderMeasurer = {
    do { return try TestData.library.measurer(for: "IQ-SY") } catch { fatalError("\(error)") }
  }()

  /// The reference cases with their sides.
  @Test func referenceCasesHaveTheirSides() throws {
    let cases: [(Position, Double, BorderSide)] = [
      (
        Position(longitude: 41.87656, latitude: 36.3209), 30_778.460,
        .country(iso2: "IQ", iso3: "IRQ")
      ),
      (
        Position(longitude: 41.71632, latitude: 36.0426), 39_111.850,
        .country(iso2: "IQ", iso3: "IRQ")
      ),
      (
        Position(longitude: 40.91854, latitude: 34.45226), 6_735.085,
        .country(iso2: "SY", iso3: "SYR")
      ),
      (Position(longitude: 41.281, latitude: 36.277), 1_674.368, .borderZone),
    ]
    for (point, postgis, side) in cases {
      let measurement = try #require(measurer.measure(point))
      #expect(abs(measurement.distance - postgis) <= oneMetre)
      #expect(measurement.side == side)
      #expect(measurement.line == "IRQ-SYR")
    }
  }

  /// Without the grid and the prepared geodesics (a handful of points on the command line)
  /// the answers are the same: Newton instead of one prepared step, within 0.03 mm.
  @Test func fewQueriesGiveTheSameAnswers() throws {
    let preparedAgreement = 3e-5  // m
    let few = try TestData.library.measurer(for: "SY", manyQueries: false)
    let many = try TestData.library.measurer(for: "SY")
    var random = SeededGenerator(state: 51)
    for _ in 0..<200 {
      let point = Position(
        longitude: Double.random(in: 34...44, using: &random),
        latitude: Double.random(in: 31...39, using: &random))
      let a = try #require(few.measure(point))
      let b = try #require(many.measure(point))
      #expect(abs(a.distance - b.distance) <= preparedAgreement)
      #expect(a.side == b.side)
      // Where two lines meet, either may claim the junction.
      let sameJunction =
        abs(a.nearest.longitude - b.nearest.longitude) <= 1e-9
        && abs(a.nearest.latitude - b.nearest.latitude) <= 1e-9
      #expect(a.line == b.line || sameJunction)
    }
  }

  @Test func pointsInNeitherCountryAreOutside() throws {
    let amman = try #require(measurer.measure(Position(longitude: 35.93, latitude: 31.95)))
    #expect(amman.side == .outside)
  }

  @Test func aBorderWithoutPolygonsCannotSayOutside() throws {
    let border = try TestData.library.measurer(for: "CA-US")
    let ottawa = try #require(border.measure(Position(longitude: -75.7, latitude: 45.42)))
    #expect(ottawa.side == .unknown)
  }

  @Test func oneCountrysBordersDecideAmongItsNeighbours() throws {
    let syria = try TestData.library.measurer(for: "SY")
    #expect(Set(syria.countries.map(\.iso2)) == ["SY", "IQ", "TR", "JO", "LB", "IL"])
    let amman = try #require(syria.measure(Position(longitude: 35.93, latitude: 31.95)))
    #expect(amman.side == .country(iso2: "JO", iso3: "JOR"))
    #expect(amman.line == "JOR-SYR")
  }

  @Test func noLinesMeansNoMeasurement() throws {
    let empty = try BorderMeasurer(lines: [], countries: [])
    #expect(empty.measure(Position(longitude: 0, latitude: 0)) == nil)
    #expect(empty.segmentCount == 0)
  }
}
