import GeoJSON
import Testing

@testable import MapView

@Suite struct MapLayerTests {
  @Test func readsAFeatureCollection() throws {
    let layer = try MapViewFixtures.layer("extract-seed.geojson")
    #expect(layer.name == "extract-seed.geojson")
    #expect(layer.features.count == 7)
  }

  @Test func readsNewlineDelimitedSequenceByExtension() throws {
    let layer = try MapViewFixtures.layer("snapshots-monthly.geojsonl")
    #expect(layer.features.count == 28)
  }

  @Test func readsSequenceWithRecordSeparatorsSpanningLines() throws {
    let text =
      "\u{1E}{\"type\":\"Feature\",\n\"geometry\":{\"type\":\"Point\",\"coordinates\":[41,36]},"
      + "\"properties\":{}}\n\u{1E}{\"type\":\"Point\",\"coordinates\":[42,35]}\n"
    let layer = try MapLayer.read(Array(text.utf8), file: "x.json")
    #expect(layer.features.count == 2)
  }

  @Test func readsConcatenatedFeaturesWithoutTellingExtension() throws {
    let text = """
      {"type":"Feature","geometry":{"type":"Point","coordinates":[41,36]},"properties":{}}
      {"type":"Feature","geometry":{"type":"Point","coordinates":[42,36]},"properties":{}}

      """
    let layer = try MapLayer.read(Array(text.utf8), file: "events.json")
    #expect(layer.features.count == 2)
  }

  @Test func sequenceErrorNamesTheLineInTheFile() throws {
    let text = """
      {"type":"Feature","geometry":{"type":"Point","coordinates":[41,36]},"properties":{}}
      {"type":"Feature","geometry":{"type":"Point","coordinates":[42,]},"properties":{}}

      """
    let error = #expect(throws: MapViewError.self) {
      try MapLayer.read(Array(text.utf8), file: "bad.geojsonl")
    }
    #expect(error?.code == .invalidInput)
    #expect(error?.file == "bad.geojsonl")
    #expect(error?.line == 2)
    #expect(error?.column != nil)
  }

  @Test func rejectsAProjectedFileByItsCRSMember() throws {
    let text = """
      {"type":"FeatureCollection",
      "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}},
      "features":[{"type":"Feature",
      "geometry":{"type":"Point","coordinates":[4588000,4340000]},"properties":{}}]}
      """
    let error = #expect(throws: MapViewError.self) {
      try MapLayer.read(Array(text.utf8), file: "fronts-3857.geojson")
    }
    #expect(error?.code == .notWGS84)
    #expect(error?.description.contains("frontline project") == true)
  }

  @Test func acceptsAnExplicitWGS84CRSMember() throws {
    let text = """
      {"type":"FeatureCollection",
      "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},
      "features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[41,36]},
      "properties":{}}]}
      """
    #expect(try MapLayer.read(Array(text.utf8), file: "back.geojson").features.count == 1)
  }

  @Test func rejectsProjectedCoordinatesWithoutCRSMember() throws {
    let text = """
      {"type":"Feature","geometry":{"type":"Point","coordinates":[4588000,4340000]},"properties":{}}
      """
    let error = #expect(throws: MapViewError.self) {
      try MapLayer.read(Array(text.utf8), file: "metres.geojson")
    }
    #expect(error?.code == .notWGS84)
    #expect(error?.line == 1)
  }

  @Test func rejectsText() throws {
    let error = #expect(throws: MapViewError.self) {
      try MapLayer.read(Array("The PMU reached the border.".utf8), file: "report.txt")
    }
    #expect(error?.code == .invalidInput)
    #expect(error?.description.hasPrefix("report.txt:1:1:") == true)
  }

  @Test func recognisesSequences() {
    #expect(MapLayer.looksLikeSequence([], file: "a.GEOJSONL"))
    #expect(MapLayer.looksLikeSequence(Array(" \u{1E}{}".utf8), file: "a.json"))
    #expect(!MapLayer.looksLikeSequence(Array("{}".utf8), file: "a.geojson"))
  }

  @Test func validatesFeaturesMadeInCode() throws {
    let feature = Feature(geometry: .point(Position(longitude: 200, latitude: 10)))
    #expect(throws: MapViewError.self) { try MapLayer(name: "code", features: [feature]) }
  }
}
