/// A uniform latitude/longitude grid around a set of geodesic segments whose cells list, once
/// and for all, every segment that can be nearest to some point of the cell: a query in the
/// grid reads one short list instead of walking the `SegmentIndex`.
///
/// A cell is a rectangle of latitude and longitude with centre C and chord radius r (the
/// farthest any of its points is from C in ECEF). For a point P of the cell and any segment,
/// the chord distance to the segment is within r of C's, so the bounds of `PolylineSet.bounds`
/// widened by r hold for every P of the cell: a segment whose widened lower bound exceeds the
/// smallest widened upper bound is never nearest in the cell and is left out. Far from the
/// line, where r would keep every segment within 2r of the nearest, a second test compares
/// each segment with the cell's nearest one directly, through the gradients of their chord
/// distances (`Reach.isBeaten`), and keeps lists at about two segments. The query then
/// applies the exact bounds of its own point to the list, so it solves exactly the segments
/// the index would have given it.
///
/// The grid covers the segments' bounding rectangle widened by `margin` degrees (clamped to
/// the poles and the antimeridian), with at most `maximumCells` cells; a cell whose list
/// would hold more than `maximumCandidates` segments stays empty, and points there, or
/// outside the grid, use the index.
struct CandidateGrid: Sendable {
  /// South-west corner of the grid, degrees.
  let south: Double
  let west: Double
  /// Side of a cell, degrees.
  let step: Double
  let rows: Int
  let columns: Int
  /// A cell's list, in one 16-byte record so that a query costs one cache miss, not two:
  /// up to three segments inline, longer lists in `slots` from `first`. An empty list means
  /// "ask the index".
  struct Cell: Sendable {
    var count: Int32
    var first: Int32
    var second: Int32
    var third: Int32
  }

  /// The cells, row-major from the south-west.
  let cells: [Cell]
  /// The lists of more than three segments.
  let slots: [Int32]

  static let margin = 10.0  // degrees
  static let finestStep = 0.1  // degrees
  static let maximumCells = 65_536
  static let maximumCandidates = 32
  /// Segments gathered around a cell beyond which the build gives up on the cell.
  private static let crowdedCell = 4 * maximumCandidates
  /// Beyond this many segments (a world file rather than a border), the grid's build time,
  /// one index walk per cell with long lists in dense regions, outweighs what it saves.
  static let maximumSegments = 10_000

  /// Builds the grid, or returns `nil` when there are no segments or too many of them.
  init?(store: PolylineSet, index: SegmentIndex) {
    guard !store.chords.isEmpty, store.chords.count <= Self.maximumSegments else {
      return nil
    }
    var latitudes = (low: Double.infinity, high: -Double.infinity)
    var longitudes = (low: Double.infinity, high: -Double.infinity)
    for vertex in store.vertices {
      latitudes = (min(latitudes.low, vertex.latitude), max(latitudes.high, vertex.latitude))
      longitudes = (min(longitudes.low, vertex.longitude), max(longitudes.high, vertex.longitude))
    }
    let south = max(-90, latitudes.low - Self.margin)
    let north = min(90, latitudes.high + Self.margin)
    let west = max(-180, longitudes.low - Self.margin)
    let east = min(180, longitudes.high + Self.margin)
    let area = (north - south) * (east - west)
    let step = max(Self.finestStep, (area / Double(Self.maximumCells)).squareRoot())
    self.south = south
    self.west = west
    self.step = step
    rows = max(1, Int(((north - south) / step).rounded(.up)))
    columns = max(1, Int(((east - west) / step).rounded(.up)))
    var cells: [Cell] = []
    var slots: [Int32] = []
    cells.reserveCapacity(rows * columns)
    // Cell corners and centres sit on half steps: their sines and cosines, once.
    let halfSteps = { (origin: Double, count: Int, limit: Double) in
      (0...2 * count).map {
        EllipsoidFrame.sinCos(degrees: min(limit, origin + Double($0) * step / 2))
      }
    }
    let latitudeTrig = halfSteps(south, rows, 90)
    let longitudeTrig = halfSteps(west, columns, 180)
    let earth = store.earth
    var found: [Reach] = []
    for row in 0..<rows {
      for column in 0..<columns {
        let centre = earth.point(
          trig: latitudeTrig[2 * row + 1], longitudeTrig[2 * column + 1])
        // The chord distance from the centre peaks at a corner of the rectangle; a
        // thousandth and a metre more cover rounding and the query's cell lookup.
        var radius = 0.0
        for corner in [(0, 0), (0, 2), (2, 0), (2, 2)] {
          let point = earth.point(
            trig: latitudeTrig[2 * row + corner.0], longitudeTrig[2 * column + corner.1])
          radius = max(radius, (point - centre).length)
        }
        radius = radius * 1.001 + 1
        Self.candidates(centre: centre, radius: radius, store: store, index: index, found: &found)
        var list = found.lazy.filter(\.isCandidate).map(\.slot).makeIterator()
        let count = found.count { $0.isCandidate }
        if count > Self.maximumCandidates {
          cells.append(Cell(count: 0, first: 0, second: 0, third: 0))
        } else if count > 3 {
          cells.append(Cell(count: Int32(count), first: Int32(slots.count), second: 0, third: 0))
          while let slot = list.next() { slots.append(slot) }
        } else {
          cells.append(
            Cell(
              count: Int32(count), first: list.next() ?? 0, second: list.next() ?? 0,
              third: list.next() ?? 0))
        }
      }
    }
    self.cells = cells
    self.slots = slots
  }

