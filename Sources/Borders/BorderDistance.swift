import GeoJSON
import Projection

/// Shortest distance on the ellipsoid from points to polylines whose segments are
/// geodesics, and the nearest point (the foot of the perpendicular geodesic, or a vertex).
///
/// A query converts the point to ECEF, takes the short list of segments its `CandidateGrid`
/// cell keeps (or, outside the grid, walks a bounding-volume hierarchy over the segments),
/// applies chord-based lower and upper bounds, and solves exactly (one `geod_genposition`
/// along a prepared geodesic, or Newton with `geod_gendirect`, see `PolylineSet`) only the
/// segments whose lower bound beats the best distance so far: usually one.
public struct BorderDistance: Sendable {
  /// The nearest point of the polylines to a query point.
  public struct Nearest: Hashable, Sendable {
    /// Geodesic distance, metres.
    public var distance: Double
    /// The nearest point on the polylines (longitude/latitude, degrees).
    public var position: Position
    /// Index of the polyline it lies on, in the order given to `init`.
    public var polyline: Int
    /// Index of the segment within that polyline (segment k joins positions k and k + 1).
    public var segment: Int
    /// Distance of the nearest point from the start of its segment, metres.
    public var along: Double
    /// Whether the nearest point is a vertex of the polyline rather than inside a segment.
    public var isVertex: Bool
  }

  let store: PolylineSet
  let index: SegmentIndex
  /// Per-cell candidate lists that spare most queries the index walk; `nil` for a world-sized
  /// set of segments or an engine built for few queries.
  let grid: CandidateGrid?

  /// The polylines, as given.
  public var polylines: [[Position]] { store.polylines }
  /// Number of geodesic segments indexed.
  public var segmentCount: Int { store.segments.count }

  /// Prepares the polylines for queries: one geodesic line per segment, the index and, up to
  /// `CandidateGrid.maximumSegments` segments, the candidate grid and the fans and
  /// perpendiculars of `PolylineSet.prepareGeodesics()` (20–70 ms for a border, most of it
  /// the grid; the prepared geodesics take about 7 ms).
  /// - Parameters:
  ///   - polylines: lines of positions (longitude/latitude, degrees); a single position is a
  ///     point.
  ///   - geodesic: the ellipsoid, WGS 84 by default.
  /// - Throws: `BordersError(.outOfRange)` for a position that is not valid WGS 84.
  public init(polylines: [[Position]], geodesic: Geodesic = .wgs84) throws(BordersError) {
    try self.init(polylines: polylines, geodesic: geodesic, manyQueries: true)
  }

  /// - Parameter manyQueries: whether to build the `CandidateGrid` and the prepared
  ///   geodesics, which pay for their milliseconds only over many thousands of queries.
  init(
    polylines: [[Position]], geodesic: Geodesic = .wgs84, manyQueries: Bool
  ) throws(BordersError) {
    for (number, line) in polylines.enumerated() {
      if let bad = line.firstIndex(where: { !$0.isValidWGS84 }) {
        throw BordersError(
          .outOfRange,
          "line \(number), position \(bad): (\(line[bad].longitude), \(line[bad].latitude)) "
            + "is not a WGS 84 longitude/latitude")
      }
    }
    var store = PolylineSet(polylines: polylines.filter { !$0.isEmpty }, geodesic: geodesic)
    if manyQueries, store.segments.count <= CandidateGrid.maximumSegments {
      store.prepareGeodesics()
    }
    var low: [Vector3] = []
    var high: [Vector3] = []
    for segment in store.chords {
      let b = segment.a + segment.d
      // A micrometre more than the sagitta, for rounding in the ECEF coordinates.
      let h = segment.sagitta + 1e-6
      low.append(
        Vector3(
          x: min(segment.a.x, b.x) - h, y: min(segment.a.y, b.y) - h,
          z: min(segment.a.z, b.z) - h))
      high.append(
        Vector3(
          x: max(segment.a.x, b.x) + h, y: max(segment.a.y, b.y) + h,
          z: max(segment.a.z, b.z) + h))
    }
    let index = SegmentIndex(low: low, high: high)
    self.store = store
    self.index = index
    grid = manyQueries ? CandidateGrid(store: store, index: index) : nil
  }

  /// The nearest point of the polylines to `position`, or `nil` when there are no lines.
  /// - Parameter position: longitude/latitude in degrees (valid WGS 84).
  public func nearest(to position: Position) -> Nearest? {
    guard let solution = solve(latitude: position.latitude, longitude: position.longitude)
    else { return nil }
    return nearest(from: solution)
  }

  /// The distance alone, metres (infinite when there are no lines).
  /// - Parameter position: longitude/latitude in degrees (valid WGS 84).
  public func distance(to position: Position) -> Double {
    solve(latitude: position.latitude, longitude: position.longitude)?.distance ?? .infinity
  }

