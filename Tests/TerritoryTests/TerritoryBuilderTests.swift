import Borders
import Foundation
import GeoJSON
import Projection
import Testing

@testable import Territory

@Suite struct TerritoryBuilderTests {
  let oneSquareKilometre = 1e6  // m²
  let relativeTolerance = 0.001  // 0.1 %, the bound

  /// The area of a circular segment of radius `r` cut off at distance `d` from the centre.
  func segmentArea(radius r: Double, distance d: Double) -> Double {
    r * r * acos(d / r) - d * (r * r - d * d).squareRoot()
  }

  @Test func lonePointClaimsItsDiscAndLeavesTheRestUnknown() throws {
    let square = try Fixture.square()
    let result = try TerritoryBuilder(countries: [square]).areas(
      from: [Fixture.point(40, 35, "ISIS")], asOf: "2016-10-17")
    #expect(result.areas.map(\.areaClass) == [.controlled(by: "ISIS"), .unknown])
    let disc = Double.pi * 15_000 * 15_000
    let city = try #require(result.areas.first)
    #expect(abs(city.area - disc) / disc < relativeTolerance)
    #expect(city.places == 1)
    let country = Geodesic.wgs84.area(of: square.polygons[0])
    let unknown = try #require(result.areas.last)
    #expect(abs(unknown.area - (country - disc)) / country < relativeTolerance)
    #expect(unknown.polygons.count == 1)
    #expect(unknown.polygons[0].rings.count == 2)
    #expect(result.fronts.isEmpty)
    #expect(result.countries == ["XA"])
    #expect(result.repairs == 0)
  }

  @Test func twoHoldersMeetOnTheBisectorWithinReach() throws {
    let points = [Fixture.point(39.9, 35, "ISIS"), Fixture.point(40.1, 35, "SDF")]
    let result = try TerritoryBuilder(countries: [Fixture.square()]).areas(from: points)
    let r = 15_000.0
    let d = Geodesic.wgs84.distance(points[0].position, points[1].position) / 2
    let front = try #require(result.fronts.first)
    #expect(result.fronts.count == 1)
    #expect(front.between == ["ISIS", "SDF"])
    // A 16-gon of the disc's area stands in for the circle: chords within 3 % of a circle's.
    let chord = 2 * (r * r - d * d).squareRoot()
    #expect(abs(front.length - chord) / chord < 0.03)
    for position in front.line.positions {
      #expect(abs(position.longitude - 40) < 1e-6)
    }
    let expected = Double.pi * r * r - segmentArea(radius: r, distance: d)
    for area in result.areas where area.areaClass != .unknown {
      #expect(abs(area.area - expected) / expected < 0.02)
    }
  }

  @Test func classesAddUpToTheClippedCountries() throws {
    let result = try TerritoryBuilder(countries: Fixture.atlas.countries).areas(
      from: Fixture.generated(count: 300), asOf: "2017-05-30")
    #expect(result.countries == ["IQ", "SY"])
    let clipped = try #require(result.clippedArea)
    let total = result.areas.reduce(0) { $0 + $1.area }
    #expect(abs(total - clipped) / clipped < relativeTolerance)
    #expect(result.repairs == 0)
    #expect(result.areas.last?.areaClass == .unknown)
    #expect(result.areas.count { $0.areaClass == .unknown } == 1)
    #expect(result.placesUsed == 300)
  }

  @Test func outputIsValidAndWoundByTheRightHandRule() throws {
    let result = try TerritoryBuilder(countries: Fixture.atlas.countries).areas(
      from: Fixture.generated(count: 300))
    let engine = try GeometryEngine()
    for area in result.areas {
      let shape = try engine.multiPolygon(area.polygons.map(PlanarPolygon.init(degrees:)))
      #expect(shape.isValid, "\(area.areaClass): \(engine.invalidityReason(shape))")
      for polygon in area.polygons {
        #expect(polygon.rings[0].isCounterclockwise)
        #expect(polygon.rings.dropFirst().allSatisfy { !$0.isCounterclockwise })
      }
    }
  }

  @Test func frontsStayInsideTheCountriesAndOffTheirOutline() throws {
    let points = Fixture.generated(count: 300)
    let result = try TerritoryBuilder(countries: Fixture.atlas.countries).areas(from: points)
    #expect(!result.fronts.isEmpty)
    let countries = ["IQ", "SY"].compactMap { Fixture.atlas.country(code: $0) }
    for front in result.fronts {
      #expect(front.between.count == 2 && front.between[0] < front.between[1])
      #expect(front.length > 0)
      let positions = front.line.positions
      for (a, b) in zip(positions, positions.dropFirst()) {
        let middle = Position(
          longitude: (a.longitude + b.longitude) / 2, latitude: (a.latitude + b.latitude) / 2)
        #expect(countries.contains { $0.contains(middle) })
      }
    }
  }

