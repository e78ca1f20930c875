import GeoJSON

extension SVGMap {
  func writeBackground(
    _ svg: inout SVGWriter, _ background: MapBackground, _ viewport: SVGViewport
  ) {
    svg.raw(
      "<g id=\"countries\" fill=\"\(Self.landColour)\" stroke=\"none\" fill-rule=\"evenodd\">\n")
    for country in background.countries {
      let rings = GeometryParts(country.geometry).polygons.flatMap { $0 }
      let data = SVGWriter.pathData(rings.map(viewport.points), closed: true, clip: viewport.clip)
      if !data.isEmpty { svg.element("path", [("d", data)]) }
    }
    svg.raw(
      "</g>\n<g id=\"borders\" fill=\"none\" stroke=\"\(Self.borderColour)\" "
        + "stroke-width=\"1.2\" stroke-dasharray=\"6 3\">\n")
    for border in background.borders {
      let data = SVGWriter.pathData(
        GeometryParts(border.geometry).lines.map(viewport.points), closed: false,
        clip: viewport.clip)
      if !data.isEmpty { svg.element("path", [("d", data)]) }
    }
    svg.raw("</g>\n")
  }

  /// Draws areas, then lines, then points, each in input order, with their change
  /// highlights; returns the boxes of the point markers, which labels must not cover.
  func writeFeatures(
    _ svg: inout SVGWriter, _ features: [MapDocument.StyledFeature], _ viewport: SVGViewport
  ) -> [SVGRect] {
    let parts = features.map { GeometryParts($0.feature.geometry) }
    svg.raw("<g id=\"areas\" fill-rule=\"evenodd\">\n")
    for (feature, part) in zip(features, parts) where !part.polygons.isEmpty {
      writeArea(&svg, part.polygons.flatMap { $0 }, feature.style, viewport)
    }
    svg.raw(
      "</g>\n<g id=\"lines\" fill=\"none\" stroke-linejoin=\"round\" stroke-linecap=\"round\">\n")
    for (feature, part) in zip(features, parts) where !part.lines.isEmpty {
      writeLine(&svg, part.lines, feature.style, viewport)
    }
    svg.raw("</g>\n<g id=\"points\">\n")
    var markers: [SVGRect] = []
    for (feature, part) in zip(features, parts) where !part.points.isEmpty {
      markers += writePoints(&svg, part.points, feature.style, viewport)
    }
    svg.raw("</g>\n")
    return markers
  }

  private func writeArea(
    _ svg: inout SVGWriter, _ rings: [[Position]], _ style: FeatureStyle, _ viewport: SVGViewport
  ) {
    let data = SVGWriter.pathData(rings.map(viewport.points), closed: true, clip: viewport.clip)
    guard !data.isEmpty else { return }
    svg.element(
      "path",
      [
        ("d", data), ("fill", style.fill),
        ("fill-opacity", SVGNumber.format(style.fillOpacity, decimals: 2)),
        ("stroke", style.stroke), ("stroke-width", SVGNumber.format(style.strokeWidth)),
        ("stroke-opacity", SVGNumber.format(style.strokeOpacity, decimals: 2)),
      ])
    guard let change = style.change else { return }
    svg.element(
      "path",
      [
        ("d", data), ("fill", "url(#hatch-\(change.kind.rawValue))"),
        ("stroke", change.kind.colour),
        ("stroke-width", "3"), ("stroke-dasharray", change.kind.dash ?? "6 4"),
      ])
  }

  private func writeLine(
    _ svg: inout SVGWriter, _ lines: [[Position]], _ style: FeatureStyle, _ viewport: SVGViewport
  ) {
    let data = SVGWriter.pathData(lines.map(viewport.points), closed: false, clip: viewport.clip)
    guard !data.isEmpty else { return }
    if let change = style.change {
      svg.element(
        "path",
        [
          ("d", data), ("stroke", change.kind.colour),
          ("stroke-width", SVGNumber.format(style.strokeWidth + 6)), ("stroke-opacity", "0.45"),
        ])
    }
    var attributes = [
      ("d", data), ("stroke", style.stroke), ("stroke-width", SVGNumber.format(style.strokeWidth)),
      ("stroke-opacity", SVGNumber.format(style.strokeOpacity, decimals: 2)),
    ]
    if let dash = style.dash { attributes.append(("stroke-dasharray", dash)) }
    svg.element("path", attributes)
  }

