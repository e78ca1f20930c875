import GeoJSON
import Projection

/// Where geography lands on the SVG canvas: a Lambert azimuthal equal-area projection
/// (PROJ `laea`) centred on the data, scaled and shifted so the data fills the map frame.
///
/// Equal-area keeps the sizes of control areas comparable anywhere on the map, and an
/// azimuthal projection centred on the data has true scale and true north at its centre,
/// where the scale bar and north arrow are measured.
final class SVGViewport {
  /// The PROJ string of the projection.
  let definition: String
  /// The part of the canvas the map is drawn in.
  let frame: SVGRect
  private let transformer: Transformer
  /// Pixels per projected metre.
  private let scale: Double
  /// Projected easting and northing at the frame's top-left corner, metres.
  private let originEasting: Double
  private let originNorthing: Double

  /// - Parameters:
  ///   - extent: the longitudes and latitudes to show, degrees.
  ///   - frame: the canvas rectangle to fill, pixels.
  ///   - padding: room left between the data and the frame's edges, pixels.
  ///   - minimumSpan: the least width and height shown, metres, so that one point still
  ///     gets a map around it.
  /// - Throws: `.projection` when PROJ cannot set up the projection.
  init(extent: BoundingBox, frame: SVGRect, padding: Double, minimumSpan: Double)
    throws(MapViewError)
  {
    let centre = extent.centre
    definition =
      "+proj=laea +lat_0=\(Self.rounded(centre.latitude)) +lon_0=\(Self.rounded(centre.longitude))"
      + " +datum=WGS84 +units=m +no_defs"
    do {
      transformer = try Transformer(from: CRS.wgs84LonLat, to: CRS(definition))
    } catch {
      throw MapViewError(.projection, "cannot set up the map projection: \(error)")
    }
    var corners = Self.outline(of: extent)
    let failures = transformer.transform(&corners)
    let projected = corners.indices.filter { index in !failures.contains { $0.index == index } }
      .map { corners[$0] }
    let eastings = projected.map(\.longitude)
    let northings = projected.map(\.latitude)
    let (west, east) = (eastings.min() ?? 0, eastings.max() ?? 0)
    let (south, north) = (northings.min() ?? 0, northings.max() ?? 0)
    let spanX = max(east - west, minimumSpan)
    let spanY = max(north - south, minimumSpan)
    let usableWidth = max(frame.width - 2 * padding, 1)
    let usableHeight = max(frame.height - 2 * padding, 1)
    scale = min(usableWidth / spanX, usableHeight / spanY)
    originEasting = (west + east) / 2 - frame.width / 2 / scale
    originNorthing = (south + north) / 2 + frame.height / 2 / scale
    self.frame = frame
  }

  /// Canvas points for `positions`, `nil` where PROJ cannot project one.
  func points(_ positions: [Position]) -> [SVGPoint?] {
    var projected = positions
    let failed = Set(transformer.transform(&projected).map(\.index))
    return projected.indices.map { index in
      failed.contains(index) ? nil : canvasPoint(projected[index])
    }
  }

  func point(_ position: Position) -> SVGPoint? { points([position])[0] }

  /// The longitude and latitude under a canvas point, `nil` outside the projection.
  func position(at point: SVGPoint) -> Position? {
    let projected = Position(
      longitude: originEasting + (point.x - frame.x) / scale,
      latitude: originNorthing - (point.y - frame.y) / scale)
    return try? transformer.transform(projected, direction: .inverse)
  }

  /// What paths are cut to: the frame and a margin, so that cut edges stay out of sight.
  var clip: SVGRect {
    SVGRect(x: frame.x - 20, y: frame.y - 20, width: frame.width + 40, height: frame.height + 40)
  }

  /// The longitudes and latitudes seen inside the frame less `inset` pixels on each side;
  /// `nil` when none of it can be unprojected.
  func visibleExtent(inset: Double) -> BoundingBox? {
    let inner = SVGRect(
      x: frame.x + inset, y: frame.y + inset, width: frame.width - 2 * inset,
      height: frame.height - 2 * inset)
    var positions: [Position] = []
    for step in 0...16 {
      let t = Double(step) / 16
      let x = inner.x + inner.width * t
      let y = inner.y + inner.height * t
      let edges = [
        SVGPoint(x: x, y: inner.y), SVGPoint(x: x, y: inner.maxY), SVGPoint(x: inner.x, y: y),
        SVGPoint(x: inner.maxX, y: y),
      ]
      positions += edges.compactMap(position(at:))
    }
    return BoundingBox.union(of: positions.map(BoundingBox.init))
  }

  private func canvasPoint(_ projected: Position) -> SVGPoint {
    SVGPoint(
      x: frame.x + (projected.longitude - originEasting) * scale,
      y: frame.y + (originNorthing - projected.latitude) * scale)
  }

  /// Points along the edges of `box`, since the projection bends them: the corners alone
  /// can miss the widest latitude.
  private static func outline(of box: BoundingBox) -> [Position] {
    let steps = 16
    var positions: [Position] = []
    for step in 0...steps {
      let t = Double(step) / Double(steps)
      let longitude = box.west + (box.east - box.west) * t
      let latitude = box.south + (box.north - box.south) * t
      positions += [
        Position(longitude: longitude, latitude: box.south),
        Position(longitude: longitude, latitude: box.north),
        Position(longitude: box.west, latitude: latitude),
        Position(longitude: box.east, latitude: latitude),
      ]
    }
    return positions
  }

  /// Degrees to 4 decimals (about 10 m), so tiny changes of the data do not change the
  /// projection's text.
  private static func rounded(_ degrees: Double) -> String {
    SVGNumber.format(degrees, decimals: 4)
  }
}
