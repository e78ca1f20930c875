import GeoJSON
import Projection

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Polylines whose segments are geodesics, prepared for exact nearest-point queries: ECEF
/// vertices and chords for bounds, a `GeodesicLine` per segment for positions along it, and
/// the Newton solvers that find the foot of the perpendicular on the ellipsoid.
///
/// The solvers work in the coordinates a geodesic induces around itself (Fermi coordinates:
/// along-track distance s, signed perpendicular distance t) or around a vertex (polar:
/// azimuth, distance). Each step is one `geod_gendirect` from the current guess; the miss
/// from the target, measured in the tangent plane where the step lands, converts to a
/// coordinate update through the geodesic scale M12 or reduced length m12 (Karney 2013 §3).
/// Convergence is quadratic, and the starting values are good to metres even 1,000 km away,
/// so one step usually suffices.
///
/// With `prepareGeodesics()`, that step mostly runs along a geodesic prepared once, a fan
/// line around a vertex or a perpendicular of a segment, and costs one `geod_genposition`
/// instead of a `geod_gendirect`; its miss, up to a few kilometres, is corrected to second
/// order through the same differential quantities.
struct PolylineSet: Sendable {
  struct Vertex: Sendable {
    var frame: LocalFrame
    var latitude: Double
    var longitude: Double
  }

  struct Segment: Sendable {
    /// Unit tangents of the geodesic at its ends.
    var tangentA: Vector3
    var tangentB: Vector3
    /// Geodesic length, metres.
    var length: Double
    /// Vertex indexes of the ends.
    var start: Int32
    var end: Int32
    /// Which input polyline the segment belongs to, and its index there.
    var polyline: Int32
    var indexInPolyline: Int32
  }

  /// The result of one segment solve.
  struct Solution: Sendable {
    /// Geodesic distance to the nearest point of the segment, metres.
    var distance: Double
    /// Distance of the nearest point from the segment start along the geodesic, metres.
    var along: Double
    /// The segment.
    var segment: Int32
    /// The vertex the nearest point is, or −1 when it lies inside the segment.
    var vertex: Int32
    /// Newton steps taken (each one `geod_gendirect`); 0 when one `geod_genposition` along
    /// a prepared geodesic sufficed.
    var iterations: Int
  }

  /// What the bounds need of a segment, packed into one cache line.
  struct Chord: Sendable {
    /// Chord start (ECEF) and chord vector B − A.
    var a: Vector3
    var d: Vector3
    /// 1/|B − A|², zero for a degenerate segment.
    var inverseChordSquared: Double
    /// How far the geodesic can stray from its chord, metres (half the minor axis of the
    /// ellipse with foci A and B and major axis the arc length).
    var sagitta: Double
  }

  let geodesic: Geodesic
  let earth: EllipsoidFrame
  private(set) var vertices: [Vertex] = []
  private(set) var segments: [Segment] = []
  private(set) var chords: [Chord] = []
  private(set) var lines = GeodesicLines()
  /// The positions of every polyline, as given.
  let polylines: [[Position]]
  /// Geodesics prepared once so that most solves take one `geod_genposition`; `nil` until
  /// `prepareGeodesics()`.
  private(set) var fans: FanTable?
  private(set) var perpendiculars: PerpendicularTable?

  /// A step whose miss is at most this is final. Newton squares the miss: after a Fermi step
  /// the next miss is below 1.5e-8/m · miss² (measured from starts up to 1,500 km off), so
  /// the distance after a step that missed by 50 m is good to 0.04 mm; after a polar step
  /// the sideways miss left is below 1.1e-6/m · miss², which changes the distance only by
  /// its square over twice the distance. The convergence tests check both constants.
  static let acceptedMiss = 50.0  // m
  /// Beyond this distance the distance along a segment may stop being convex (geodesic scale
  /// M21 turns negative near a quarter meridian), so a sampled search takes over.
  static let convexReach = 8_000_000.0  // m
  private static let maximumIterations = 12
  /// A step along a prepared geodesic is final when its miss is at most this at right angles
  /// to that geodesic (along the line, or sideways around a vertex) and
  /// `preparedLongitudinalMiss` along it. The step corrects the lateral miss to second order;
  /// what is left is third order, at most 0.03 mm with misses up to these bounds
  /// (`PolylineSetTests.preparedStepsAgreeWithNewton`).
  static let preparedLateralMiss = 5_000.0  // m
  static let preparedLongitudinalMiss = 1_000.0  // m

