/// A point on the SVG canvas, pixels from the top-left corner, y down.
struct SVGPoint: Hashable, Sendable {
  var x: Double
  var y: Double
}
