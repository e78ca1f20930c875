import Testing

@testable import Territory

@Suite struct BoxIndexTests {
  @Test func candidatesAreExactlyTheMeetingBoxes() {
    var random = SplitMix(seed: 5)
    let boxes = (0..<400).map { _ in
      let x = random.unit() * 10_000
      let y = random.unit() * 10_000
      let size = random.unit() * (random.unit() < 0.05 ? 5_000 : 300)
      return PlanarBox(minX: x, minY: y, maxX: x + size, maxY: y + size)
    }
    let index = BoxIndex(boxes: boxes)
    for _ in 0..<100 {
      let x = random.unit() * 12_000 - 1_000
      let y = random.unit() * 12_000 - 1_000
      let query = PlanarBox(minX: x, minY: y, maxX: x + 500, maxY: y + 200)
      #expect(
        index.candidates(meeting: query) == boxes.indices.filter { boxes[$0].intersects(query) })
    }
  }
}