  init(polylines: [[Position]], geodesic: Geodesic = .wgs84) {
    self.geodesic = geodesic
    self.polylines = polylines
    earth = EllipsoidFrame(
      equatorialRadius: geodesic.equatorialRadius, flattening: geodesic.flattening)
    for (number, positions) in polylines.enumerated() {
      append(polyline: positions, number: Int32(number))
    }
  }

  /// Prepares the fans and perpendiculars (`FanTable`, `PerpendicularTable`): a few
  /// milliseconds and up to about 10 MB, worth it over many queries.
  /// - Parameters:
  ///   - fanStep: the finest angle between fan lines, degrees.
  ///   - footSpacing: the finest distance between perpendiculars, metres.
  mutating func prepareGeodesics(
    fanStep: Double = FanTable.finestStep, footSpacing: Double = PerpendicularTable.finestSpacing
  ) {
    fans = FanTable(store: self, finestStep: fanStep)
    perpendiculars = PerpendicularTable(store: self, finestSpacing: footSpacing)
  }

  private mutating func append(polyline positions: [Position], number: Int32) {
    let first = Int32(vertices.count)
    for position in positions {
      vertices.append(
        Vertex(
          frame: earth.frame(latitude: position.latitude, longitude: position.longitude),
          latitude: position.latitude, longitude: position.longitude))
    }
    let segmentCount = max(1, positions.count - 1)
    for index in 0..<segmentCount {
      let start = first + Int32(index)
      let end = positions.count > 1 ? start + 1 : start
      appendSegment(start: start, end: end, polyline: number, index: Int32(index))
    }
  }

  private mutating func appendSegment(start: Int32, end: Int32, polyline: Int32, index: Int32) {
    let va = vertices[Int(start)]
    let vb = vertices[Int(end)]
    let line = GeodesicLine(
      geodesic, latitude1: va.latitude, longitude1: va.longitude, latitude2: vb.latitude,
      longitude2: vb.longitude)
    let length = line.distance
    let d = vb.frame.point - va.frame.point
    let chord = d.length
    let azimuthA = line.azimuth * (Double.pi / 180)
    let azimuthB = line.position(distance: length).finalAzimuth * (Double.pi / 180)
    // Every point of the arc lies on an ellipse with foci A and B whose major axis is the arc
    // length, so its distance from the chord is at most half the minor axis. A micrometre
    // covers rounding in arc − chord on segments of a few metres.
    let excess = max(0, length - chord)
    let sagitta = (excess * (length + chord)).squareRoot() / 2 + 1e-9 * length + 1e-6
    segments.append(
      Segment(
        tangentA: va.frame.direction(sin: sin(azimuthA), cos: cos(azimuthA)),
        tangentB: vb.frame.direction(sin: sin(azimuthB), cos: cos(azimuthB)),
        length: length, start: start, end: end,
        polyline: polyline, indexInPolyline: index))
    chords.append(
      Chord(
        a: va.frame.point, d: d, inverseChordSquared: chord > 0 ? 1 / (chord * chord) : 0,
        sagitta: sagitta))
    lines.append(line)
  }

  // MARK: Bounds

  /// Distance in ECEF from `p` to the chord of a segment, metres.
  @inline(__always)
  static func chordDistance(_ p: Vector3, _ chord: Chord) -> Double {
    let w = p - chord.a
    let u = min(1, max(0, Vector3.dot(w, chord.d) * chord.inverseChordSquared))
    return (w - u * chord.d).length
  }

  /// Lower and upper bounds on the geodesic distance from `p` to a segment, metres.
  @inline(__always)
  static func bounds(
    _ p: Vector3, _ chord: Chord, _ earth: EllipsoidFrame
  ) -> (lower: Double, upper: Double) {
    let distance = chordDistance(p, chord)
    return (
      earth.arcLowerBound(chord: max(0, distance - chord.sagitta)),
      earth.arcUpperBound(chord: distance + chord.sagitta) + 1e-3
    )
  }

  // MARK: Exact solves

