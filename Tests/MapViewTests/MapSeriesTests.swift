import GeoJSON
import Testing

@testable import MapView

@Suite struct MapSeriesTests {
  private func point(_ place: String, _ properties: JSONObject) -> Feature {
    var properties = properties
    properties["place"] = .string(place)
    return Feature(
      geometry: .point(Position(longitude: 41, latitude: 36)), properties: properties)
  }

  @Test func groupsFeaturesByDateOldestFirst() throws {
    let series = try #require(
      try MapSeries.gather([MapViewFixtures.layer("snapshots-monthly.geojsonl")]).series)
    #expect(series.steps.map(\.date) == ["2017-04-01", "2017-05-01", "2017-06-01", "2017-07-01"])
    #expect(series.steps.map(\.features.count) == [7, 7, 7, 7])
  }

  @Test func findsTheStepOfADate() throws {
    let series = try #require(
      try MapSeries.gather([MapViewFixtures.layer("snapshots-monthly.geojsonl")]).series)
    #expect(series.stepIndex(onOrBefore: "2017-06-15") == 2)
    #expect(series.stepIndex(onOrBefore: "2017-06-01") == 2)
    #expect(series.stepIndex(onOrBefore: "2016-01-01") == 0)
    #expect(series.stepIndex(onOrBefore: "2020-01-01") == 3)
  }

  @Test func extractOutputIsNotASeries() throws {
    let layer = try MapViewFixtures.layer("extract-seed.geojson")
    let gathered = try MapSeries.gather([layer])
    #expect(gathered.series == nil)
    #expect(gathered.layers == [layer])
  }

  @Test func aSingleSnapshotIsNotASeries() throws {
    let layer = try MapViewFixtures.layer("snapshots-monthly.geojsonl")
    let june = try MapLayer(
      name: "june.geojson",
      features: layer.features.filter { $0.properties?["date"] == "2017-06-01" })
    #expect(try MapSeries.gather([june]).series == nil)
  }

  @Test func snapshotFilesOfSeveralDatesMakeOneSeries() throws {
    let layer = try MapViewFixtures.layer("snapshots-monthly.geojsonl")
    let files = try ["2017-04-01", "2017-06-01"].map { date in
      try MapLayer(
        name: date, features: layer.features.filter { $0.properties?["date"] == .string(date) })
    }
    let extract = try MapViewFixtures.layer("extract-seed.geojson")
    let gathered = try MapSeries.gather(files + [extract])
    #expect(gathered.series?.steps.map(\.date) == ["2017-04-01", "2017-06-01"])
    #expect(gathered.layers == [extract])
  }

  @Test func forcingNeedsADateOnEveryFeature() throws {
    let extract = try MapViewFixtures.layer("extract-seed.geojson")
    let error = #expect(throws: MapViewError.self) { try MapSeries.gather([extract], force: true) }
    #expect(error?.code == .invalidSeries)
    #expect(error?.message.contains("feature 3") == true)
  }

  @Test func rejectsAnEmptySeries() {
    #expect(throws: MapViewError.self) { try MapSeries(steps: []) }
  }

  @Test func rejectsTwoStepsOnOneDate() {
    let step = MapSeries.Step(date: "2017-06-01", features: [])
    #expect(throws: MapViewError.self) { try MapSeries(steps: [step, step]) }
  }

  @Test func findsCapturesSiegesAndNewPlacesBetweenSteps() throws {
    let series = try MapSeries(steps: [
      .init(
        date: "2017-05-01",
        features: [
          point("a", ["controller": "isis", "status": "controlled"]),
          point("b", ["controller": "isis", "status": "controlled"]),
          point("c", ["controller": "isis", "status": "besieged"]),
          point("d", ["controller": "sdf", "status": "controlled"]),
        ]),
      .init(
        date: "2017-06-01",
        features: [
          point("a", ["controller": "pmu", "status": "controlled"]),
          point("b", ["controller": "isis", "status": "besieged"]),
          point("c", ["controller": "isis", "status": "controlled"]),
          point("d", ["controller": "sdf", "status": "controlled"]),
          point("e", ["controller": "sdf", "status": "controlled"]),
        ]),
    ])
    let changes = series.changes()
    #expect(changes[0].isEmpty)
    #expect(
      changes[1][0]
        == MapChange(
          kind: .captured, from: "isis", to: "pmu", dateFrom: "2017-05-01", dateTo: "2017-06-01"))
    #expect(changes[1][1]?.kind == .besieged)
    #expect(changes[1][2]?.kind == .relieved)
    #expect(changes[1][3] == nil)
    #expect(changes[1][4]?.kind == .new)
  }

  @Test func aDeclaredChangeWins() throws {
    let series = try MapSeries(steps: [
      .init(date: "2017-05-01", features: [point("a", ["controller": "isis"])]),
      .init(
        date: "2017-06-01", features: [point("a", ["controller": "isis", "change": "contested"])]),
    ])
    #expect(series.changes()[1][0]?.kind == .contested)
  }

}
