import Testing

@testable import MapView

@Suite struct RectangleClipperTests {
  private let clipper = RectangleClipper(rectangle: SVGRect(x: 0, y: 0, width: 10, height: 10))

  private func points(_ pairs: [(Double, Double)]) -> [SVGPoint] {
    pairs.map { SVGPoint(x: $0.0, y: $0.1) }
  }

  @Test func keepsARingInsideAsItIs() {
    let ring = points([(1, 1), (5, 1), (5, 5), (1, 1)])
    #expect(clipper.clip(ring: ring) == ring)
  }

  @Test func cutsARingToTheRectangle() {
    let ring = points([(-5, -5), (15, -5), (15, 15), (-5, 15), (-5, -5)])
    let clipped = clipper.clip(ring: ring)
    #expect(clipped.allSatisfy { (0...10).contains($0.x) && (0...10).contains($0.y) })
    #expect(
      Set(clipped.map { "\($0.x),\($0.y)" }) == ["0.0,0.0", "10.0,0.0", "10.0,10.0", "0.0,10.0"])
  }

  @Test func dropsARingOutside() {
    #expect(clipper.clip(ring: points([(20, 20), (30, 20), (30, 30), (20, 20)])).isEmpty)
  }

  @Test func cutsALineIntoTheVisibleParts() {
    // In, out across the right side, back in through the bottom.
    let line = points([(5, 5), (15, 5), (15, 8), (5, 12), (5, 8)])
    let parts = clipper.clip(line: line)
    #expect(parts.count == 2)
    #expect(parts[0] == points([(5, 5), (10, 5)]))
    #expect(parts[1].first?.y == 10)
    #expect(parts[1].last == SVGPoint(x: 5, y: 8))
  }

  @Test func keepsALineAcrossTheRectangle() {
    #expect(clipper.clip(line: points([(-5, 5), (15, 5)])) == [points([(0, 5), (10, 5)])])
  }
}
