import Foundation
import GeoJSON
import Testing

@testable import MapView

@Suite struct HTMLMapTests {
  private let leaflet = LeafletAssets(script: "/* leaflet */", stylesheet: "/* css */")

  private func page(_ document: MapDocument) -> String {
    String(decoding: HTMLMap(leaflet: leaflet).render(document), as: UTF8.self)
  }

  /// The JSON between the data script's tags, parsed back.
  private func embeddedData(_ page: String) throws -> [String: Any] {
    let start = try #require(
      page.range(of: #"<script type="application/json" id="frontline-data">"#))
    let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
    let json = Data(page[start.upperBound..<end.lowerBound].utf8)
    return try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
  }

  @Test func embedsTheStyledFeaturesAndTheLegend() throws {
    let data = try embeddedData(page(try MapViewFixtures.extractDocument()))
    let layers = try #require(data["layers"] as? [[String: Any]])
    let features = try #require(layers.first?["features"] as? [[String: Any]])
    #expect(features.count == 7)
    let style = try #require(features.first?["frontline"] as? [String: Any])
    #expect(style["markerColour"] as? String == "#6a3d9a")
    let actors = try #require(data["actors"] as? [[String: Any]])
    #expect(actors.compactMap { $0["id"] as? String } == ["isis", "pmu", "sdf"])
    #expect((data["steps"] as? [Any])?.isEmpty == true)
  }

  @Test func embedsTheSeriesWithItsChanges() throws {
    let data = try embeddedData(page(try MapViewFixtures.seriesDocument()))
    let steps = try #require(data["steps"] as? [[String: Any]])
    #expect(
      steps.compactMap { $0["date"] as? String } == [
        "2017-04-01", "2017-05-01", "2017-06-01", "2017-07-01",
      ])
    #expect(data["initialStep"] as? Int == 3)
    let june = try #require(steps[2]["features"] as? [[String: Any]])
    let changes = june.compactMap {
      ($0["frontline"] as? [String: Any])?["change"] as? [String: Any]
    }
    #expect(
      changes.compactMap { $0["kind"] as? String }.sorted() == [
        "besieged", "captured", "captured", "captured",
      ])
  }

  @Test func embedsTheBackgroundNearTheData() throws {
    let data = try embeddedData(page(try MapViewFixtures.extractDocument()))
    let countries = try #require(
      (data["countries"] as? [String: Any])?["features"] as? [[String: Any]])
    #expect(countries.count == 4)
    #expect(countries.allSatisfy { ($0["label"] as? [Double])?.count == 2 })
    let borders = try #require((data["borders"] as? [String: Any])?["features"] as? [Any])
    #expect(borders.count == 6)
  }

  @Test func hostileTextStaysData() throws {
    let evil = "</script><script>alert(1)</script><!--"
    let feature = Feature(
      geometry: .point(Position(longitude: 41, latitude: 36)),
      properties: ["title": .string(evil), "evidence": .string(evil)])
    let document = try MapDocument(
      title: evil, layers: [MapLayer(name: evil, features: [feature])], actors: [],
      background: .empty)
    let html = page(document)
    #expect(html.components(separatedBy: "<script").count - 1 == 3)
    #expect(html.components(separatedBy: "</script>").count - 1 == 3)
    #expect(!html.contains("<!--"))
    #expect(html.contains("<title>&lt;/script&gt;"))
    let data = try embeddedData(html)
    #expect(data["title"] as? String == evil)
  }

  @Test func pageHasTheMapElementAndItsScript() throws {
    let html = page(try MapViewFixtures.extractDocument())
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains(#"<div id="map" data-ready="false"></div>"#))
    #expect(html.contains("/* leaflet */"))
    #expect(html.contains("data-feature-count") || html.contains("dataset.featureCount"))
  }

  @Test func precisionLimitsEmbeddedCoordinates() throws {
    let feature = Feature(
      geometry: .point(Position(longitude: 41.123456789, latitude: 36.987654321)))
    let document = try MapDocument(
      title: "t", layers: [MapLayer(name: "p", features: [feature])], actors: [], background: .empty
    )
    let html = String(
      decoding: HTMLMap(leaflet: leaflet, precision: 3).render(document), as: UTF8.self)
    #expect(html.contains("[41.123,36.988]"))
  }
}
