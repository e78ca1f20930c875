/// A bounding-volume hierarchy over geodesic segments in ECEF space, for nearest-segment
/// queries that touch only the few segments that can be nearest.
///
/// Each segment's box holds its chord widened by its sagitta, so it holds the whole geodesic
/// arc; the distance from a point to a box is then a lower bound on the chord to anything
/// inside, and so (through `EllipsoidFrame.arcLowerBound`) on the geodesic distance. Leaves
/// hold up to `leafSize` segments (median splits leave 2 to 4, 3.4 on average), so the tree
/// has about 2n/3.4 nodes of 56 bytes and depth log2(n/3.4) + 1: for the 69,315 segments of
/// Natural Earth's world boundary file, 40,325 nodes (2.3 MB) and depth 16, and a query
/// stack of 48 entries is never near full.
struct SegmentIndex: Sendable {
  struct Node: Sendable {
    var low: Vector3
    var high: Vector3
    /// For a leaf, the first slot in `order`; otherwise the index of the left child (the
    /// right child follows it).
    var first: Int32
    /// Segments in a leaf; zero for an inner node.
    var count: Int32
  }

  static let leafSize = 4
  private(set) var nodes: [Node] = []
  /// Segment indexes in leaf order.
  private(set) var order: [Int32] = []

  /// - Parameters:
  ///   - low, high: per segment, the corners of a box that holds the whole segment.
  init(low: [Vector3], high: [Vector3]) {
    precondition(low.count == high.count, "one box per segment")
    order = (0..<Int32(low.count)).map { $0 }
    guard !low.isEmpty else { return }
    nodes.reserveCapacity(2 * low.count / Self.leafSize + 1)
    nodes.append(Node(low: .zero, high: .zero, first: 0, count: 0))
    build(node: 0, range: 0..<low.count, low: low, high: high)
  }

  private mutating func build(node: Int, range: Range<Int>, low: [Vector3], high: [Vector3]) {
    var boxLow = Vector3(x: .infinity, y: .infinity, z: .infinity)
    var boxHigh = Vector3(x: -.infinity, y: -.infinity, z: -.infinity)
    for slot in range {
      let segment = Int(order[slot])
      boxLow = Vector3(
        x: min(boxLow.x, low[segment].x), y: min(boxLow.y, low[segment].y),
        z: min(boxLow.z, low[segment].z))
      boxHigh = Vector3(
        x: max(boxHigh.x, high[segment].x), y: max(boxHigh.y, high[segment].y),
        z: max(boxHigh.z, high[segment].z))
    }
    nodes[node].low = boxLow
    nodes[node].high = boxHigh
    guard range.count > Self.leafSize else {
      nodes[node].first = Int32(range.lowerBound)
      nodes[node].count = Int32(range.count)
      return
    }
    // Median split along the longest side of the box of segment centres.
    let extent = boxHigh - boxLow
    let axis: KeyPath<Vector3, Double> =
      extent.x >= extent.y && extent.x >= extent.z ? \.x : (extent.y >= extent.z ? \.y : \.z)
    let middle = range.lowerBound + range.count / 2
    var slice = Array(order[range])
    slice.sort { a, b in
      low[Int(a)][keyPath: axis] + high[Int(a)][keyPath: axis]
        < low[Int(b)][keyPath: axis] + high[Int(b)][keyPath: axis]
    }
    order.replaceSubrange(range, with: slice)
    let left = nodes.count
    nodes.append(Node(low: .zero, high: .zero, first: 0, count: 0))
    nodes.append(Node(low: .zero, high: .zero, first: 0, count: 0))
    nodes[node].first = Int32(left)
    build(node: left, range: range.lowerBound..<middle, low: low, high: high)
    build(node: left + 1, range: middle..<range.upperBound, low: low, high: high)
  }

  /// Squared distance from `p` to a box, square metres (zero inside).
  @inline(__always)
  static func boxDistanceSquared(_ p: Vector3, _ node: Node) -> Double {
    let dx = max(node.low.x - p.x, 0, p.x - node.high.x)
    let dy = max(node.low.y - p.y, 0, p.y - node.high.y)
    let dz = max(node.low.z - p.z, 0, p.z - node.high.z)
    return dx * dx + dy * dy + dz * dz
  }

  /// Visits leaves nearest-box-first, depth first, skipping every node whose box is farther
  /// than the chord length `limit` (metres) holds at the time; `visit` gets each leaf's
  /// segment indexes and may lower `limit`.
  @inline(__always)
  func forEachLeaf(
    near p: Vector3, limit: inout Double,
    _ visit: (UnsafeBufferPointer<Int32>, inout Double) -> Void
  ) {
    guard !nodes.isEmpty else { return }
    nodes.withUnsafeBufferPointer { nodes in
      order.withUnsafeBufferPointer { order in
        withUnsafeTemporaryAllocation(of: (Int32, Double).self, capacity: 48) { stack in
          stack[0] = (0, Self.boxDistanceSquared(p, nodes[0]))
          var top = 1
          while top > 0 {
            top -= 1
            let (index, distanceSquared) = stack[top]
            if distanceSquared > limit * limit { continue }
            let node = nodes[Int(index)]
            if node.count > 0 {
              let leaf = UnsafeBufferPointer(
                rebasing: order[Int(node.first)..<Int(node.first + node.count)])
              visit(leaf, &limit)
              continue
            }
            let left = Int(node.first)
            let leftDistance = Self.boxDistanceSquared(p, nodes[left])
            let rightDistance = Self.boxDistanceSquared(p, nodes[left + 1])
            // Push the far child first so the near one is explored first.
            if leftDistance <= rightDistance {
              stack[top] = (Int32(left + 1), rightDistance)
              stack[top + 1] = (Int32(left), leftDistance)
            } else {
              stack[top] = (Int32(left), leftDistance)
              stack[top + 1] = (Int32(left + 1), rightDistance)
            }
            top += 2
          }
        }
      }
    }
  }
}