  /// The nearest point of segment `index` to the point `p` (ECEF) at `latitude`/`longitude`.
  /// - Parameter isSettled: says whether a vertex already belongs to a solved segment; when
  ///   the nearest point of this segment is such a vertex, the answer cannot beat that
  ///   segment's, and the solve returns `nil` without computing it.
  func solve(
    segment index: Int, point p: Vector3, latitude: Double, longitude: Double,
    isSettled: (Int32) -> Bool = { _ in false }
  ) -> Solution? {
    let segment = segments[index]
    let chord = Self.chordDistance(p, chords[index])
    if chords[index].inverseChordSquared == 0 || chord > Self.convexReach {
      return sampledSolve(segment: index, latitude: latitude, longitude: longitude)
    }
    let guess = normalSectionFoot(p, segment: segment, chord: chords[index])
    let radius = earth.minimumRadius
    // How far the normal-section foot can be from the geodesic one: the two curves' azimuths
    // differ by about e²/12·(d/R)², and the chord parameter drifts from arc length on long
    // segments; four times both, plus a metre.
    let margin =
      1 + 4 * (earth.e2 / 12) * chord * chord * chord / (radius * radius)
      + segment.length * segment.length * segment.length / (radius * radius)
    if guess < -margin || guess > segment.length + margin {
      let atStart = guess < 0
      let vertex = atStart ? segment.start : segment.end
      if isSettled(vertex) { return nil }
      return vertexSolution(
        Int(vertex), segment: index, along: atStart ? 0 : segment.length, point: p)
    }
    if let perpendiculars, guess >= 0, guess <= segment.length {
      return perpendicularSolve(segment: index, point: p, along: guess, table: perpendiculars)
    }
    return fermiSolve(segment: index, point: p, start: min(segment.length, max(0, guess)))
  }

  /// One `geod_genposition` along the prepared perpendicular whose foot is nearest to the
  /// guess, then the miss from P in the tangent plane where it lands, as in `fermiStep`.
  /// What remains is second order: a point `a` along the curve t = const through the
  /// reached point lies κa²/2 farther out than the tangent there, where κ = −(dM12/dt)/M12
  /// = (1 − M12·M21)/(m12·M12), by the derivatives of m12 and M12 in Karney 2013 §3. When the miss is too large for
  /// that, or the foot leaves the segment, Newton (`fermiSolve`) goes on from there.
  func perpendicularSolve(
    segment index: Int, point p: Vector3, along guess: Double, table: PerpendicularTable
  ) -> Solution {
    let segment = segments[index]
    let k = table.foot(segment: index, along: guess, length: segment.length)
    let foot = table.feet[k]
    let d = p - foot.point
    let sideways = d - Vector3.dot(d, foot.along) * foot.along
    let arc = EllipsoidFrame.arc(chord: sideways.length, radius: foot.radius)
    let across = Vector3.dot(d, foot.right) < 0 ? -arc : arc
    let reached = table.lines.generalPosition(k, distance: across)
    let miss = fermiMiss(reached, point: p)
    let along = foot.distance + miss.along / reached.scale12
    guard abs(miss.along) <= Self.preparedLateralMiss,
      abs(miss.across) <= Self.preparedLongitudinalMiss, along >= 0, along <= segment.length
    else {
      return fermiSolve(
        segment: index, point: p, start: min(segment.length, max(0, along)),
        across: across + miss.across)
    }
    let bend =
      reached.reducedLength == 0
      ? 0 : (1 - reached.scale12 * reached.scale21) / (reached.reducedLength * reached.scale12)
    let distance = across + miss.across - bend * miss.along * miss.along / 2
    return Solution(
      distance: abs(distance), along: along, segment: Int32(index), vertex: -1, iterations: 0)
  }

  /// Where P sees the segment at right angles in 3D: the zero of (P − F(u))·T(u) with F on
  /// the chord and T interpolated between the end tangents. P then lies in the normal
  /// section perpendicular to the line at F, which differs from the perpendicular geodesic
  /// by metres at 500 km. Returns the along-track distance, metres (may be outside the
  /// segment).
  private func normalSectionFoot(_ p: Vector3, segment: Segment, chord: Chord) -> Double {
    let w = p - chord.a
    let dT = segment.tangentB - segment.tangentA
    let c0 = Vector3.dot(w, segment.tangentA)
    let c1 = Vector3.dot(w, dT) - Vector3.dot(chord.d, segment.tangentA)
    let c2 = -Vector3.dot(chord.d, dT)
    guard c1 != 0 else { return 0 }
    var u = -c0 / c1
    for _ in 0..<2 {
      let slope = c1 + 2 * c2 * u
      guard slope != 0 else { break }
      u -= (c0 + c1 * u + c2 * u * u) / slope
    }
    return u * segment.length
  }

