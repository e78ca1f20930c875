/// Nearest-site queries over a uniform grid of buckets (about two sites a bucket).
///
/// Matches GEOS's Voronoi cells, which come back in no particular order, to their sites (a
/// point inside a cell is nearer its site than any other, by definition), and finds the
/// neighbour across a cell edge (the reflection of the site in the edge).
struct SiteIndex: Sendable {
  let points: [PlanarPoint]
  private let minX: Double
  private let minY: Double
  private let cellSize: Double
  private let columns: Int
  private let rows: Int
  /// Bucket `b` holds `items[starts[b]..<starts[b + 1]]` (compressed rows).
  private let starts: [Int]
  private let items: [Int32]

  init(points: [PlanarPoint]) {
    self.points = points
    let box = PlanarBox(points) ?? PlanarBox(minX: 0, minY: 0, maxX: 0, maxY: 0)
    let width = max(box.maxX - box.minX, 1)
    let height = max(box.maxY - box.minY, 1)
    let side = max((width * height * 2 / Double(max(points.count, 1))).squareRoot(), 1)
    minX = box.minX
    minY = box.minY
    cellSize = side
    columns = min(Int(width / side) + 1, 4096)
    rows = min(Int(height / side) + 1, 4096)
    var counts = [Int](repeating: 0, count: columns * rows + 1)
    var buckets: [Int] = []
    buckets.reserveCapacity(points.count)
    let (minX, minY, columns, rows) = (minX, minY, columns, rows)
    func bucket(_ point: PlanarPoint) -> Int {
      let column = min(max(Int((point.x - minX) / side), 0), columns - 1)
      let row = min(max(Int((point.y - minY) / side), 0), rows - 1)
      return row * columns + column
    }
    for point in points {
      let index = bucket(point)
      buckets.append(index)
      counts[index + 1] += 1
    }
    for index in 1..<counts.count { counts[index] += counts[index - 1] }
    var fill = counts
    var items = [Int32](repeating: 0, count: points.count)
    for (site, index) in buckets.enumerated() {
      items[fill[index]] = Int32(site)
      fill[index] += 1
    }
    starts = counts
    self.items = items
  }

  /// The index of the site nearest to `query` (ties: any); `nil` when there are none.
  func nearest(to query: PlanarPoint) -> Int? {
    guard !points.isEmpty else { return nil }
    let column = min(max(Int(((query.x - minX) / cellSize).rounded(.down)), 0), columns - 1)
    let row = min(max(Int(((query.y - minY) / cellSize).rounded(.down)), 0), rows - 1)
    var best = -1
    var bestDistance = Double.infinity
    var ring = 0
    while ring <= max(columns, rows) {
      scanRing(ring, column: column, row: row, query: query, best: &best, distance: &bestDistance)
      // Every site in a farther ring is at least `ring · cellSize` away from the query's
      // bucket; the query may lie outside its (clamped) bucket, so measure from the bucket.
      if best >= 0 {
        let reach = Double(ring) * cellSize - outsideDistance(query, column: column, row: row)
        if reach > 0, reach * reach >= bestDistance { break }
      }
      ring += 1
    }
    return best >= 0 ? best : nil
  }

  private func scanRing(
    _ ring: Int, column: Int, row: Int, query: PlanarPoint, best: inout Int,
    distance: inout Double
  ) {
    let rowRange = max(row - ring, 0)...min(row + ring, rows - 1)
    let columnRange = max(column - ring, 0)...min(column + ring, columns - 1)
    for r in rowRange {
      let onEdgeRow = r == row - ring || r == row + ring
      for c in columnRange where onEdgeRow || c == column - ring || c == column + ring {
        let bucket = r * columns + c
        for slot in starts[bucket]..<starts[bucket + 1] {
          let site = Int(items[slot])
          let squared = points[site].squaredDistance(to: query)
          if squared < distance {
            distance = squared
            best = site
          }
        }
      }
    }
  }

  /// How far `query` lies outside its bucket (zero inside), metres.
  private func outsideDistance(_ query: PlanarPoint, column: Int, row: Int) -> Double {
    let left = minX + Double(column) * cellSize
    let bottom = minY + Double(row) * cellSize
    let dx = max(left - query.x, 0, query.x - (left + cellSize))
    let dy = max(bottom - query.y, 0, query.y - (bottom + cellSize))
    return (dx * dx + dy * dy).squareRoot()
  }
}
