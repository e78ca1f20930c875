/// The SVG map's legend panel: actors with their colours, the kinds of change highlighted,
/// front lines, and the credits for the background and the projection.
struct SVGLegend {
  let actors: [MapActor]
  let changes: [MapChange.Kind]
  let hasFrontLine: Bool
  let hasUncoloured: Bool
  let hasChallenged: Bool

  private static let rowHeight = 18.0
  private static let fontSize = 11.0
  private static let maximumCharacters = 28

  /// The legend of features drawn with `styles`: the actors they name, in `table`'s order,
  /// the kinds of change they highlight and which notes apply. The HTML map's legend lists
  /// the same (`MapDocument.styled()`).
  init(_ styles: [FeatureStyle], table: ActorTable) {
    actors = table.legend(styles.flatMap(\.actors))
    let present = Set(styles.compactMap { $0.change?.kind })
    changes = MapChange.Kind.allCases.filter(present.contains)
    hasFrontLine = styles.contains(where: \.isFrontLine)
    hasUncoloured = styles.contains(where: \.hasNoColour)
    hasChallenged = styles.contains(where: \.isChallenged)
  }

  /// Draws the panel into `panel`, entries from the top, credits at the bottom; entries that
  /// do not fit are counted in a last line.
  func write(_ svg: inout SVGWriter, in panel: SVGRect, projection: String) {
    svg.element("rect", SVGWriter.attributes(of: panel) + [("fill", "#ffffff")])
    svg.element(
      "path",
      [
        (
          "d",
          "M\(SVGNumber.format(panel.x)) \(SVGNumber.format(panel.y))"
            + "V\(SVGNumber.format(panel.maxY))"
        ), ("stroke", "#bbbbbb"),
      ])
    let rows = entries()
    let credits =
      ["Countries, borders: Natural Earth", "Lambert azimuthal equal-area"] + centreText(projection)
    let lastEntryY = panel.maxY - Double(credits.count + 1) * 14
    let x = panel.x + 14
    var y = panel.y + 22
    svg.raw("<g id=\"legend\" font-size=\"\(SVGNumber.format(Self.fontSize))\" fill=\"#222222\">\n")
    for (index, row) in rows.enumerated() {
      if y > lastEntryY - Self.rowHeight, index < rows.count - 1 {
        svg.element(
          "text", [("x", SVGNumber.format(x)), ("y", SVGNumber.format(y))],
          content: "… and \(rows.count - index) more")
        break
      }
      row.write(&svg, x: x, y: y)
      y += row.isHeading ? Self.rowHeight + 2 : Self.rowHeight
    }
    var creditY = panel.maxY - Double(credits.count) * 14 + 4
    for line in credits {
      svg.element(
        "text",
        [
          ("x", SVGNumber.format(x)), ("y", SVGNumber.format(creditY)), ("font-size", "9"),
          ("fill", "#666666"),
        ], content: line)
      creditY += 14
    }
    svg.raw("</g>\n")
  }

  private func centreText(_ projection: String) -> [String] {
    let parts = projection.split(separator: " ").filter {
      $0.hasPrefix("+lat_0=") || $0.hasPrefix("+lon_0=")
    }
    return parts.isEmpty
      ? [] : ["centred at " + parts.map { $0.dropFirst() }.joined(separator: " ")]
  }

  private func entries() -> [Row] {
    var rows: [Row] = []
    if !actors.isEmpty {
      rows.append(.heading("Actors"))
      rows += actors.map { .actor(Self.shortened($0.name), $0.colour) }
    }
    if hasUncoloured {
      if actors.isEmpty { rows.append(.heading("Actors")) }
      rows.append(.actor("no actor named", FeatureStyle.defaultPointColour))
    }
    if hasChallenged { rows.append(.challenged) }
    if !changes.isEmpty || hasFrontLine {
      rows.append(.heading("Changes"))
      rows += changes.map { .change($0) }
      if hasFrontLine { rows.append(.frontLine) }
    }
    return rows
  }

  private static func shortened(_ text: String) -> String {
    text.count <= maximumCharacters ? text : String(text.prefix(maximumCharacters - 1)) + "…"
  }

  private enum Row {
    case heading(String)
    case actor(String, String)
    case change(MapChange.Kind)
    case frontLine
    case challenged

    var isHeading: Bool {
      if case .heading = self { true } else { false }
    }

    func write(_ svg: inout SVGWriter, x: Double, y: Double) {
      let textX = SVGNumber.format(x + 20)
      let textY = SVGNumber.format(y)
      let symbolY = SVGNumber.format(y - 4)
      switch self {
      case .heading(let text):
        svg.element(
          "text",
          [("x", SVGNumber.format(x)), ("y", textY), ("font-weight", "bold"), ("fill", "#555555")],
          content: text.uppercased())
      case .actor(let name, let colour):
        svg.element(
          "circle",
          [
            ("cx", SVGNumber.format(x + 6)), ("cy", symbolY), ("r", "6"), ("fill", colour),
            ("stroke", "#222222"), ("stroke-width", "1"),
          ])
        svg.element("text", [("x", textX), ("y", textY)], content: name)
      case .change(let kind):
        var ring = [
          ("cx", SVGNumber.format(x + 6)), ("cy", symbolY), ("r", "6"), ("fill", "none"),
          ("stroke", kind.colour), ("stroke-width", "3"),
        ]
        if let dash = kind.dash { ring.append(("stroke-dasharray", dash)) }
        svg.element("circle", ring)
        svg.element("text", [("x", textX), ("y", textY)], content: kind.legendText)
      case .challenged:
        svg.element(
          "circle",
          [
            ("cx", SVGNumber.format(x + 6)), ("cy", symbolY), ("r", "5"), ("fill", "#ffffff"),
            ("stroke", FeatureStyle.markerOutline), ("stroke-width", "2.5"),
            ("stroke-dasharray", FeatureStyle.challengedDash),
          ])
        svg.element("text", [("x", textX), ("y", textY)], content: "contested or besieged")
      case .frontLine:
        svg.element(
          "path",
          [
            ("d", "M\(SVGNumber.format(x - 2)) \(symbolY)h16"),
            ("stroke", FeatureStyle.frontLineColour), ("stroke-width", "3"),
            ("stroke-dasharray", "5 3"),
          ])
        svg.element("text", [("x", textX), ("y", textY)], content: "front line")
      }
    }
  }
}