  /// Newton in Fermi coordinates (s, t) of the segment's geodesic: the point reached by
  /// going s along the line, then t at right angles (to the right for t > 0).
  /// - Parameter across: a first guess of t, metres; by default the normal section's.
  func fermiSolve(
    segment index: Int, point p: Vector3, start: Double, across: Double? = nil
  ) -> Solution {
    let segment = segments[index]
    var state = FermiState(along: start, across: across)
    var clampedSide = 0
    for iteration in 1...Self.maximumIterations {
      let miss = fermiStep(segment: index, point: p, state: &state)
      if state.along < 0 || state.along > segment.length {
        let side = state.along < 0 ? -1 : 1
        if side == clampedSide {
          let vertex = side < 0 ? segment.start : segment.end
          return vertexSolution(
            Int(vertex), segment: index, along: side < 0 ? 0 : segment.length, point: p)
        }
        clampedSide = side
        state.along = side < 0 ? 0 : segment.length
        continue
      }
      clampedSide = 0
      if miss <= Self.acceptedMiss {
        return Solution(
          distance: abs(state.across ?? 0), along: state.along, segment: Int32(index),
          vertex: -1, iterations: iteration)
      }
    }
    let (latitude, longitude) = geodeticLatitudeLongitude(p)
    return sampledSolve(segment: index, latitude: latitude, longitude: longitude)
  }

  /// Fermi coordinates of the current guess: along-track s and signed across-track t,
  /// metres; `across` is `nil` before the first step, which starts from the normal section.
  struct FermiState {
    var along: Double
    var across: Double?
  }

  /// One Newton step: go to (s, t) with `geod_genposition` and `geod_gendirect`, measure the
  /// miss from P in the tangent plane there, and move (s, t) by it (along-track through the
  /// geodesic scale M12). Returns the miss, metres, before the step.
  func fermiStep(segment index: Int, point p: Vector3, state: inout FermiState) -> Double {
    let foot = lines.position(index, distance: state.along)
    let across = state.across ?? perpendicularGuess(p, foot: foot)
    let reached = geodesic.generalDirect(
      latitude: foot.latitude, longitude: foot.longitude, azimuth: foot.finalAzimuth + 90,
      distance: across)
    let miss = fermiMiss(reached, point: p)
    state.across = across + miss.across
    state.along += miss.along / reached.scale12
    return (miss.across * miss.across + miss.along * miss.along).squareRoot()
  }

  /// The vector from Q, reached along a perpendicular, to P in the tangent plane at Q:
  /// across the line (along the perpendicular's azimuth β) and along it (β − 90°), metres.
  private func fermiMiss(
    _ reached: Geodesic.GeneralPosition, point p: Vector3
  ) -> (across: Double, along: Double) {
    let miss = tangentMiss(reached, point: p)
    return (miss.ahead, -miss.right)
  }

  /// The vector from Q, where a geodesic arrived, to P in the tangent plane at Q: ahead
  /// (along the geodesic's azimuth β) and to its right (β + 90°), metres.
  @inline(__always)
  private func tangentMiss(
    _ reached: Geodesic.GeneralPosition, point p: Vector3
  ) -> (ahead: Double, right: Double) {
    let (sinBeta, cosBeta) = EllipsoidFrame.sinCos(degrees: reached.azimuth)
    let q = earth.frame(latitude: reached.latitude, longitude: reached.longitude)
    let d = p - q.point
    return (
      Vector3.dot(d, q.direction(sin: sinBeta, cos: cosBeta)),
      Vector3.dot(d, q.direction(sin: cosBeta, cos: -sinBeta))
    )
  }

  /// A signed first guess of the perpendicular distance from the foot: the chord turned into
  /// the arc of the normal section at right angles to the line.
  private func perpendicularGuess(_ p: Vector3, foot: Geodesic.Direct) -> Double {
    let frame = earth.frame(latitude: foot.latitude, longitude: foot.longitude)
    let alpha = foot.finalAzimuth * (Double.pi / 180)
    let sinAlpha = sin(alpha)
    let cosAlpha = cos(alpha)
    let d = p - frame.point
    // Azimuth α + 90°: sine cos α, cosine −sin α.
    let right = frame.direction(sin: cosAlpha, cos: -sinAlpha)
    let radius = frame.sectionRadius(sin: cosAlpha, cos: -sinAlpha)
    let arc = EllipsoidFrame.arc(chord: d.length, radius: radius)
    return Vector3.dot(d, right) < 0 ? -arc : arc
  }

