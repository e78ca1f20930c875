/// Which boxes may meet a query box: a uniform grid of buckets over the boxes' extent.
///
/// Diffs compare thousands of small areas with their counterparts in the other snapshot;
/// this finds the few neighbours of each without an overlay of everything.
struct BoxIndex: Sendable {
  private let boxes: [PlanarBox]
  private let minX: Double
  private let minY: Double
  private let cellSize: Double
  private let columns: Int
  private let rows: Int
  private var buckets: [[Int32]]

  init(boxes: [PlanarBox]) {
    self.boxes = boxes
    let extent =
      boxes.dropFirst().reduce(boxes.first ?? PlanarBox(minX: 0, minY: 0, maxX: 1, maxY: 1)) {
        $0.union($1)
      }
    let width = max(extent.maxX - extent.minX, 1)
    let height = max(extent.maxY - extent.minY, 1)
    let side = max((width * height / Double(max(boxes.count, 1))).squareRoot(), 1)
    minX = extent.minX
    minY = extent.minY
    cellSize = side
    columns = min(Int(width / side) + 1, 2048)
    rows = min(Int(height / side) + 1, 2048)
    buckets = Array(repeating: [], count: columns * rows)
    for (index, box) in boxes.enumerated() {
      let (columnRange, rowRange) = cells(of: box)
      for row in rowRange {
        for column in columnRange { buckets[row * columns + column].append(Int32(index)) }
      }
    }
  }

  /// The indices of the boxes that meet `box`, ascending.
  func candidates(meeting box: PlanarBox) -> [Int] {
    let (columnRange, rowRange) = cells(of: box)
    var found: Set<Int> = []
    for row in rowRange {
      for column in columnRange {
        for index in buckets[row * columns + column] where boxes[Int(index)].intersects(box) {
          found.insert(Int(index))
        }
      }
    }
    return found.sorted()
  }

  private func cells(of box: PlanarBox) -> (ClosedRange<Int>, ClosedRange<Int>) {
    func clamp(_ value: Double, _ limit: Int) -> Int {
      guard value.isFinite else { return value > 0 ? limit - 1 : 0 }
      return min(max(Int(value.rounded(.down)), 0), limit - 1)
    }
    let columnRange =
      clamp((box.minX - minX) / cellSize, columns)...clamp((box.maxX - minX) / cellSize, columns)
    let rowRange =
      clamp((box.minY - minY) / cellSize, rows)...clamp((box.maxY - minY) / cellSize, rows)
    return (columnRange, rowRange)
  }
}
