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
        let x =
          current.x + (point.y - current.y) * (previous.x - current.x) / (previous.y - current.y)
        if point.x < x { inside.toggle() }
      }
      previous = current
    }
    return inside
  }

  /// The polygon with points added along edges longer than `maximumSegment` metres.
  ///
  /// A straight edge in the projection is a curve in longitude/latitude: over 1 km it bows
  /// about 1.5 cm away from the chord a reader draws between its unprojected ends, over
  /// 20 km about 5 m. Short segments keep a vertex that lies a few centimetres from an edge
  /// on the same side once unprojected.
  func densified(maximumSegment: Double) -> PlanarPolygon {
    PlanarPolygon(
      rings: rings.map { ring in
        guard let first = ring.first else { return ring }
        var result = [first]
        for (a, b) in zip(ring, ring.dropFirst()) {
          let length = a.squaredDistance(to: b).squareRoot()
          let steps = Int((length / maximumSegment).rounded(.up))
          if steps > 1 {
            for step in 1..<steps { result.append(a + (b - a) * (Double(step) / Double(steps))) }
          }
          result.append(b)
        }
        return result
      })
  }
}
