/// A point in the local projection: easting and northing in metres.
///
/// Laid out as two `Double`s, so an array of them is the interleaved x/y buffer that
/// `GEOSCoordSeq_copyFromBuffer_r` and `GEOSCoordSeq_copyToBuffer_r` read and write.
struct PlanarPoint: Hashable, Sendable {
  var x: Double
  var y: Double

  static func - (a: PlanarPoint, b: PlanarPoint) -> PlanarPoint {
    PlanarPoint(x: a.x - b.x, y: a.y - b.y)
  }

  static func + (a: PlanarPoint, b: PlanarPoint) -> PlanarPoint {
    PlanarPoint(x: a.x + b.x, y: a.y + b.y)
  }

  static func * (a: PlanarPoint, scale: Double) -> PlanarPoint {
    PlanarPoint(x: a.x * scale, y: a.y * scale)
  }

  /// The z component of the cross product: positive when `b` is counterclockwise of `self`.
  func cross(_ b: PlanarPoint) -> Double { x * b.y - y * b.x }

  func dot(_ b: PlanarPoint) -> Double { x * b.x + y * b.y }

  /// Squared distance to `b`, m².
  func squaredDistance(to b: PlanarPoint) -> Double {
    let dx = x - b.x
    let dy = y - b.y
    return dx * dx + dy * dy
  }
}
