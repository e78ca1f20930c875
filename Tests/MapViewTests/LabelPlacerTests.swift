import Testing

@testable import MapView

@Suite struct LabelPlacerTests {
  private let bounds = SVGRect(x: 0, y: 0, width: 400, height: 300)

  private func request(_ text: String, at point: SVGPoint, priority: Int = 1) -> LabelPlacer.Request
  {
    LabelPlacer.Request(
      text: text, priority: priority,
      candidates: LabelPlacer.around(point, radius: 5, fontSize: 11), fontSize: 11)
  }

  @Test func prefersTheRightOfTheMarker() {
    var placer = LabelPlacer(bounds: bounds, obstacles: [])
    let placed = placer.place([request("Taru", at: SVGPoint(x: 100, y: 100))])
    #expect(placed.map(\.candidate.anchor) == [.start])
  }

  @Test func movesALabelThatWouldOverlap() {
    var placer = LabelPlacer(bounds: bounds, obstacles: [])
    let placed = placer.place([
      request("Umm Jrais", at: SVGPoint(x: 100, y: 100), priority: 0),
      request("Taru", at: SVGPoint(x: 112, y: 100)),
    ])
    #expect(placed.count == 2)
    #expect(!placed[0].box.intersects(placed[1].box))
    #expect(placed.first { $0.text == "Taru" }?.candidate.anchor != .start)
  }

  @Test func dropsALabelWithNowhereToGo() {
    let point = SVGPoint(x: 100, y: 100)
    let everywhere = SVGRect(x: 0, y: 0, width: 400, height: 300)
    var placer = LabelPlacer(bounds: bounds, obstacles: [everywhere])
    #expect(placer.place([request("Sinjar", at: point)]).isEmpty)
  }

  @Test func keepsLabelsInsideTheBounds() {
    var placer = LabelPlacer(bounds: bounds, obstacles: [])
    let placed = placer.place([request("Qamishli", at: SVGPoint(x: 395, y: 150))])
    #expect(placed.map(\.candidate.anchor) == [.end])
    #expect(placed.allSatisfy { bounds.contains($0.box) })
  }

  @Test func higherPriorityWinsWhateverTheOrder() {
    let point = SVGPoint(x: 100, y: 100)
    let blockers = [
      SVGRect(x: 0, y: 0, width: 400, height: 90), SVGRect(x: 0, y: 110, width: 400, height: 190),
      SVGRect(x: 0, y: 0, width: 90, height: 300),
    ]
    var placer = LabelPlacer(bounds: bounds, obstacles: blockers)
    let placed = placer.place([
      request("Minor", at: point, priority: 5), request("Major", at: point, priority: 0),
    ])
    #expect(placed.map(\.text) == ["Major"])
  }
}
