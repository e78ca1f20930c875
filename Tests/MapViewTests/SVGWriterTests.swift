import Testing

@testable import MapView

@Suite struct SVGWriterTests {
  private let everywhere = SVGRect(x: -1000, y: -1000, width: 3000, height: 3000)

  @Test func writesPathDataWithFixedDecimals() {
    let run: [SVGPoint?] = [
      SVGPoint(x: 1.04, y: 2), SVGPoint(x: 10.26, y: 2), SVGPoint(x: 10, y: 7.5),
    ]
    #expect(SVGWriter.pathData([run], closed: false, clip: everywhere) == "M1 2L10.3 2L10 7.5")
  }

  @Test func dropsPointsThatWouldNotShow() {
    let run: [SVGPoint?] = [SVGPoint(x: 0, y: 0), SVGPoint(x: 0.1, y: 0.1), SVGPoint(x: 5, y: 0)]
    #expect(SVGWriter.pathData([run], closed: false, clip: everywhere) == "M0 0L5 0")
  }

  @Test func unprojectedPointsBreakTheLine() {
    let run: [SVGPoint?] = [
      SVGPoint(x: 0, y: 0), SVGPoint(x: 5, y: 0), nil, SVGPoint(x: 9, y: 0), SVGPoint(x: 9, y: 5),
    ]
    #expect(SVGWriter.pathData([run], closed: false, clip: everywhere) == "M0 0L5 0M9 0L9 5")
  }

  @Test func closesRings() {
    let ring: [SVGPoint?] = [
      SVGPoint(x: 0, y: 0), SVGPoint(x: 5, y: 0), SVGPoint(x: 5, y: 5), SVGPoint(x: 0, y: 0),
    ]
    #expect(SVGWriter.pathData([ring], closed: true, clip: everywhere) == "M0 0L5 0L5 5L0 0Z")
  }

  @Test func escapesAttributesAndText() {
    var svg = SVGWriter()
    svg.element("text", ["x": "1", "class": "a\"b"], content: "Raqqa & <Tabqa>")
    #expect(svg.text == "<text x=\"1\" class=\"a&quot;b\">Raqqa &amp; &lt;Tabqa&gt;</text>\n")
  }
}
