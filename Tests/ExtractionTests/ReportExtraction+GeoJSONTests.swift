import Control
import GeoJSON
import Testing

@testable import Extraction

struct ReportExtractionGeoJSONTests {
  @Test func eventFeaturesCarryTheLedgerFieldsAndStyle() throws {
    let extractor = try Fixture.extractor()
    let extraction = extractor.extract(try Fixture.seed())
    let features = extraction.eventFeatures(actors: extractor.actors)
    #expect(features.count == extraction.events.count)
    let umm = try #require(features.first { $0.properties?["place_id"] == "umm_jrais" })
    let properties = try #require(umm.properties)
    for key in [
      "from", "to", "status", "date", "date_precision", "place", "place_id", "geo_precision",
      "confidence", "evidence", "source", "offsets", "rule", "marker-color",
    ] {
      #expect(properties[key] != nil, "missing \(key)")
    }
    #expect(properties["to"] == "pmu")
    #expect(properties["marker-color"] == "#6a3d9a")
    guard case .point(let position) = umm.geometry else {
      Issue.record("expected a Point")
      return
    }
    #expect(position.latitude == 36.277)
  }

  @Test func unlocatedEventsHaveNoGeometry() throws {
    let extractor = try Fixture.extractor()
    let extraction = try Fixture.extract("The PMU reached the Syrian border from the Iraqi side.")
    let feature = try #require(extraction.eventFeatures(actors: extractor.actors).first)
    #expect(feature.geometry == nil)
    #expect(feature.properties?["unlocated"] == true)
  }

  @Test func mentionFeaturesListResolvedAndUnresolvedNames() throws {
    let extraction = try Fixture.extract(
      "Fighting near Sinjar and in the village of Khirbet Zahra.")
    let features = extraction.mentionFeatures()
    #expect(features.map { $0.properties?["resolution"] } == ["resolved", "unresolved"])
    #expect(features[0].properties?["place_id"] == "sinjar")
    #expect(features[1].geometry == nil)
    #expect(features[1].properties?["context"]?.stringValue?.contains("Khirbet Zahra") == true)
  }
}
