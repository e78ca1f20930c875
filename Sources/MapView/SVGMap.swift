import GeoJSON
import Projection

/// Renders a `MapDocument` as a static SVG map for reports: countries, borders, the data,
/// labels that do not overlap, a legend, a scale bar and a north arrow, in a Lambert
/// azimuthal equal-area projection centred on the data (PROJ `laea`).
///
/// Deterministic: the same document gives the same bytes (fixed number formatting, input
/// order, no dates), so maps can be compared against golden files. A series is drawn at its
/// `initialStep`, with that step's changes.
public struct SVGMap: Sendable {
  /// Canvas width, pixels.
  public let width: Int
  /// Canvas height, pixels.
  public let height: Int

  static let titleHeight = 46.0
  static let legendWidth = 210.0
  static let framePadding = 40.0
  /// The least span shown, metres: a single place gets 30 km around it.
  static let minimumSpan = 30_000.0
  static let seaColour = "#dfe8ee"
  static let landColour = "#f2efe9"
  static let borderColour = "#7d7d7d"

  /// - Parameters:
  ///   - width: canvas width in pixels, 400 to 10000.
  ///   - height: canvas height in pixels, 300 to 10000.
  /// - Throws: `.invalidOption` for sizes outside those ranges.
  public init(width: Int = 1000, height: Int = 700) throws(MapViewError) {
    guard (400...10_000).contains(width), (300...10_000).contains(height) else {
      throw MapViewError(
        .invalidOption,
        "an SVG map must be 400–10000 px wide and 300–10000 px high, got \(width)×\(height)")
    }
    self.width = width
    self.height = height
  }

  /// The SVG document, UTF-8.
  /// - Throws: `.projection` when PROJ cannot set up the projection.
  public func render(_ document: MapDocument) throws(MapViewError) -> [UInt8] {
    let styled = document.styled()
    let features = styled.steps.isEmpty ? [] : styled.steps[document.initialStep]
    let shown = styled.layers.flatMap { $0 } + features
    let extent =
      BoundingBox(features: shown.map(\.feature)) ?? styled.extent
      ?? BoundingBox(west: -180, south: -60, east: 180, north: 75)
    let frame = SVGRect(
      x: 0, y: Self.titleHeight, width: Double(width) - Self.legendWidth,
      height: Double(height) - Self.titleHeight)
    let viewport = try SVGViewport(
      extent: extent, frame: frame, padding: Self.framePadding, minimumSpan: Self.minimumSpan)
    let legend = SVGLegend(shown.map(\.style), table: ActorTable(document.actors))
    let background = document.background.cropped(to: extent.expanded(by: 20))
    var svg = SVGWriter()
    svg.raw(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
        + "viewBox=\"0 0 \(width) \(height)\" "
        + "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n")
    svg.element("title", [:], content: document.title)
    svg.element("desc", [:], content: "Projection: \(viewport.definition)")
    writeDefinitions(&svg, frame: frame, changes: legend.changes)
    svg.element("rect", SVGWriter.attributes(of: frame) + [("fill", Self.seaColour)])
    svg.raw("<g clip-path=\"url(#map-frame)\">\n")
    writeBackground(&svg, background, viewport)
    let markers = writeFeatures(&svg, shown, viewport)
    let furniture = SVGFurniture(frame: frame, viewport: viewport)
    writeLabels(&svg, shown, background, viewport, obstacles: markers + furniture.obstacles)
    svg.raw("</g>\n")
    furniture.write(&svg)
    writeTitle(&svg, document.title, date: styled.steps.isEmpty ? nil : document.initialDate)
    legend.write(
      &svg,
      in: SVGRect(
        x: frame.maxX, y: Self.titleHeight, width: Self.legendWidth, height: frame.height),
      projection: viewport.definition)
    svg.raw("</svg>\n")
    return Array(svg.text.utf8)
  }

  private func writeDefinitions(_ svg: inout SVGWriter, frame: SVGRect, changes: [MapChange.Kind]) {
    svg.raw("<defs>\n<clipPath id=\"map-frame\">")
    svg.element("rect", SVGWriter.attributes(of: frame))
    svg.raw("</clipPath>\n")
    for kind in changes {
      svg.raw(
        "<pattern id=\"hatch-\(kind.rawValue)\" patternUnits=\"userSpaceOnUse\" width=\"8\" "
          + "height=\"8\" patternTransform=\"rotate(45)\">")
      svg.element(
        "line",
        ["x1": "0", "y1": "0", "x2": "0", "y2": "8", "stroke": kind.colour, "stroke-width": "3"])
      svg.raw("</pattern>\n")
    }
    svg.raw("</defs>\n")
  }

  private func writeTitle(_ svg: inout SVGWriter, _ title: String, date: String?) {
    svg.element(
      "rect",
      [
        "x": "0", "y": "0", "width": "\(width)", "height": SVGNumber.format(Self.titleHeight),
        "fill": "#ffffff",
      ])
    svg.element(
      "text", ["x": "12", "y": "22", "font-size": "17", "font-weight": "bold", "fill": "#222222"],
      content: title)
    if let date {
      svg.element(
        "text", ["x": "12", "y": "39", "font-size": "12", "fill": "#444444"],
        content: "as of \(date)")
    }
  }
}
