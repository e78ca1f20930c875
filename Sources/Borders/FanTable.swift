import Projection

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Geodesics leaving each vertex at evenly spaced azimuths, prepared once (`geod_lineinit`)
/// over the wedge of directions in which the vertex can be the nearest point of its
/// polyline. A vertex query then costs one `geod_genposition` along the fan line nearest in
/// azimuth instead of a `geod_gendirect`, which also sets up a new line (Karney 2013 §4).
///
/// The wedge of a vertex is where the perpendiculars at the ends of its two segments leave
/// room for it: half the plane beyond the end of a polyline, the angle the line turns by at
/// an inner vertex, all round for a lone point; widened by `padding` on both sides, since
/// the starting azimuth is a tangent-plane estimate. Lines outside it would never be used.
/// All fans share one angular step, the finest the line budget allows.
struct FanTable: Sendable {
  /// The fan of one vertex: `count` lines from `first`, the first at azimuth `start`.
  struct Fan: Sendable {
    var first: Int32
    var count: Int32
    /// Degrees clockwise from north.
    var start: Double
  }

  /// Angle between neighbouring lines of a fan, degrees.
  let step: Double
  /// One fan per vertex of the polyline set.
  let fans: [Fan]
  let lines: GeodesicLines

  static let padding = 1.0  // degrees
  static let finestStep = 0.25  // degrees
  /// About 4 MB of `geod_geodesicline`s.
  static let lineBudget = 8_192

  /// - Parameters:
  ///   - store: the polylines whose vertices get fans.
  ///   - finestStep: the angle between fan lines when the budget allows it, degrees.
  ///   - lineBudget: the number of lines above which the step widens.
  init(store: PolylineSet, finestStep: Double = Self.finestStep, lineBudget: Int = Self.lineBudget)
  {
    let wedges = Self.wedges(store)
    let total = wedges.reduce(0) { $0 + $1.width }
    let step = max(finestStep, total / Double(lineBudget))
    var fans: [Fan] = []
    var lines = GeodesicLines()
    fans.reserveCapacity(wedges.count)
    for (vertex, wedge) in zip(store.vertices, wedges) {
      let count = Int((wedge.width / step).rounded(.up)) + 1
      fans.append(Fan(first: Int32(lines.count), count: Int32(count), start: wedge.start))
      for k in 0..<count {
        lines.append(
          GeodesicLine(
            store.geodesic, latitude: vertex.latitude, longitude: vertex.longitude,
            azimuth: wedge.start + Double(k) * step))
      }
    }
    self.step = step
    self.fans = fans
    self.lines = lines
  }

  /// The line of a vertex's fan nearest to an azimuth (an index into `lines`), with that
  /// line's azimuth; `nil` when the azimuth is outside the fan.
  /// - Parameter azimuth: degrees clockwise from north.
  @inline(__always)
  func line(vertex: Int, azimuth: Double) -> (index: Int, azimuth: Double)? {
    let fan = fans[vertex]
    var offset = (azimuth - fan.start).truncatingRemainder(dividingBy: 360)
    if offset < 0 { offset += 360 }
    let k = Int((offset / step).rounded())
    guard k < Int(fan.count) else { return nil }
    return (Int(fan.first) + k, fan.start + Double(k) * step)
  }

  /// Per vertex, the padded range of azimuths (start and width, degrees) in which the vertex
  /// can be nearest.
  private static func wedges(_ store: PolylineSet) -> [(start: Double, width: Double)] {
    var incoming = [Double?](repeating: nil, count: store.vertices.count)
    var outgoing = [Double?](repeating: nil, count: store.vertices.count)
    for (index, segment) in store.segments.enumerated() where segment.start != segment.end {
      outgoing[Int(segment.start)] = store.lines.position(index, distance: 0).finalAzimuth
      incoming[Int(segment.end)] =
        store.lines.position(index, distance: segment.length).finalAzimuth
    }
    return zip(incoming, outgoing).map { arriving, leaving in
      let wedge: (start: Double, width: Double)
      switch (arriving, leaving) {
      case (let arriving?, let leaving?):
        // The turn, positive clockwise: the wedge lies on the outside of the bend.
        let turn = remainder(leaving - arriving, 360)
        wedge = turn >= 0 ? (arriving - 90, turn) : (arriving + 90 + turn, -turn)
      case (let arriving?, nil): wedge = (arriving - 90, 180)
      case (nil, let leaving?): wedge = (leaving + 90, 180)
      case (nil, nil): return (0, 360)
      }
      return (wedge.start - padding, min(360, wedge.width + 2 * padding))
    }
  }
}