  private func writePoints(
    _ svg: inout SVGWriter, _ points: [Position], _ style: FeatureStyle, _ viewport: SVGViewport
  ) -> [SVGRect] {
    var boxes: [SVGRect] = []
    for point in viewport.points(points).compactMap({ $0 }) {
      let (x, y) = (SVGNumber.format(point.x), SVGNumber.format(point.y))
      var radius = style.markerRadius
      if let change = style.change {
        radius += 5
        var ring = [
          ("cx", x), ("cy", y), ("r", SVGNumber.format(radius)), ("fill", "none"),
          ("stroke", change.kind.colour), ("stroke-width", "3"),
        ]
        if let dash = change.kind.dash { ring.append(("stroke-dasharray", dash)) }
        svg.element("circle", ring)
      }
      var marker = [
        ("cx", x), ("cy", y), ("r", SVGNumber.format(style.markerRadius)),
        ("fill", style.markerColour), ("stroke", style.markerStroke),
        ("stroke-width", style.markerDash == nil ? "1" : "2.5"),
      ]
      if let dash = style.markerDash { marker.append(("stroke-dasharray", dash)) }
      svg.element("circle", marker)
      let reach = radius + 1.5
      boxes.append(
        SVGRect(x: point.x - reach, y: point.y - reach, width: 2 * reach, height: 2 * reach))
    }
    return boxes
  }

  /// Labels the points that have a name, then the countries, avoiding markers, furniture and
  /// each other.
  func writeLabels(
    _ svg: inout SVGWriter, _ features: [MapDocument.StyledFeature], _ background: MapBackground,
    _ viewport: SVGViewport, obstacles: [SVGRect]
  ) {
    let placeFont = 11.0
    let countryFont = 13.0
    var requests: [LabelPlacer.Request] = []
    for feature in features {
      guard let label = feature.style.label,
        let first = GeometryParts(feature.feature.geometry).points.first,
        let point = viewport.point(first)
      else { continue }
      let priority = feature.style.change != nil ? 0 : feature.style.actors.isEmpty ? 2 : 1
      let radius = feature.style.markerRadius + (feature.style.change != nil ? 5 : 0)
      requests.append(
        LabelPlacer.Request(
          text: label, priority: priority,
          candidates: LabelPlacer.around(point, radius: radius, fontSize: placeFont),
          fontSize: placeFont))
    }
    let visible = viewport.visibleExtent(inset: 30)
    for country in background.countries where !country.name.isEmpty {
      guard let visible, let position = LabelPoint.inside(country.geometry, within: visible),
        let point = viewport.point(position)
      else { continue }
      let text = country.name.uppercased()
      let candidates = [0.0, -18, 18, -36, 36].map { shift in
        LabelPlacer.Candidate(point: SVGPoint(x: point.x, y: point.y + shift), anchor: .middle)
      }
      requests.append(
        LabelPlacer.Request(
          text: text, role: .country, priority: 10, candidates: candidates, fontSize: countryFont,
          letterSpacing: 0.12, characterWidth: 0.72))
    }
    let inner = SVGRect(
      x: viewport.frame.x + 4, y: viewport.frame.y + 4, width: viewport.frame.width - 8,
      height: viewport.frame.height - 8)
    var placer = LabelPlacer(bounds: inner, obstacles: obstacles)
    svg.raw(
      "<g id=\"labels\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" "
        + "paint-order=\"stroke\">\n")
    for placement in placer.place(requests) {
      let country = placement.role == .country
      var attributes = [
        ("x", SVGNumber.format(placement.candidate.point.x)),
        ("y", SVGNumber.format(placement.candidate.point.y)),
        ("font-size", SVGNumber.format(placement.fontSize)),
        ("text-anchor", placement.candidate.anchor.rawValue),
        ("fill", country ? "#8c8273" : "#222222"),
      ]
      if country { attributes.append(("letter-spacing", "1.5")) }
      svg.element("text", attributes, content: placement.text)
    }
    svg.raw("</g>\n")
  }
}
