/// An axis-aligned rectangle in the local projection, metres.
struct PlanarBox: Hashable, Sendable {
  var minX: Double
  var minY: Double
  var maxX: Double
  var maxY: Double

  /// The smallest box around `points`; `nil` for none.
  init?(_ points: some Sequence<PlanarPoint>) {
    var iterator = points.makeIterator()
    guard let first = iterator.next() else { return nil }
    minX = first.x
    maxX = first.x
    minY = first.y
    maxY = first.y
    while let point = iterator.next() {
      minX = min(minX, point.x)
      maxX = max(maxX, point.x)
      minY = min(minY, point.y)
      maxY = max(maxY, point.y)
    }
  }

  init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
    self.minX = minX
    self.minY = minY
    self.maxX = maxX
    self.maxY = maxY
  }

  /// The box grown by `margin` metres on every side.
  func expanded(by margin: Double) -> PlanarBox {
    PlanarBox(minX: minX - margin, minY: minY - margin, maxX: maxX + margin, maxY: maxY + margin)
  }

  /// The smallest box holding both.
  func union(_ other: PlanarBox) -> PlanarBox {
    PlanarBox(
      minX: min(minX, other.minX), minY: min(minY, other.minY), maxX: max(maxX, other.maxX),
      maxY: max(maxY, other.maxY))
  }

  /// The corners counterclockwise from the south-west.
  var corners: [PlanarPoint] {
    [
      PlanarPoint(x: minX, y: minY), PlanarPoint(x: maxX, y: minY),
      PlanarPoint(x: maxX, y: maxY), PlanarPoint(x: minX, y: maxY),
    ]
  }

  /// Whether `point` lies in the box or on its edge.
  func contains(_ point: PlanarPoint) -> Bool {
    minX <= point.x && point.x <= maxX && minY <= point.y && point.y <= maxY
  }

  /// Whether `other` lies wholly in the box (edges may touch).
  func contains(_ other: PlanarBox) -> Bool {
    minX <= other.minX && minY <= other.minY && other.maxX <= maxX && other.maxY <= maxY
  }

  /// Whether the two boxes share any point.
  func intersects(_ other: PlanarBox) -> Bool {
    minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY
  }
}
