import Foundation
import GeoJSON
import Projection

/// The scale bar and the north arrow, both measured on the ellipsoid at the map's centre.
struct SVGFurniture {
  /// The scale bar's length, metres: 1, 2 or 5 × 10ⁿ.
  let scaleLength: Double
  /// The scale bar's length on the canvas, pixels.
  let scalePixels: Double
  /// Where true north points at the map's centre, degrees clockwise from straight up.
  let northAngle: Double
  private let scaleOrigin: SVGPoint
  private let arrowCentre: SVGPoint

  /// - Parameters:
  ///   - frame: the map frame, pixels.
  ///   - viewport: the projection in use.
  init(frame: SVGRect, viewport: SVGViewport) {
    let centre = viewport.position(at: frame.centre) ?? Position(longitude: 0, latitude: 0)
    let pixelsPerMetre = Self.pixels(along: 90, metres: 10_000, from: centre, viewport) / 10_000
    let target = frame.width * 0.22 / max(pixelsPerMetre, 1e-12)
    scaleLength = Self.roundLength(below: target)
    scalePixels = Self.pixels(along: 90, metres: scaleLength, from: centre, viewport)
    northAngle = Self.angle(towards: 0, metres: scaleLength / 2, from: centre, viewport)
    scaleOrigin = SVGPoint(x: frame.x + 18, y: frame.maxY - 22)
    arrowCentre = SVGPoint(x: frame.maxX - 28, y: frame.y + 34)
  }

  /// Boxes that labels must leave free.
  var obstacles: [SVGRect] {
    [
      SVGRect(x: scaleOrigin.x - 8, y: scaleOrigin.y - 20, width: scalePixels + 60, height: 34),
      SVGRect(x: arrowCentre.x - 16, y: arrowCentre.y - 26, width: 32, height: 46),
    ]
  }

  /// The largest of 1, 2 and 5 × 10ⁿ metres not above `metres`.
  static func roundLength(below metres: Double) -> Double {
    guard metres.isFinite, metres >= 1 else { return 1 }
    let power = pow(10, floor(log10(metres)))
    return [5.0, 2, 1].map { $0 * power }.first { $0 <= metres } ?? power
  }

  /// `1 km`, `20 km`, `500 m`.
  static func lengthText(_ metres: Double) -> String {
    metres >= 1000
      ? SVGNumber.format(metres / 1000, decimals: 3) + " km"
      : SVGNumber.format(metres, decimals: 0) + " m"
  }

  func write(_ svg: inout SVGWriter) {
    let (x, y) = (scaleOrigin.x, scaleOrigin.y)
    let half = scalePixels / 2
    svg.raw("<g id=\"scale-bar\" font-size=\"11\" fill=\"#222222\">\n")
    svg.element(
      "rect",
      SVGWriter.attributes(of: SVGRect(x: x - 8, y: y - 18, width: scalePixels + 56, height: 30))
        + [("fill", "#ffffff"), ("fill-opacity", "0.8"), ("rx", "3")])
    for (index, start) in [x, x + half].enumerated() {
      svg.element(
        "rect",
        SVGWriter.attributes(of: SVGRect(x: start, y: y, width: half, height: 5))
          + [
            ("fill", index == 0 ? "#222222" : "#ffffff"), ("stroke", "#222222"),
            ("stroke-width", "1"),
          ])
    }
    svg.element("text", [("x", SVGNumber.format(x)), ("y", SVGNumber.format(y - 4))], content: "0")
    svg.element(
      "text", [("x", SVGNumber.format(x + scalePixels)), ("y", SVGNumber.format(y - 4))],
      content: Self.lengthText(scaleLength))
    svg.raw("</g>\n")
    svg.raw(
      "<g id=\"north-arrow\" transform=\"translate(\(SVGNumber.format(arrowCentre.x)) "
        + "\(SVGNumber.format(arrowCentre.y))) rotate(\(SVGNumber.format(northAngle)))\">\n")
    svg.element(
      "path",
      ["d": "M0 -14L7 10L0 5L-7 10Z", "fill": "#222222", "stroke": "#ffffff", "stroke-width": "1"])
    svg.element(
      "text",
      [
        "x": "0", "y": "-17", "font-size": "12", "font-weight": "bold", "text-anchor": "middle",
        "fill": "#222222", "stroke": "#ffffff", "stroke-width": "3", "paint-order": "stroke",
      ],
      content: "N")
    svg.raw("</g>\n")
  }

  /// The canvas length of a geodesic of `metres` leaving `start` at `azimuth` (`geod_direct`).
  private static func pixels(
    along azimuth: Double, metres: Double, from start: Position, _ viewport: SVGViewport
  ) -> Double {
    let points = endpoints(along: azimuth, metres: metres, from: start, viewport)
    guard let (a, b) = points else { return 0 }
    return hypot(b.x - a.x, b.y - a.y)
  }

  /// The direction on the canvas of a geodesic leaving `start` at `azimuth`, degrees
  /// clockwise from straight up.
  private static func angle(
    towards azimuth: Double, metres: Double, from start: Position, _ viewport: SVGViewport
  ) -> Double {
    guard let (a, b) = endpoints(along: azimuth, metres: metres, from: start, viewport) else {
      return 0
    }
    return atan2(b.x - a.x, a.y - b.y) * 180 / .pi
  }

  private static func endpoints(
    along azimuth: Double, metres: Double, from start: Position, _ viewport: SVGViewport
  ) -> (SVGPoint, SVGPoint)? {
    let end = Geodesic.wgs84.direct(
      latitude: start.latitude, longitude: start.longitude, azimuth: azimuth, distance: metres)
    let points = viewport.points([
      start, Position(longitude: end.longitude, latitude: end.latitude),
    ])
    guard let a = points[0], let b = points[1] else { return nil }
    return (a, b)
  }
}