  /// The cell holding a point, or `nil` when the index must answer (outside the grid, or a
  /// cell with too many candidates).
  /// - Parameters: latitude and longitude in degrees.
  @inline(__always)
  func cell(latitude: Double, longitude: Double) -> Cell? {
    let y = (latitude - south) / step
    let x = (longitude - west) / step
    guard y >= 0, x >= 0, y < Double(rows), x < Double(columns) else { return nil }
    let cell = cells[Int(y) * columns + Int(x)]
    return cell.count > 0 ? cell : nil
  }

  /// Segment `k` (0 ≤ k < `cell.count`) of a cell's list.
  @inline(__always)
  func segment(_ k: Int, of cell: Cell) -> Int32 {
    if cell.count > 3 { return slots[Int(cell.first) + k] }
    switch k {
    case 0: return cell.first
    case 1: return cell.second
    default: return cell.third
    }
  }

  /// The segments near a cell (centre C, chord radius r), in `found`, with `isCandidate` set
  /// on those that can be nearest to some point of it.
  private static func candidates(
    centre: Vector3, radius: Double, store: PolylineSet, index: SegmentIndex,
    found: inout [Reach]
  ) {
    let earth = store.earth
    found.removeAll(keepingCapacity: true)
    var upper = Double.infinity
    var best = 0
    // A segment whose box is more than `upper` + r from the centre is farther than `upper`
    // from every point of the cell, since the chord is shorter than the arc.
    var limit = Double.infinity
    // Near a dense stretch of line a coarse cell gathers hundreds of segments; it would be
    // left to the index anyway, so the walk stops early rather than bound them all.
    var crowded = false
    store.chords.withUnsafeBufferPointer { chords in
      index.forEachLeaf(near: centre, limit: &limit) { leaf, limit in
        for slot in leaf where !crowded {
          let reach = Reach(centre, slot: slot, chord: chords[Int(slot)], radius: radius, earth)
          guard reach.lower <= upper else { continue }
          if reach.upper < upper {
            upper = reach.upper
            best = found.count
          }
          limit = upper + radius
          found.append(reach)
          if found.count > Self.crowdedCell {
            crowded = true
            limit = 0
          }
        }
      }
    }
    if crowded { found.removeAll(keepingCapacity: true) }
    guard !found.isEmpty else { return }
    let nearest = found[best]
    for k in found.indices {
      found[k].isCandidate =
        found[k].lower <= upper && !found[k].isBeaten(by: nearest, radius: radius, earth)
    }
  }

  /// A segment seen from a cell centre: its chord distance and the direction it grows in,
  /// and its geodesic distance bounds over the cell.
  private struct Reach {
    var slot: Int32
    /// Whether the segment can be nearest to some point of the cell.
    var isCandidate = false
    var sagitta: Double
    /// Chord distance from the centre to the segment's chord, metres.
    var distance: Double
    /// Unit gradient of that distance at the centre (zero on the chord).
    var gradient: Vector3
    /// Bounds on the geodesic distance from any point of the cell, metres.
    var lower: Double
    var upper: Double

    init(
      _ centre: Vector3, slot: Int32, chord: PolylineSet.Chord, radius: Double,
      _ earth: EllipsoidFrame
    ) {
      let w = centre - chord.a
      let u = min(1, max(0, Vector3.dot(w, chord.d) * chord.inverseChordSquared))
      let away = w - u * chord.d
      self.slot = slot
      sagitta = chord.sagitta
      distance = away.length
      gradient = distance > 0 ? (1 / distance) * away : .zero
      lower = earth.arcLowerBound(chord: max(0, distance - chord.sagitta - radius))
      upper = earth.arcUpperBound(chord: distance + chord.sagitta + radius) + 1e-3
    }

    /// Whether, at every point P of the cell, this segment's lower bound exceeds `other`'s
    /// upper bound, so that it is never nearest there. Chord distances f are convex, so
    /// f(P) ≥ f(C) + g·(P − C); the distance to `other`'s nearest point from C bounds
    /// `other`'s from above, |v + w| ≤ |v| + v̂·w + |w|²/2|v|. With |P − C| ≤ r the
    /// difference is at least Δf(C) − |g − g'| r − r²/2f'(C), less both sagittas and the
    /// gap between the cubic terms of the two arc bounds.
    func isBeaten(by other: Reach, radius: Double, _ earth: EllipsoidFrame) -> Bool {
      let reach = other.distance + other.sagitta + radius
      guard other.distance > radius, reach <= 0.4 * earth.minimumRadius else { return false }
      let spread = (gradient - other.gradient).length
      let chordGap =
        distance - other.distance - spread * radius - radius * radius / (2 * other.distance)
        - sagitta - other.sagitta
      let cubicGap = earth.arcUpperBound(chord: reach) - earth.arcLowerBound(chord: reach)
      return chordGap > cubicGap + 1e-3 + 1e-6 * reach
    }
  }
}
