/// Builds SVG text: elements with escaped attributes and path data from canvas points.
struct SVGWriter {
  private(set) var text = ""

  /// Appends `<name a="v" …/>`, or with `content` `<name …>content</name>`; values and
  /// `content` are escaped.
  mutating func element(
    _ name: String, _ attributes: KeyValuePairs<String, String>, content: String? = nil
  ) {
    element(name, attributes.map { ($0.key, $0.value) }, content: content)
  }

  /// The same for attributes built up in code.
  mutating func element(_ name: String, _ attributes: [(String, String)], content: String? = nil) {
    text += "<" + name
    for (key, value) in attributes {
      text += " \(key)=\"\(HTMLText.escape(value))\""
    }
    if let content {
      text += ">" + HTMLText.escape(content) + "</\(name)>\n"
    } else {
      text += "/>\n"
    }
  }

  /// `x`, `y`, `width` and `height` of `rect`.
  static func attributes(of rect: SVGRect) -> [(String, String)] {
    [
      ("x", SVGNumber.format(rect.x)), ("y", SVGNumber.format(rect.y)),
      ("width", SVGNumber.format(rect.width)), ("height", SVGNumber.format(rect.height)),
    ]
  }

  /// Appends raw markup, such as an opening or closing group tag.
  mutating func raw(_ markup: String) {
    text += markup
  }

  /// SVG path data for runs of canvas points: `M x y L x y … (Z)`. Runs are cut to
  /// `clip`, points closer than `tolerance` pixels to the last one kept are dropped (they
  /// would not show), and `nil` points, those PROJ could not project, break the run.
  static func pathData(
    _ runs: [[SVGPoint?]], closed: Bool, clip: SVGRect, tolerance: Double = 0.5
  ) -> String {
    let clipper = RectangleClipper(rectangle: clip)
    var data = ""
    for run in runs {
      for part in split(run) {
        let pieces = closed ? [clipper.clip(ring: part)] : clipper.clip(line: part)
        for piece in pieces {
          let kept = thinned(piece, tolerance: tolerance)
          guard kept.count >= (closed ? 3 : 2) else { continue }
          for (index, point) in kept.enumerated() {
            data +=
              (index == 0 ? "M" : "L") + SVGNumber.format(point.x) + " "
              + SVGNumber.format(point.y)
          }
          if closed { data += "Z" }
        }
      }
    }
    return data
  }

  private static func split(_ run: [SVGPoint?]) -> [[SVGPoint]] {
    var parts: [[SVGPoint]] = [[]]
    for point in run {
      if let point {
        parts[parts.count - 1].append(point)
      } else if !(parts.last?.isEmpty ?? true) {
        parts.append([])
      }
    }
    return parts
  }

  private static func thinned(_ points: [SVGPoint], tolerance: Double) -> [SVGPoint] {
    guard let first = points.first, let last = points.last else { return [] }
    var kept = [first]
    for point in points.dropFirst().dropLast() {
      let previous = kept[kept.count - 1]
      if abs(point.x - previous.x) >= tolerance || abs(point.y - previous.y) >= tolerance {
        kept.append(point)
      }
    }
    if points.count > 1 { kept.append(last) }
    return kept
  }
}
