/// Cuts canvas geometry to a rectangle, so that an SVG carries only what can be seen: a map
/// of the Iraq–Syria border does not need every vertex of Iran's coast.
struct RectangleClipper {
  let rectangle: SVGRect

  /// The ring clipped to the rectangle (Sutherland–Hodgman). A concave ring may gain edges
  /// along the rectangle's sides; with a rectangle larger than the visible frame they are out
  /// of sight, and even-odd filling of several clipped rings is the clip of their filling.
  func clip(ring: [SVGPoint]) -> [SVGPoint] {
    var points = ring
    for edge in Edge.allCases {
      guard let last = points.last else { return [] }
      var output: [SVGPoint] = []
      var previous = last
      for point in points {
        let (inside, wasInside) = (
          edge.contains(point, rectangle), edge.contains(previous, rectangle)
        )
        if inside != wasInside { output.append(edge.intersection(previous, point, rectangle)) }
        if inside { output.append(point) }
        previous = point
      }
      points = output
    }
    return points
  }

  /// The parts of a polyline inside the rectangle (Liang–Barsky on each segment).
  func clip(line: [SVGPoint]) -> [[SVGPoint]] {
    var parts: [[SVGPoint]] = []
    var current: [SVGPoint] = []
    for (a, b) in zip(line, line.dropFirst()) {
      // A segment that only touches a corner leaves nothing to draw.
      guard let (start, end) = clip(segmentFrom: a, to: b), start != end || a == b else {
        if current.count > 1 { parts.append(current) }
        current = []
        continue
      }
      if current.isEmpty || current[current.count - 1] != start {
        if current.count > 1 { parts.append(current) }
        current = [start]
      }
      current.append(end)
      if end != b {
        parts.append(current)
        current = []
      }
    }
    if current.count > 1 { parts.append(current) }
    return parts
  }

  private func clip(segmentFrom a: SVGPoint, to b: SVGPoint) -> (SVGPoint, SVGPoint)? {
    let (dx, dy) = (b.x - a.x, b.y - a.y)
    var (low, high) = (0.0, 1.0)
    let checks = [
      (-dx, a.x - rectangle.x), (dx, rectangle.maxX - a.x), (-dy, a.y - rectangle.y),
      (dy, rectangle.maxY - a.y),
    ]
    for (p, q) in checks {
      if p == 0 {
        if q < 0 { return nil }
        continue
      }
      let t = q / p
      if p < 0 { low = max(low, t) } else { high = min(high, t) }
      if low > high { return nil }
    }
    func at(_ t: Double) -> SVGPoint {
      t == 0 ? a : t == 1 ? b : SVGPoint(x: a.x + t * dx, y: a.y + t * dy)
    }
    return (at(low), at(high))
  }

  private enum Edge: CaseIterable {
    case left, right, top, bottom

    func contains(_ point: SVGPoint, _ rectangle: SVGRect) -> Bool {
      switch self {
      case .left: point.x >= rectangle.x
      case .right: point.x <= rectangle.maxX
      case .top: point.y >= rectangle.y
      case .bottom: point.y <= rectangle.maxY
      }
    }

    func intersection(_ a: SVGPoint, _ b: SVGPoint, _ rectangle: SVGRect) -> SVGPoint {
      switch self {
      case .left, .right:
        let x = self == .left ? rectangle.x : rectangle.maxX
        return SVGPoint(x: x, y: a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x))
      case .top, .bottom:
        let y = self == .top ? rectangle.y : rectangle.maxY
        return SVGPoint(x: a.x + (b.x - a.x) * (y - a.y) / (b.y - a.y), y: y)
      }
    }
  }
}
