/// A polygon in the local projection: the exterior ring first, then holes; every ring
/// closed (first point repeated last).
struct PlanarPolygon: Hashable, Sendable {
  var rings: [[PlanarPoint]]

  /// Area, m²: the exterior's less the holes', whatever the rings' orientation.
  var area: Double {
    var total = 0.0
    for (index, ring) in rings.enumerated() {
      let area = abs(Self.signedDoubleArea(ring)) / 2
      total += index == 0 ? area : -area
    }
    return total
  }

  /// Twice the signed area of a ring (shoelace), positive when counterclockwise, m².
  static func signedDoubleArea(_ ring: [PlanarPoint]) -> Double {
    guard ring.count >= 3 else { return 0 }
    var sum = 0.0
    var previous = ring[ring.count - 1]
    for point in ring {
      sum += previous.cross(point)
      previous = point
    }
    return sum
  }

  /// Whether `point` is inside `ring` (even–odd crossings); a point on the ring may go
  /// either way.
  static func ring(_ ring: [PlanarPoint], contains point: PlanarPoint) -> Bool {
    var inside = false
    var previous = ring[ring.count - 1]
    for current in ring {
      if (current.y > point.y) != (previous.y > point.y) {
        let x = current.x + (point.y - current.y) * (previous.x - current.x) / (previous.y - current.y)
        if point.x < x { inside.toggle() }
      }
      previous = current
    }
    return inside
  }
}
