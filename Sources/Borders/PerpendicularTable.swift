import Projection

/// Geodesics leaving each segment at right angles, prepared once (`geod_lineinit`) at
/// evenly spaced feet, with each foot's surface frame. A segment query then costs one
/// `geod_genposition` along the perpendicular of the nearest foot instead of finding the
/// foot on the segment (`geod_genposition`) and leaving it (`geod_gendirect`, which also
/// sets up a new line; Karney 2013 §4).
///
/// A segment of length L gets ⌈L/spacing⌉ feet at the middles of equal parts, so a point is
/// at most half a spacing along the line from the foot it uses; the spacing is the finest
/// the line budget allows.
struct PerpendicularTable: Sendable {
  /// A foot: where a perpendicular leaves its segment, and the frame there.
  struct Foot: Sendable {
    /// The foot in ECEF.
    var point: Vector3
    /// Unit tangents of the segment's geodesic and of the perpendicular (to the right).
    var along: Vector3
    var right: Vector3
    /// Radius of curvature of the normal section along the perpendicular, metres.
    var radius: Double
    /// Distance of the foot from the segment start, metres.
    var distance: Double
  }

  /// Per segment, the index of its first foot; the last entry is the total.
  let firstFoot: [Int32]
  let feet: [Foot]
  /// The perpendicular of each foot, leaving it to the right.
  let lines: GeodesicLines

  static let finestSpacing = 1_000.0  // m
  /// About 4 MB of `geod_geodesicline`s beyond one per segment.
  static let lineBudget = 8_192

  /// - Parameters:
  ///   - store: the polylines whose segments get perpendiculars.
  ///   - finestSpacing: the distance between feet when the budget allows it, metres.
  ///   - lineBudget: the number of lines above which the spacing widens.
  init(
    store: PolylineSet, finestSpacing: Double = Self.finestSpacing,
    lineBudget: Int = Self.lineBudget
  ) {
    let total = store.segments.reduce(0) { $0 + $1.length }
    let spacing = max(finestSpacing, total / Double(lineBudget))
    var firstFoot: [Int32] = []
    var feet: [Foot] = []
    var lines = GeodesicLines()
    firstFoot.reserveCapacity(store.segments.count + 1)
    for (index, segment) in store.segments.enumerated() {
      firstFoot.append(Int32(feet.count))
      let count = max(1, Int((segment.length / spacing).rounded(.up)))
      for k in 0..<count {
        let distance = (Double(k) + 0.5) * segment.length / Double(count)
        let foot = store.lines.position(index, distance: distance)
        let frame = store.earth.frame(latitude: foot.latitude, longitude: foot.longitude)
        let (sinAlpha, cosAlpha) = EllipsoidFrame.sinCos(degrees: foot.finalAzimuth)
        // Azimuth α + 90°: sine cos α, cosine −sin α.
        feet.append(
          Foot(
            point: frame.point, along: frame.direction(sin: sinAlpha, cos: cosAlpha),
            right: frame.direction(sin: cosAlpha, cos: -sinAlpha),
            radius: frame.sectionRadius(sin: cosAlpha, cos: -sinAlpha), distance: distance))
        lines.append(
          GeodesicLine(
            store.geodesic, latitude: foot.latitude, longitude: foot.longitude,
            azimuth: foot.finalAzimuth + 90))
      }
    }
    firstFoot.append(Int32(feet.count))
    self.firstFoot = firstFoot
    self.feet = feet
    self.lines = lines
  }

  /// The foot of a segment nearest to a distance along it, as an index into `feet` and
  /// `lines`.
  /// - Parameters:
  ///   - along: metres from the segment start, within the segment.
  ///   - length: the segment's length, metres.
  @inline(__always)
  func foot(segment: Int, along: Double, length: Double) -> Int {
    let first = Int(firstFoot[segment])
    let count = Int(firstFoot[segment + 1]) - first
    guard length > 0 else { return first }
    return first + min(count - 1, max(0, Int(along / length * Double(count))))
  }
}
