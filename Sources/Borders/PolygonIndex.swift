import GeoJSON

/// Point-in-polygon for the rings of one country: even–odd ray casting in longitude/latitude
/// (the planar edges Natural Earth's polygons are drawn with), with the ring edges bucketed
/// into latitude bands so a query tests only the few edges that cross its band.
///
/// Holes and MultiPolygon parts need no special case: parts do not overlap, so counting
/// crossings over every ring of every part gives the right parity.
struct PolygonIndex: Hashable, Sendable {
  /// West, south, east and north edges of the polygons, degrees.
  let west: Double
  let south: Double
  let east: Double
  let north: Double
  /// Edges as (x1, y1, x2, y2) quadruples, degrees; horizontal edges are left out because a
  /// horizontal ray never crosses them.
  private let edges: [Double]
  /// `bandStart[b]..<bandStart[b + 1]` indexes `bandEdges` for band `b` (CSR layout).
  private let bandStart: [Int32]
  private let bandEdges: [Int32]
  private let bandHeight: Double

  /// Aim for about this many edges per band; fewer bands waste time, more waste memory.
  private static let edgesPerBand = 4
  private static let maximumBands = 1 << 16

  init(polygons: [Polygon]) {
    var edges: [Double] = []
    var west = Double.infinity
    var south = Double.infinity
    var east = -Double.infinity
    var north = -Double.infinity
    for ring in polygons.lazy.flatMap(\.rings) {
      for (a, b) in zip(ring.positions, ring.positions.dropFirst()) {
        west = min(west, a.longitude, b.longitude)
        east = max(east, a.longitude, b.longitude)
        south = min(south, a.latitude, b.latitude)
        north = max(north, a.latitude, b.latitude)
        if a.latitude != b.latitude {
          edges += [a.longitude, a.latitude, b.longitude, b.latitude]
        }
      }
    }
    let edgeCount = edges.count / 4
    let bandCount = max(1, min(Self.maximumBands, edgeCount / Self.edgesPerBand))
    let height = north > south ? (north - south) / Double(bandCount) : 1
    func bands(of edge: Int) -> ClosedRange<Int> {
      let low = min(edges[4 * edge + 1], edges[4 * edge + 3])
      let high = max(edges[4 * edge + 1], edges[4 * edge + 3])
      let first = min(bandCount - 1, max(0, Int((low - south) / height)))
      let last = min(bandCount - 1, max(0, Int((high - south) / height)))
      return first...last
    }
    var counts = [Int32](repeating: 0, count: bandCount + 1)
    for edge in 0..<edgeCount { for band in bands(of: edge) { counts[band + 1] += 1 } }
    for band in 0..<bandCount { counts[band + 1] += counts[band] }
    var fill = counts
    var members = [Int32](repeating: 0, count: Int(counts[bandCount]))
    for edge in 0..<edgeCount {
      for band in bands(of: edge) {
        members[Int(fill[band])] = Int32(edge)
        fill[band] += 1
      }
    }
    self.west = west
    self.south = south
    self.east = east
    self.north = north
    self.edges = edges
    bandStart = counts
    bandEdges = members
    bandHeight = height
  }

  /// Whether the bounding box contains the position (a cheap prefilter).
  func boxContains(longitude: Double, latitude: Double) -> Bool {
    longitude >= west && longitude <= east && latitude >= south && latitude <= north
  }

  /// Whether the polygons contain the position (even–odd rule; points exactly on an edge may
  /// go either way).
  /// - Parameters: longitude and latitude in degrees.
  func contains(longitude x: Double, latitude y: Double) -> Bool {
    guard boxContains(longitude: x, latitude: y) else { return false }
    let bandCount = bandStart.count - 1
    let band = min(bandCount - 1, max(0, Int((y - south) / bandHeight)))
    var inside = false
    edges.withUnsafeBufferPointer { e in
      bandEdges.withUnsafeBufferPointer { members in
        for slot in Int(bandStart[band])..<Int(bandStart[band + 1]) {
          let base = 4 * Int(members[slot])
          let x1 = e[base]
          let y1 = e[base + 1]
          let x2 = e[base + 2]
          let y2 = e[base + 3]
          if (y1 > y) != (y2 > y), x < x1 + (y - y1) * (x2 - x1) / (y2 - y1) {
            inside.toggle()
          }
        }
      }
    }
    return inside
  }
}
