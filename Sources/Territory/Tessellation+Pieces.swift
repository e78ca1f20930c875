import Foundation

/// Cutting each cell to its site's reach disc so that neighbouring pieces share their common
/// edge vertex for vertex: a coverage, which `GEOSCoverageUnion_r` dissolves exactly.
///
/// A cell edge is cut where its own disc and the neighbour's disc cross it, both computed on
/// the edge's canonical direction (from its lexicographically smaller end), so the two
/// pieces on either side get bit-identical points and no T-junction. Overlays of pieces that
/// meet along nearly identical edges instead leave slivers and spikes that turn invalid once
/// unprojected to degrees.
extension Tessellation {
  /// The cell of `site` cut to its disc: a closed counterclockwise ring; `nil` when nothing
  /// of positive area is left.
  /// - Parameter discs: every site's reach disc, same order as `sites`.
  func piece(of site: Int, discs: [ConvexPolygon]) -> [PlanarPoint]? {
    let cell = cells[site].vertices
    let disc = discs[site]
    var ring: [PlanarPoint] = []
    for edge in cell.indices {
      let start = cell[edge]
      let end = cell[(edge + 1) % cell.count]
      let ascending = (start.x, start.y) < (end.x, end.y)
      let (p, q) = ascending ? (start, end) : (end, start)
      guard let (low, high) = disc.parameters(ofSegmentFrom: p, to: q) else { continue }
      var cuts = [low, high]
      if let other = neighbours[site][edge],
        let (otherLow, otherHigh) = discs[other].parameters(ofSegmentFrom: p, to: q)
      {
        cuts += [otherLow, otherHigh].filter { $0 > low && $0 < high }
      }
      cuts.sort(by: ascending ? (<) : (>))
      let points = cuts.map { Self.point(p, q, at: $0) }
      if let last = ring.last, last != points[0] {
        appendArc(of: disc, around: sites[site].point, from: last, to: points[0], to: &ring)
      }
      for point in points where point != ring.last { ring.append(point) }
    }
    guard let first = ring.first, let last = ring.last else { return disc.closedRing }
    if last != first {
      appendArc(of: disc, around: sites[site].point, from: last, to: first, to: &ring)
    }
    ring.append(first)
    return ring.count >= 4 && PlanarPolygon.signedDoubleArea(ring) > 0 ? ring : nil
  }

  /// `p + t·(q − p)`, exactly `p` and `q` at the ends.
  private static func point(_ p: PlanarPoint, _ q: PlanarPoint, at t: Double) -> PlanarPoint {
    t == 0 ? p : t == 1 ? q : p + (q - p) * t
  }

  /// Appends the disc's vertices strictly between `from` and `to`, counterclockwise around
  /// the centre (the disc's vertex `k` sits at angle 2πk/n).
  private func appendArc(
    of disc: ConvexPolygon, around centre: PlanarPoint, from: PlanarPoint, to: PlanarPoint,
    to ring: inout [PlanarPoint]
  ) {
    let count = disc.vertices.count
    let step = 2 * Double.pi / Double(count)
    let start = Self.angle(of: from - centre)
    var sweep = Self.angle(of: to - centre) - start
    if sweep <= 0 { sweep += 2 * Double.pi }
    // Angles within a hair of an end belong to the end point itself.
    let hair = 1e-9
    var index = Int((start / step).rounded(.down)) + 1
    while Double(index) * step - start < sweep - hair {
      if Double(index) * step - start > hair { ring.append(disc.vertices[index % count]) }
      index += 1
    }
  }

  /// The angle of a direction, radians in [0, 2π).
  private static func angle(of direction: PlanarPoint) -> Double {
    let angle = atan2(direction.y, direction.x)
    return angle < 0 ? angle + 2 * Double.pi : angle
  }
}
