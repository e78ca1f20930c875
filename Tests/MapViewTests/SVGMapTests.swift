import Foundation
import Testing

@testable import MapView

@Suite struct SVGMapTests {
  /// Set `FRONTLINE_UPDATE_GOLDEN=1` to rewrite the golden files after a deliberate change,
  /// then look at them before committing.
  private static let updating =
    ProcessInfo.processInfo.environment["FRONTLINE_UPDATE_GOLDEN"] == "1"

  private func render(_ document: MapDocument) throws -> String {
    String(decoding: try SVGMap().render(document), as: UTF8.self)
  }

  private func expectGolden(_ svg: String, _ name: String) throws {
    let path = MapViewFixtures.path(name)
    if Self.updating {
      try svg.write(toFile: path, atomically: true, encoding: .utf8)
    }
    let golden = String(decoding: try MapViewFixtures.bytes(name), as: UTF8.self)
    #expect(svg == golden, "rendering differs from \(name); FRONTLINE_UPDATE_GOLDEN=1 rewrites it")
  }

  @Test func extractOutputMatchesItsGoldenFile() throws {
    try expectGolden(render(try MapViewFixtures.extractDocument()), "golden-extract.svg")
  }

  @Test func diffMatchesItsGoldenFile() throws {
    try expectGolden(render(try MapViewFixtures.diffDocument()), "golden-diff.svg")
  }

  @Test func seriesStepMatchesItsGoldenFile() throws {
    try expectGolden(
      render(try MapViewFixtures.seriesDocument(initialStep: 2)), "golden-series-june.svg")
  }

  @Test func twoRendersAreByteIdentical() throws {
    let document = try MapViewFixtures.diffDocument()
    #expect(try SVGMap().render(document) == SVGMap().render(document))
  }

  @Test func drawsEveryPlaceTheLegendAndTheFurniture() throws {
    let svg = try render(try MapViewFixtures.extractDocument())
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    let points = try #require(
      svg.components(separatedBy: "<g id=\"points\">").last?.components(separatedBy: "</g>").first)
    #expect(points.components(separatedBy: "<circle ").count - 1 == 7)
    for name in ["Islamic State", "Popular Mobilization Units", "Syrian Democratic Forces"] {
      #expect(svg.contains(">\(name)</text>"), "\(name)")
    }
    #expect(svg.contains("id=\"scale-bar\""))
    #expect(svg.contains("id=\"north-arrow\""))
    #expect(svg.contains("+proj=laea"))
    #expect(svg.contains(">SYRIA</text>") || svg.contains(">IRAQ</text>"))
  }

  @Test func labelsDoNotOverlap() throws {
    let svg = try render(try MapViewFixtures.extractDocument())
    let labels = try Self.labelBoxes(svg)
    #expect(labels.count >= 5)
    for (index, a) in labels.enumerated() {
      for b in labels[(index + 1)...] { #expect(!a.intersects(b), "labels overlap") }
    }
  }

  @Test func diffHatchesAreasAndRingsPlaces() throws {
    let svg = try render(try MapViewFixtures.diffDocument())
    #expect(svg.contains("fill=\"url(#hatch-captured)\""))
    #expect(svg.contains("<pattern id=\"hatch-captured\""))
    #expect(svg.contains("stroke-dasharray=\"\(FeatureStyle.frontLineDash)\""))
    #expect(svg.contains(">front line</text>"))
    #expect(svg.contains(">besieged</text>"))
  }

  @Test func aSinglePointGetsAMapAroundIt() throws {
    let layer = try MapLayer(
      name: "one",
      features: [
        .init(
          geometry: .point(.init(longitude: 41.28, latitude: 36.28)),
          properties: ["title": "Umm Jrais"])
      ])
    let svg = try render(
      MapDocument(
        title: "One", layers: [layer], actors: [], background: MapViewFixtures.background()))
    #expect(svg.contains(">Umm Jrais</text>"))
    #expect(svg.contains(">5 km</text>") || svg.contains(">10 km</text>"))
  }

  @Test func rejectsSillySizes() {
    #expect(throws: MapViewError.self) { try SVGMap(width: 10, height: 700) }
  }

  /// The boxes of the place labels, from their attributes, as the placer estimates them.
  static func labelBoxes(_ svg: String) throws -> [SVGRect] {
    let group = try #require(svg.range(of: "<g id=\"labels\""))
    let end = try #require(svg.range(of: "</g>", range: group.upperBound..<svg.endIndex))
    let pattern = try NSRegularExpression(
      pattern:
        #"<text x="([-0-9.]+)" y="([-0-9.]+)" font-size="([0-9.]+)" text-anchor="(\w+)" "#
        + #"fill="[^"]+"( letter-spacing="[^"]+")?>([^<]*)</text>"#
    )
    let text = String(svg[group.upperBound..<end.lowerBound])
    return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
      match in
      func group(_ index: Int) -> String {
        Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
      }
      guard let x = Double(group(1)), let y = Double(group(2)), let size = Double(group(3)),
        let anchor = LabelPlacer.Candidate.Anchor(rawValue: group(4))
      else { return nil }
      let country = !group(5).isEmpty
      let request = LabelPlacer.Request(
        text: group(6).replacingOccurrences(of: "&#39;", with: "'"), priority: 0, candidates: [],
        fontSize: size, letterSpacing: country ? 0.12 : 0, characterWidth: country ? 0.72 : 0.58)
      return LabelPlacer.box(of: request, at: .init(point: SVGPoint(x: x, y: y), anchor: anchor))
    }
  }
}
