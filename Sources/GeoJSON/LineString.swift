/// A LineString's positions (RFC 7946 §3.1.4): two or more.
public struct LineString: Hashable, Sendable {
  /// The positions, at least two.
  public let positions: [Position]

  /// Throws `GeoJSONError` with code `.tooFewPositions` for fewer than two positions.
  public init(_ positions: [Position]) throws(GeoJSONError) {
    guard positions.count >= 2 else {
      throw GeoJSONError(
        .tooFewPositions, "a LineString needs at least 2 positions, got \(positions.count)")
    }
    self.positions = positions
  }
}

/// A closed ring of a Polygon (RFC 7946 §3.1.6): four or more positions, first equal to last.
public struct LinearRing: Hashable, Sendable {
  /// The positions, at least four, the last equal to the first.
  public let positions: [Position]

  /// Throws `GeoJSONError` (`.tooFewPositions`, `.ringNotClosed`) when the ring is invalid.
  public init(_ positions: [Position]) throws(GeoJSONError) {
    guard positions.count >= 4 else {
      throw GeoJSONError(
        .tooFewPositions, "a linear ring needs at least 4 positions, got \(positions.count)")
    }
    guard positions.first == positions.last else {
      throw GeoJSONError(.ringNotClosed, "a linear ring must end at its first position")
    }
    self.positions = positions
  }

  /// Twice the signed planar area in coordinate units (positive when counterclockwise), the
  /// shoelace formula; used for winding only.
  public var signedDoubleArea: Double {
    var sum = 0.0
    for index in 0..<(positions.count - 1) {
      let a = positions[index]
      let b = positions[index + 1]
      sum += (b.longitude - a.longitude) * (b.latitude + a.latitude)
    }
    return -sum
  }

  /// Whether the ring runs counterclockwise in lon/lat (RFC 7946 §3.1.6 exterior winding).
  public var isCounterclockwise: Bool { signedDoubleArea > 0 }

  /// The ring with its order reversed.
  public var reversed: LinearRing {
    // Reversing keeps closure and count, so the invariant holds.
    LinearRing(unchecked: positions.reversed())
  }

  init(unchecked positions: [Position]) {
    self.positions = positions
  }
}

/// A Polygon (RFC 7946 §3.1.6): an exterior ring followed by holes.
public struct Polygon: Hashable, Sendable {
  /// The exterior ring first, then the interior rings (holes). Empty only for an empty
  /// Polygon, which RFC 7946 §3.1 allows.
  public let rings: [LinearRing]

  public init(_ rings: [LinearRing]) {
    self.rings = rings
  }

  /// The polygon with its exterior counterclockwise and holes clockwise (RFC 7946 §3.1.6).
  public var rewoundToRightHandRule: Polygon {
    Polygon(
      rings.enumerated().map { index, ring in
        let wantCounterclockwise = index == 0
        return ring.isCounterclockwise == wantCounterclockwise ? ring : ring.reversed
      })
  }
}
