import Foundation
import GeoJSON
import MapView

/// Test data in `Tests/MapViewTests/Fixtures/` and documents built from it.
enum MapViewFixtures {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures").path

  static func path(_ name: String) -> String { directory + "/" + name }

  static func bytes(_ name: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path(name)) else {
      throw MapViewError(.io, "missing fixture", file: path(name))
    }
    return [UInt8](data)
  }

  static func layer(_ name: String) throws -> MapLayer {
    try MapLayer.read(bytes(name), file: name)
  }

  /// The actors the fixtures name, as `gazetteer/actors.tsv` would give them.
  static func actors() throws -> [MapActor] {
    [
      try MapActor(
        id: "isis", name: "Islamic State", colour: "#000000", aliases: ["ISIL", "Daesh"]),
      try MapActor(id: "pmu", name: "Popular Mobilization Units", colour: "#6a3d9a"),
      try MapActor(id: "sdf", name: "Syrian Democratic Forces", colour: "#ffff00"),
      try MapActor(id: "peshmerga", name: "Peshmerga", colour: "#ff7f00"),
      try MapActor(id: "isf", name: "Iraqi Security Forces", colour: "#fb9a99"),
    ]
  }

  /// Iraq, Syria, Turkey and Jordan simplified from Natural Earth, with their land borders.
  static func background() throws -> MapBackground {
    try MapBackground.read(
      countries: bytes("countries-small.geojson"), countriesFile: "countries-small.geojson",
      borders: bytes("borders-small.geojson"), bordersFile: "borders-small.geojson")
  }

  /// The extract output of the seed report (control events and place mentions).
  static func extractDocument() throws -> MapDocument {
    try MapDocument(
      title: "Seed report", layers: [layer("extract-seed.geojson")], actors: actors(),
      background: background())
  }

  /// Monthly snapshots of the sample ledger, as a time series.
  static func seriesDocument(initialStep: Int? = nil) throws -> MapDocument {
    let gathered = try MapSeries.gather([layer("snapshots-monthly.geojsonl")])
    return try MapDocument(
      title: "Sample ledger", layers: gathered.layers, series: gathered.series, actors: actors(),
      background: background(), initialStep: initialStep)
  }

  /// A diff with control areas, a front line and captured places.
  static func diffDocument() throws -> MapDocument {
    try MapDocument(
      title: "Diff 2017-05-01 to 2017-06-01", layers: [layer("diff-areas.geojson")],
      actors: actors(), background: background())
  }
}