  @Test func withoutCountriesAreasAreTheReachesAlone() throws {
    let result = try TerritoryBuilder(countries: []).areas(
      from: [Fixture.point(40, 35, "ISIS", kind: "village")])
    #expect(result.areas.map(\.areaClass) == [.controlled(by: "ISIS")])
    let disc = Double.pi * 2_000 * 2_000
    #expect(abs(result.areas[0].area - disc) / disc < relativeTolerance)
    #expect(result.clippedArea == nil)
  }

  @Test func placesThatReachNowhereAreLeftOut() throws {
    let points = [
      Fixture.point(40, 35, "ISIS", kind: "region"), Fixture.point(40.2, 35, "SDF", kind: "town"),
    ]
    let result = try TerritoryBuilder(countries: [Fixture.square()]).areas(from: points)
    #expect(result.placesWithoutReach == 1)
    #expect(result.placesUsed == 1)
    #expect(result.areas.map(\.areaClass) == [.controlled(by: "SDF"), .unknown])
  }

  @Test func disagreeingReportsAtOnePlaceAreContested() throws {
    let points = [
      Fixture.point(40, 35, "ISIS", id: "a"), Fixture.point(40, 35, "PMU", id: "b"),
      Fixture.point(40.3, 35.3, "PMU", kind: "village"),
    ]
    let result = try TerritoryBuilder(countries: [Fixture.square()]).areas(from: points)
    #expect(result.areas.map(\.areaClass) == [.controlled(by: "PMU"), .contested, .unknown])
    #expect(result.areas[1].places == 2)
  }

  @Test func contestedAndBesiegedPlacesHaveTheirOwnClasses() throws {
    let points = [
      Fixture.point(39.8, 35, "SAA", status: .besieged),
      Fixture.point(40.0, 35, "ISIS"),
      Fixture.point(40.2, 35, "SDF", status: .contested),
    ]
    let result = try TerritoryBuilder(countries: [Fixture.square()]).areas(from: points)
    #expect(
      result.areas.map(\.areaClass) == [
        .controlled(by: "ISIS"), .besieged(holder: "SAA"), .contested, .unknown,
      ])
    #expect(Set(result.fronts.map(\.between)) == [["ISIS", "SAA"], ["ISIS", "contested"]])
  }

  @Test func reachCrossesBordersInsideTheRegion() throws {
    let west = try Fixture.square(code: "XA", longitude: 39.5, latitude: 35)
    let east = try Fixture.square(code: "XB", longitude: 40.5, latitude: 35)
    let points = [Fixture.point(39.95, 35, "ISIS"), Fixture.point(40.3, 35, "SDF")]
    let result = try TerritoryBuilder(countries: [west, east]).areas(from: points)
    #expect(result.countries == ["XA", "XB"])
    let isis = try #require(result.areas.first { $0.areaClass == .controlled(by: "ISIS") })
    let reachesEast = isis.polygons.contains { polygon in
      polygon.rings[0].positions.contains { $0.longitude > 40.01 }
    }
    #expect(reachesEast)
    let total = result.areas.reduce(0) { $0 + $1.area }
    let clipped = try #require(result.clippedArea)
    #expect(abs(total - clipped) / clipped < relativeTolerance)
  }

  @Test func badPositionsAreRejectedByName() throws {
    let builder = TerritoryBuilder(countries: [])
    #expect {
      try builder.areas(from: [Fixture.point(200, 35, "ISIS", id: "nowhere")])
    } throws: { error in
      guard let error = error as? TerritoryError else { return false }
      return error.code == .invalidPoint && error.message.contains("nowhere")
    }
  }

  @Test func pointsAcrossHalfTheGlobeAreRejected() throws {
    let builder = TerritoryBuilder(countries: [])
    #expect(throws: TerritoryError.self) {
      try builder.areas(from: [Fixture.point(-70, 0, "A"), Fixture.point(40, 35, "B")])
    }
  }

  @Test func noPointsLeaveEverythingUnknown() throws {
    let result = try TerritoryBuilder(countries: [Fixture.square()]).areas(from: [])
    #expect(result.areas.isEmpty)
    #expect(result.fronts.isEmpty)
  }
}
