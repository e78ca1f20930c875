import Foundation

/// A convex polygon in the local projection: vertices counterclockwise, the ring not closed.
///
/// Voronoi cells and reach discs are both convex, so their intersection is a convex clip
/// (Sutherland–Hodgman) done in Swift, far cheaper than a general GEOS overlay for the
/// thousands of small pieces of one snapshot.
struct ConvexPolygon: Hashable, Sendable {
  private(set) var vertices: [PlanarPoint]

  /// - Parameter vertices: counterclockwise, not closed, at least three.
  init(counterclockwise vertices: [PlanarPoint]) {
    self.vertices = vertices
  }

  /// From a closed or open ring of either orientation: drops the closing point and repeated
  /// points, and turns it counterclockwise. Coordinates are kept bit for bit, so the cells of
  /// two neighbours still share their common vertices exactly.
  init(ring: [PlanarPoint]) {
    var points: [PlanarPoint] = []
    points.reserveCapacity(ring.count)
    for point in ring where point != points.last { points.append(point) }
    if points.count > 1, points.first == points.last { points.removeLast() }
    vertices = PlanarPolygon.signedDoubleArea(points) < 0 ? points.reversed() : points
  }

  /// A regular polygon of `segments` vertices standing for a disc of `radius` metres, with
  /// the disc's area: its circumradius is `radius·√(2π / (n·sin(2π/n)))`, so an inscribed
  /// polygon does not shrink every reach by 1 − sin(2π/n)·n/(2π) (0.6 % for 32 vertices).
  ///
  /// Vertices sit at angles 2πk/n from east, as those of `GEOSBuffer_r` around a point.
  static func disc(center: PlanarPoint, radius: Double, segments: Int) -> ConvexPolygon {
    let circumradius = equalAreaCircumradius(radius: radius, segments: segments)
    var vertices: [PlanarPoint] = []
    vertices.reserveCapacity(segments)
    for index in 0..<segments {
      let angle = 2 * Double.pi * Double(index) / Double(segments)
      vertices.append(
        PlanarPoint(
          x: center.x + circumradius * cos(angle), y: center.y + circumradius * sin(angle)))
    }
    return ConvexPolygon(counterclockwise: vertices)
  }

  /// The circumradius of the regular `segments`-gon whose area is π·radius².
  static func equalAreaCircumradius(radius: Double, segments: Int) -> Double {
    let n = Double(segments)
    return radius * (2 * Double.pi / (n * sin(2 * Double.pi / n))).squareRoot()
  }

  /// The ring closed, as GEOS and GeoJSON want it.
  var closedRing: [PlanarPoint] {
    guard let first = vertices.first else { return [] }
    return vertices + [first]
  }

  /// The part of segment `a`–`b` inside the polygon (Cyrus–Beck); `nil` when it misses or
  /// only touches it at one point.
  func clip(segmentFrom a: PlanarPoint, to b: PlanarPoint) -> (PlanarPoint, PlanarPoint)? {
    guard let (low, high) = parameters(ofSegmentFrom: a, to: b) else { return nil }
    let delta = b - a
    return (a + delta * low, a + delta * high)
  }

  /// The parameters `0 ≤ low < high ≤ 1` of the part of segment `a`–`b` (`a + t·(b − a)`)
  /// inside the polygon (Cyrus–Beck); `nil` when it misses or only touches it at one point.
  func parameters(ofSegmentFrom a: PlanarPoint, to b: PlanarPoint) -> (Double, Double)? {
    var low = 0.0
    var high = 1.0
    let delta = b - a
    for index in vertices.indices {
      let start = vertices[index]
      let edge = vertices[(index + 1) % vertices.count] - start
      // Inside is left of every edge: f(t) = cross(edge, a + t·delta − start) ≥ 0.
      let offset = edge.cross(a - start)
      let slope = edge.cross(delta)
      if slope == 0 {
        if offset < 0 { return nil }
      } else if slope > 0 {
        low = max(low, -offset / slope)
      } else {
        high = min(high, -offset / slope)
      }
      if low >= high { return nil }
    }
    return (low, high)
  }

  /// Whether `point` is inside or on the boundary.
  func contains(_ point: PlanarPoint) -> Bool {
    for index in vertices.indices {
      let start = vertices[index]
      let edge = vertices[(index + 1) % vertices.count] - start
      if edge.cross(point - start) < 0 { return false }
    }
    return !vertices.isEmpty
  }
}
