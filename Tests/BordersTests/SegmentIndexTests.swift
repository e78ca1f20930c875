import GeoJSON
import Testing

@testable import Borders

@Suite struct SegmentIndexTests {
  /// The index sized for the whole world file: Natural Earth's 69,315 land boundary
  /// segments.
  @Test func theWorldFileIndexIsBalanced() throws {
    let lines = TestData.library.catalog.lines.flatMap(\.parts)
    let engine = try BorderDistance(polylines: lines)
    #expect(engine.segmentCount == 69_315)
    // Too many segments for the candidate grid: the world file uses the index alone.
    #expect(engine.grid == nil)
    let leaves = engine.index.nodes.filter { $0.count > 0 }
    #expect(leaves.allSatisfy { $0.count <= Int32(SegmentIndex.leafSize) })
    // Median splits leave 2 to 4 segments per leaf (3.4 on average): about 40,000 nodes for
    // the world file, as SegmentIndex documents.
    #expect(engine.index.nodes.count < 2 * 69_315 / 3)
    #expect(depth(engine.index, 0) <= 16)
  }

  func depth(_ index: SegmentIndex, _ node: Int) -> Int {
    let entry = index.nodes[node]
    guard entry.count == 0 else { return 1 }
    return 1 + max(depth(index, Int(entry.first)), depth(index, Int(entry.first) + 1))
  }

  @Test func everySegmentIsInExactlyOneLeaf() throws {
    let engine = try BorderDistance(polylines: TestData.iraqSyriaParts)
    var limit = Double.infinity
    var seen: [Int32] = []
    let p = engine.store.earth.point(latitude: 35, longitude: 41)
    engine.index.forEachLeaf(near: p, limit: &limit) { slots, _ in seen += slots }
    #expect(seen.sorted() == Array(0..<Int32(engine.segmentCount)))
  }

  @Test func boxesHoldTheirWholeSegments() throws {
    let engine = try BorderDistance(polylines: TestData.iraqSyriaParts)
    let store = engine.store
    for node in engine.index.nodes where node.count > 0 {
      for slot in engine.index.order[Int(node.first)..<Int(node.first + node.count)] {
        let segment = store.segments[Int(slot)]
        for k in 0...10 {
          let q = store.lines.position(Int(slot), distance: segment.length * Double(k) / 10)
          let p = store.earth.point(latitude: q.latitude, longitude: q.longitude)
          #expect(SegmentIndex.boxDistanceSquared(p, node) == 0)
        }
      }
    }
  }

  @Test func aTightLimitPrunesFarLeaves() throws {
    let engine = try BorderDistance(polylines: TestData.iraqSyriaParts)
    let p = engine.store.earth.point(latitude: 36.3209, longitude: 41.87656)
    var limit = 40_000.0  // m
    var visited = 0
    engine.index.forEachLeaf(near: p, limit: &limit) { slots, _ in visited += slots.count }
    #expect(visited > 0)
    #expect(visited < engine.segmentCount / 4)
  }
}
