import GeoJSON
import Testing

@testable import Control

@Suite struct SnapshotGeoJSONTests {
  let actors: ActorCatalog
  let snapshot: Snapshot

  init() throws {
    actors = try Fixture.actors()
    let ledger = try Ledger(
      events: [
        event("a", "2014-01-01", "raqqa", to: "isis", confidence: 0.9),
        event("b", "2017-06-01", "raqqa", from: "isis", to: "sdf", .besieged),
        event("c", "2017-06-01", "umm_jrais", from: "isis", to: "pmu", precision: .week),
        ControlEvent(
          id: "d", date: day("2017-06-01"), datePrecision: .week,
          place: .unlocated(name: "Wadi al-Midar"), from: "isis", to: "pmu",
          source: "seed", geoPrecision: .region),
      ], actors: actors, places: TestPlaces.sample)
    snapshot = ledger.snapshot(at: day("2017-06-02"))
  }

  @Test func featuresCarryControlProvenanceAndStyle() throws {
    let features = snapshot.features(actors: actors)
    #expect(features.count == 3)
    let raqqa = try #require(features.first?.properties)
    #expect(features.first?.id == .string("raqqa"))
    #expect(features.first?.geometry == .point(Position(longitude: 39.00788, latitude: 35.95283)))
    #expect(raqqa["controller"] == "isis")
    #expect(raqqa["controller_name"] == "Islamic State")
    #expect(raqqa["status"] == "besieged")
    #expect(raqqa["challenger"] == "sdf")
    #expect(raqqa["since"] == "2017-06-01")
    #expect(raqqa["since_uncertain"] == false)
    #expect(raqqa["date"] == "2017-06-02")
    #expect(raqqa["sources"] == ["test:b"])
    #expect(raqqa["confidence"] == .null)
    #expect(raqqa["marker-color"] == "#000000")
    #expect(raqqa["marker-symbol"] == "circle-stroked")
    #expect(raqqa["marker-size"] == "large")
    #expect(
      raqqa["title"]
        == "Raqqa: Islamic State, besieged by Syrian Democratic Forces, since 2017-06-01")
    let ummJrais = try #require(features[1].properties)
    #expect(ummJrais["since"] == "2017-05-29")
    #expect(ummJrais["since_precision"] == "week")
    #expect(ummJrais["since_uncertain"] == true)
    #expect(ummJrais["marker-color"] == "#6a3d9a")
    #expect(
      ummJrais["title"] == "Umm Jrais: Popular Mobilization Units, since the week of 2017-05-29")
  }

  @Test func unlocatedPlacesHaveNullGeometry() throws {
    let feature = try #require(snapshot.features(actors: actors).last)
    #expect(feature.geometry == nil)
    #expect(feature.properties?["unlocated"] == true)
    #expect(feature.properties?["place_id"] == "unlocated:Wadi al-Midar")
    #expect(feature.properties?["geo_precision"] == 3)
    #expect(
      feature.properties?["title"]
        == "Wadi al-Midar (region): Popular Mobilization Units, since the week of 2017-05-29")
  }

  @Test func writtenSnapshotsReadBack() throws {
    let bytes = GeoJSONWriter(precision: nil).encode(
      .featureCollection(snapshot.featureCollection(actors: actors)))
    let object = try GeoJSONReader.read(bytes, file: "s.geojson")
    #expect(try Snapshot(object, file: "s.geojson") == snapshot)
    let empty = Snapshot(date: day("2010-01-01"), states: [])
    let emptyBytes = GeoJSONWriter().encode(
      .featureCollection(empty.featureCollection(actors: actors)))
    #expect(try Snapshot(GeoJSONReader.read(emptyBytes), file: nil) == empty)
  }

  @Test func csvAndTableListEveryPlace() {
    let csv = Snapshot.csvHeader + snapshot.csvRows(actors: actors)
    let lines = csv.split(separator: "\r\n")
    #expect(lines.count == 4)
    #expect(
      lines[1].hasPrefix(
        "2017-06-02,raqqa,Raqqa,SY,city,35.95283,39.00788,isis,Islamic State,besieged,sdf,"))
    #expect(lines[3].hasPrefix("2017-06-02,unlocated:Wadi al-Midar,Wadi al-Midar,,,,,pmu,"))
    let table = snapshot.table(actors: actors).render()
    #expect(
      table.contains(
        "Raqqa                   Islamic State               besieged    Syrian Democratic Forces"
          + "  2017-06-01                                1\n"))
    #expect(table.contains("Wadi al-Midar (region)  Popular Mobilization Units  controlled"))
    #expect(table.split(separator: "\n").count == 5)
  }

  @Test(arguments: [
    (#"{"type":"Feature","geometry":null,"properties":{"name":"x"}}"#, "missing 'place_id'"),
    (
      #"{"type":"Feature","geometry":null,"properties":{"place_id":"x","status":"won","since":"2017-01-01","date":"2017-01-02"}}"#,
      "'status' must be one of"
    ),
    (
      #"{"type":"Feature","geometry":null,"properties":{"place_id":"x","status":"controlled","since":"2017-1-1","date":"2017-01-02"}}"#,
      "'since' is not an ISO 8601 day"
    ),
    (
      #"{"type":"Feature","geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]},"properties":{"place_id":"x","status":"controlled","since":"2017-01-01","date":"2017-01-02"}}"#,
      "geometry is a LineString"
    ),
  ])
  func rejectsFeaturesSnapshotDidNotWrite(_ text: String, _ message: String) throws {
    let object = try GeoJSONReader.read(Array(text.utf8))
    let error = #expect(throws: ControlError.self) {
      try Snapshot(features: object.features, file: "x.geojson")
    }
    #expect(error?.code == .malformedSnapshot)
    #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
    #expect(error?.description.hasPrefix("x.geojson: features[0]: ") == true)
  }

  @Test func rejectsMixedDatesAndRepeatedPlaces() throws {
    var features = snapshot.features(actors: actors)
    features[1].properties?["date"] = "2017-06-03"
    #expect(throws: ControlError.self) { try Snapshot(features: features, file: nil) }
    var repeated = snapshot.features(actors: actors)
    repeated.append(repeated[0])
    #expect(throws: ControlError.self) { try Snapshot(features: repeated, file: nil) }
    #expect(throws: ControlError.self) { try Snapshot(features: [], file: nil) }
  }
}
