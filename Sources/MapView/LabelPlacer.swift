/// Places labels so that none overlaps another, a marker or the map furniture: greedy, in
/// order of priority, each label trying its candidate positions in turn and dropped when all
/// collide (the classic point-feature label placement, after Christensen, Marks and Shieber).
struct LabelPlacer {
  /// A label to place.
  struct Request: Hashable, Sendable {
    /// What is labelled, which decides how the label is drawn.
    enum Role: Hashable, Sendable {
      case place, country
    }
    var text: String
    var role: Role = .place
    /// Lower goes first.
    var priority: Int
    /// Where the label may go, in order of preference.
    var candidates: [Candidate]
    var fontSize: Double
    /// Extra width per character for letter-spaced text, em.
    var letterSpacing: Double = 0
    /// Average character width, em; wider for capitals.
    var characterWidth: Double = 0.58
  }

  /// A position of a label: its text anchor point and how the text hangs from it.
  struct Candidate: Hashable, Sendable {
    enum Anchor: String, Hashable, Sendable {
      case start, middle, end
    }
    /// The text's anchor at its baseline, pixels.
    var point: SVGPoint
    var anchor: Anchor
  }

  /// A placed label.
  struct Placement: Hashable, Sendable {
    var text: String
    var role: Request.Role
    var candidate: Candidate
    var fontSize: Double
    var box: SVGRect
  }

  /// The area labels must stay inside.
  let bounds: SVGRect
  /// Rectangles no label may cover: markers, legend, scale bar, north arrow.
  private var obstacles: [SVGRect]

  init(bounds: SVGRect, obstacles: [SVGRect]) {
    self.bounds = bounds
    self.obstacles = obstacles
  }

  /// The four usual positions around a marker of radius `radius` at `point`: right, left,
  /// above, below.
  static func around(_ point: SVGPoint, radius: Double, fontSize: Double) -> [Candidate] {
    let gap = radius + 3
    let middle = point.y + fontSize * 0.35
    return [
      Candidate(point: SVGPoint(x: point.x + gap, y: middle), anchor: .start),
      Candidate(point: SVGPoint(x: point.x - gap, y: middle), anchor: .end),
      Candidate(point: SVGPoint(x: point.x, y: point.y - gap - fontSize * 0.25), anchor: .middle),
      Candidate(point: SVGPoint(x: point.x, y: point.y + gap + fontSize * 0.85), anchor: .middle),
    ]
  }

  /// Places `requests` by priority (then text, for a stable order), returning those that fit.
  mutating func place(_ requests: [Request]) -> [Placement] {
    let ordered = requests.enumerated().sorted { a, b in
      (a.element.priority, a.element.text, a.offset) < (
        b.element.priority, b.element.text, b.offset
      )
    }
    var placed: [Placement] = []
    for (_, request) in ordered {
      for candidate in request.candidates {
        let box = Self.box(of: request, at: candidate)
        guard bounds.contains(box), !obstacles.contains(where: { $0.intersects(box) }) else {
          continue
        }
        placed.append(
          Placement(
            text: request.text, role: request.role, candidate: candidate,
            fontSize: request.fontSize, box: box))
        obstacles.append(box)
        break
      }
    }
    return placed
  }

  /// The label's box, estimated from its character count: the renderer's font is unknown, so
  /// widths are an average per character, generous enough for DejaVu Sans and Helvetica.
  static func box(of request: Request, at candidate: Candidate) -> SVGRect {
    let count = Double(request.text.count)
    let width = count * request.fontSize * (request.characterWidth + request.letterSpacing)
    let height = request.fontSize * 1.2
    let x: Double
    switch candidate.anchor {
    case .start: x = candidate.point.x
    case .middle: x = candidate.point.x - width / 2
    case .end: x = candidate.point.x - width
    }
    return SVGRect(
      x: x, y: candidate.point.y - request.fontSize * 0.95, width: width, height: height)
  }
}