  private func vertexSolution(
    _ vertex: Int, segment: Int, along: Double, point p: Vector3
  ) -> Solution {
    let (distance, iterations) = vertexDistance(vertex, point: p)
    return Solution(
      distance: distance, along: along, segment: Int32(segment), vertex: Int32(vertex),
      iterations: iterations)
  }

  /// The geodesic distance from vertex `index` to `p`: one step along a prepared fan line
  /// when it lands close enough (`fanStep`), otherwise Newton in polar coordinates (azimuth
  /// γ, distance t) around the vertex: each step one `geod_gendirect`; the sideways miss
  /// converts to an azimuth change through the reduced length m12.
  /// - Returns: distance in metres, and Newton steps taken.
  func vertexDistance(_ index: Int, point p: Vector3) -> (Double, Int) {
    guard var state = polarStart(index, point: p) else { return (0, 0) }
    if state.distance > Self.convexReach {
      return (vertexInverse(index, point: p), 1)
    }
    if let distance = fanStep(index, point: p, state: &state) { return (distance, 0) }
    for iteration in 1...Self.maximumIterations {
      let miss = polarStep(index, point: p, state: &state)
      if miss <= Self.acceptedMiss { return (state.distance, iteration) }
    }
    return (vertexInverse(index, point: p), Self.maximumIterations + 1)
  }

  /// One `geod_genposition` along the line of the vertex's fan nearest in azimuth to the
  /// guess, then the miss from P in the tangent plane where it lands, as in `polarStep`.
  /// What remains is second order: a point `a` sideways along the geodesic circle through
  /// the reached point lies κa²/2 nearer the vertex than the tangent there, where κ =
  /// m12′/m12 = M21/m12 (Karney 2013 §3).
  /// - Returns: the distance, metres, when the miss is small enough for that; otherwise
  ///   `nil`, with the guess moved by the miss for Newton to go on from (and unchanged when
  ///   the vertex has no fan line for its azimuth).
  func fanStep(_ index: Int, point p: Vector3, state: inout PolarState) -> Double? {
    guard let fans, let fan = fans.line(vertex: index, azimuth: state.azimuth * (180 / .pi))
    else { return nil }
    let reached = fans.lines.generalPosition(fan.index, distance: state.distance)
    let miss = polarMiss(reached, point: p)
    // Pythagoras in the tangent plane, exactly, then the curvature's share of the
    // second-order term: a²/2 · (κ − 1/t).
    let radial = state.distance + miss.radial
    let sidewaysSquared = miss.sideways * miss.sideways
    let distance =
      (radial * radial + sidewaysSquared).squareRoot() + sidewaysSquared / 2
      * (reached.scale21 / reached.reducedLength - 1 / state.distance)
    if abs(miss.sideways) <= Self.preparedLateralMiss,
      abs(miss.radial) <= Self.preparedLongitudinalMiss
    {
      return distance
    }
    state = PolarState(
      azimuth: fan.azimuth * (.pi / 180) + miss.sideways / reached.reducedLength,
      distance: distance)
    return nil
  }

  /// Polar coordinates of the current guess around a vertex: azimuth in radians clockwise
  /// from north, distance in metres.
  struct PolarState {
    var azimuth: Double
    var distance: Double
  }

  /// The first guess: the azimuth of P in the tangent plane at the vertex and the chord
  /// turned into the arc of the normal section along it; `nil` when P is the vertex.
  func polarStart(_ index: Int, point p: Vector3) -> PolarState? {
    let frame = vertices[index].frame
    let d = p - frame.point
    let chord = d.length
    guard chord > 0 else { return nil }
    let east = Vector3.dot(d, frame.east)
    let north = Vector3.dot(d, frame.north)
    let horizontal = (east * east + north * north).squareRoot()
    let radius =
      horizontal > 0
      ? frame.sectionRadius(sin: east / horizontal, cos: north / horizontal)
      : frame.meridianRadius
    return PolarState(
      azimuth: atan2(east, north), distance: EllipsoidFrame.arc(chord: chord, radius: radius))
  }