  func nearest(from solution: PolylineSet.Solution) -> Nearest {
    let segment = store.segments[Int(solution.segment)]
    let point: Position
    if solution.vertex >= 0 {
      let vertex = store.vertices[Int(solution.vertex)]
      point = Position(longitude: vertex.longitude, latitude: vertex.latitude)
    } else {
      let foot = store.lines.position(Int(solution.segment), distance: solution.along)
      point = Position(longitude: foot.longitude, latitude: foot.latitude)
    }
    return Nearest(
      distance: solution.distance, position: point, polyline: Int(segment.polyline),
      segment: Int(segment.indexInPolyline), along: solution.along,
      isVertex: solution.vertex >= 0)
  }

  /// The exact solve behind `nearest(to:)`.
  func solve(latitude: Double, longitude: Double) -> PolylineSet.Solution? {
    var solvedCount = 0
    return solve(latitude: latitude, longitude: longitude, solvedCount: &solvedCount)
  }

  /// How many segments a query solves with geodesic calls (the bounds rule out the rest).
  func solvedSegmentCount(latitude: Double, longitude: Double) -> Int {
    var solvedCount = 0
    _ = solve(latitude: latitude, longitude: longitude, solvedCount: &solvedCount)
    return solvedCount
  }

  private func solve(
    latitude: Double, longitude: Double, solvedCount: inout Int
  ) -> PolylineSet.Solution? {
    guard !store.segments.isEmpty else { return nil }
    let p = store.earth.point(latitude: latitude, longitude: longitude)
    let small = CandidateGrid.maximumCandidates
    let found = withUnsafeTemporaryAllocation(of: Candidate.self, capacity: small) {
      solve(p, latitude: latitude, longitude: longitude, buffer: $0, solvedCount: &solvedCount)
    }
    if let found { return found }
    var large = [Candidate](repeating: Candidate(segment: 0, lower: 0), count: segmentCount)
    return large.withUnsafeMutableBufferPointer {
      solve(p, latitude: latitude, longitude: longitude, buffer: $0, solvedCount: &solvedCount)
    }
  }

  struct Candidate {
    var segment: Int32
    var lower: Double
  }

  /// Collects the segments that may be nearest into `buffer`, then solves them in order of
  /// their lower bounds until the next bound exceeds the best distance. `nil` when the buffer
  /// is too small.
  private func solve(
    _ p: Vector3, latitude: Double, longitude: Double,
    buffer: UnsafeMutableBufferPointer<Candidate>, solvedCount: inout Int
  ) -> PolylineSet.Solution? {
    var count = 0
    var overflow = false
    var upper = Double.infinity
    store.chords.withUnsafeBufferPointer { chords in
      func consider(_ slot: Int32, _ upper: inout Double) {
        let bounds = PolylineSet.bounds(p, chords[Int(slot)], store.earth)
        guard bounds.lower <= upper else { return }
        upper = min(upper, bounds.upper)
        if count == buffer.count {
          count = compact(buffer, count: count, limit: upper)
          if count == buffer.count {
            overflow = true
            upper = -1
            return
          }
        }
        buffer[count] = Candidate(segment: slot, lower: bounds.lower)
        count += 1
      }
      if let grid, let cell = grid.cell(latitude: latitude, longitude: longitude) {
        for k in 0..<Int(cell.count) { consider(grid.segment(k, of: cell), &upper) }
      } else {
        index.forEachLeaf(near: p, limit: &upper) { slots, upper in
          for slot in slots where !overflow { consider(slot, &upper) }
        }
      }
    }
    guard !overflow else { return nil }
    count = compact(buffer, count: count, limit: upper)
    sortByLowerBound(buffer, count: count)
    var best: PolylineSet.Solution?
    solvedCount = 0
    // Ends of the segments solved so far: a later segment whose nearest point is one of them
    // cannot do better than the segment that already holds it.
    var settled: (Int32, Int32, Int32, Int32) = (-1, -1, -1, -1)
    for k in 0..<count {
      let candidate = buffer[k]
      if let best, candidate.lower > best.distance { break }
      let segment = store.segments[Int(candidate.segment)]
      let known = settled
      let solution = store.solve(
        segment: Int(candidate.segment), point: p, latitude: latitude, longitude: longitude,
        isSettled: { $0 == known.0 || $0 == known.1 || $0 == known.2 || $0 == known.3 })
      settled = (segment.start, segment.end, settled.0, settled.1)
      guard let solution else { continue }
      solvedCount += 1
      if best.map({ solution.distance < $0.distance }) ?? true { best = solution }
    }
    return best
  }

  private func compact(
    _ buffer: UnsafeMutableBufferPointer<Candidate>, count: Int, limit: Double
  ) -> Int {
    var kept = 0
    for k in 0..<count where buffer[k].lower <= limit {
      buffer[kept] = buffer[k]
      kept += 1
    }
    return kept
  }

  private func sortByLowerBound(_ buffer: UnsafeMutableBufferPointer<Candidate>, count: Int) {
    guard count > 1 else { return }
    // Insertion sort: the list is short and nearly sorted (leaves come nearest first).
    for k in 1..<count {
      let item = buffer[k]
      var j = k
      while j > 0, buffer[j - 1].lower > item.lower {
        buffer[j] = buffer[j - 1]
        j -= 1
      }
      buffer[j] = item
    }
  }
}
