import ArgumentParser
import Control
import GeoJSON
import Testing

@testable import FrontlineCLI

@Suite struct AreaOptionsTests {
  let actors: ActorCatalog

  init() throws {
    actors = try ActorCatalog(actors: [
      Actor(id: "isis", name: "Islamic State", aliases: [], colour: "#000000", kind: .nonState),
      Actor(
        id: "sdf", name: "Syrian Democratic Forces", aliases: [], colour: "#f2c500",
        kind: .nonState),
    ])
  }

  func snapshot(_ day: Int, holders: [String]) -> Snapshot {
    let places = [
      ("raqqa", "Raqqa", 39.0, 35.95, "city"), ("tabqa", "Tabqa", 38.55, 35.84, "town"),
      ("karama", "Karama", 39.08, 35.96, "town"),
    ]
    return Snapshot(
      date: Day(year: 2017, month: 6, day: day)!,
      states: zip(places, holders).map { place, holder in
        PlaceState(
          place: LedgerPlace(
            id: place.0, name: place.1,
            position: Position(longitude: place.2, latitude: place.3), country: "SY",
            kind: place.4),
          controller: holder, status: .controlled, since: Day(year: 2017, month: 5, day: 1)!)
      })
  }

  @Test func areasAndFrontsAreStyledFeatures() throws {
    let options = try AreaOptions.parse(["--areas", "--fronts"])
    let features = try options.features(
      for: snapshot(1, holders: ["isis", "isis", "sdf"]), actors: actors,
      builder: options.builder())
    let layers = features.compactMap { $0.properties?["layer"]?.stringValue }
    #expect(layers == ["area", "area", "area", "front"])
    let isis = try #require(features.first { $0.properties?["controller"] == "isis" })
    #expect(isis.properties?["fill"] == "#000000")
    #expect(isis.properties?["as_of"] == "2017-06-01")
    #expect(isis.properties?["title"]?.stringValue?.hasPrefix("Islamic State (controlled)") == true)
    let unknown = try #require(features.first { $0.properties?["controller"] == "unknown" })
    #expect(unknown.properties?["fill"] == .string(AreaOptions.unknownColour))
    let front = try #require(features.last)
    #expect(front.properties?["between"] == ["isis", "sdf"])
    guard case .lineString = front.geometry else {
      Issue.record("a front must be a LineString")
      return
    }
  }

  @Test func frontsAloneLeaveTheAreasOut() throws {
    let options = try AreaOptions.parse(["--fronts"])
    let features = try options.features(
      for: snapshot(1, holders: ["isis", "isis", "sdf"]), actors: actors,
      builder: options.builder())
    #expect(features.allSatisfy { $0.properties?["layer"] == "front" })
    #expect(!features.isEmpty)
  }

  @Test func nothingIsAddedUnlessAsked() throws {
    let options = try AreaOptions.parse([])
    #expect(!options.isRequested)
    #expect(try options.builder() == nil)
    let features = try options.features(
      for: snapshot(1, holders: ["isis", "isis", "sdf"]), actors: actors,
      builder: options.builder())
    #expect(features.isEmpty)
  }

  @Test func diffGivesChangesAndABalancedSummary() throws {
    let options = try AreaOptions.parse(["--areas"])
    let builder = try #require(try options.builder())
    let diff = try options.areaDiff(
      from: snapshot(1, holders: ["isis", "isis", "sdf"]),
      to: snapshot(30, holders: ["sdf", "isis", "sdf"]), builder: builder)
    let features = options.features(for: diff, actors: actors)
    #expect(features.map { $0.properties?["from"] } == ["isis"])
    #expect(features.first?.properties?["fill"] == "#f2c500")
    let table = options.table(for: diff, actors: actors).render()
    #expect(table.contains("Islamic State"))
    #expect(table.contains("Syrian Democratic Forces"))
  }

  @Test func badReachIsAUsageError() {
    #expect(throws: (any Error).self) { try AreaOptions.parse(["--areas", "--reach", "city"]) }
    #expect(throws: (any Error).self) { try AreaOptions.parse(["--reach", "city=3"]) }
  }

  @Test func tablesListAreasAndFronts() throws {
    let options = try AreaOptions.parse(["--areas", "--fronts"])
    let builder = try #require(try options.builder())
    let areas = try options.controlAreas(
      of: snapshot(1, holders: ["isis", "isis", "sdf"]), builder: builder)
    let table = options.table(for: areas, actors: actors).render()
    #expect(table.contains("controlled"))
    #expect(table.contains("unknown"))
    #expect(table.contains("front"))
  }
}