  /// One Newton step around vertex `index`: go to (γ, t) with `geod_gendirect`, measure the
  /// miss from P in the tangent plane there, and move (γ, t) by it. Returns the miss, metres,
  /// before the step.
  func polarStep(_ index: Int, point p: Vector3, state: inout PolarState) -> Double {
    let vertex = vertices[index]
    let reached = geodesic.generalDirect(
      latitude: vertex.latitude, longitude: vertex.longitude,
      azimuth: state.azimuth * (180 / Double.pi), distance: state.distance)
    let miss = polarMiss(reached, point: p)
    // The sideways miss adds sideways²/2t to the distance (Pythagoras in the tangent plane).
    state.distance += miss.radial + miss.sideways * miss.sideways / (2 * state.distance)
    state.azimuth += miss.sideways / reached.reducedLength
    return (miss.radial * miss.radial + miss.sideways * miss.sideways).squareRoot()
  }

  /// The vector from Q, reached from a vertex, to P in the tangent plane at Q: away from the
  /// vertex (along the geodesic's azimuth β) and sideways (β + 90°), metres.
  private func polarMiss(
    _ reached: Geodesic.GeneralPosition, point p: Vector3
  ) -> (radial: Double, sideways: Double) {
    let miss = tangentMiss(reached, point: p)
    return (miss.ahead, miss.right)
  }

  private func vertexInverse(_ index: Int, point p: Vector3) -> Double {
    let (latitude, longitude) = geodeticLatitudeLongitude(p)
    let vertex = vertices[index]
    return geodesic.inverse(
      latitude1: vertex.latitude, longitude1: vertex.longitude, latitude2: latitude,
      longitude2: longitude
    ).distance
  }

  /// Geodetic latitude and longitude of a surface point given in ECEF, degrees (Bowring's
  /// closed form is exact at height zero).
  func geodeticLatitudeLongitude(_ p: Vector3) -> (Double, Double) {
    let horizontal = (p.x * p.x + p.y * p.y).squareRoot()
    let latitude = atan2(p.z, horizontal * (1 - earth.e2)) * 180 / .pi
    let longitude = atan2(p.y, p.x) * 180 / .pi
    return (latitude, longitude)
  }

  /// The robust path for the far side of the earth and degenerate segments: the distance
  /// sampled along the segment with `geod_inverse`, then a golden-section search around the
  /// best sample.
  func sampledSolve(segment index: Int, latitude: Double, longitude: Double) -> Solution {
    let segment = segments[index]
    func distance(_ s: Double) -> Double {
      let point = lines.position(index, distance: s)
      return geodesic.inverse(
        latitude1: latitude, longitude1: longitude, latitude2: point.latitude,
        longitude2: point.longitude
      ).distance
    }
    guard segment.length > 0 else {
      return Solution(
        distance: distance(0), along: 0, segment: Int32(index), vertex: segment.start,
        iterations: 1)
    }
    let samples = 64
    let step = segment.length / Double(samples)
    var bestIndex = 0
    var bestDistance = Double.infinity
    for k in 0...samples {
      let value = distance(Double(k) * step)
      if value < bestDistance {
        bestDistance = value
        bestIndex = k
      }
    }
    var low = max(0, Double(bestIndex - 1) * step)
    var high = min(segment.length, Double(bestIndex + 1) * step)
    let ratio = (5.0.squareRoot() - 1) / 2
    var x1 = high - ratio * (high - low)
    var x2 = low + ratio * (high - low)
    var f1 = distance(x1)
    var f2 = distance(x2)
    var iterations = samples + 3
    while high - low > 1e-4 {
      if f1 < f2 {
        high = x2
        x2 = x1
        f2 = f1
        x1 = high - ratio * (high - low)
        f1 = distance(x1)
      } else {
        low = x1
        x1 = x2
        f1 = f2
        x2 = low + ratio * (high - low)
        f2 = distance(x2)
      }
      iterations += 1
    }
    let s = (low + high) / 2
    var result = Solution(
      distance: distance(s), along: s, segment: Int32(index), vertex: -1,
      iterations: iterations)
    if bestDistance < result.distance {
      result.distance = bestDistance
      result.along = Double(bestIndex) * step
    }
    if result.along <= 0 { result.vertex = segment.start }
    if result.along >= segment.length { result.vertex = segment.end }
    return result
  }
}
