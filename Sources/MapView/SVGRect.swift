/// A rectangle on the SVG canvas, pixels.
struct SVGRect: Hashable, Sendable {
  var x: Double
  var y: Double
  var width: Double
  var height: Double

  var maxX: Double { x + width }
  var maxY: Double { y + height }
  var centre: SVGPoint { SVGPoint(x: x + width / 2, y: y + height / 2) }

  func intersects(_ other: SVGRect) -> Bool {
    x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
  }

  func contains(_ other: SVGRect) -> Bool {
    other.x >= x && other.maxX <= maxX && other.y >= y && other.maxY <= maxY
  }
}
