import Foundation
import GeoJSON

/// Where to write a polygon's name: inside it, in its widest part.
enum LabelPoint {
  /// The middle of the widest horizontal run through the polygons (measured in ground
  /// distance, so longitude is scaled by the cosine of latitude), tried at several latitudes
  /// and cut to `box` when given; a run between two crossings of the rings is inside by the
  /// even-odd rule, so the point is inside even for concave shapes, unlike a centroid.
  /// - Parameters:
  ///   - geometry: a Polygon or MultiPolygon, degrees.
  ///   - box: the part of the map that is visible, if the label must be inside it.
  /// - Returns: `nil` when no part of the geometry lies in `box`.
  static func inside(_ geometry: Geometry, within box: BoundingBox? = nil) -> Position? {
    let polygons: [Polygon]
    switch geometry {
    case .polygon(let polygon): polygons = [polygon]
    case .multiPolygon(let parts): polygons = parts
    default: polygons = []
    }
    guard var extent = BoundingBox(geometry) else { return nil }
    if let box {
      guard extent.intersects(box) else { return nil }
      extent = BoundingBox(
        west: max(extent.west, box.west), south: max(extent.south, box.south),
        east: min(extent.east, box.east), north: min(extent.north, box.north))
    }
    var best: (width: Double, position: Position)?
    for step in 1...15 {
      let latitude = extent.south + (extent.north - extent.south) * Double(step) / 16
      let shrink = cos(latitude * .pi / 180)
      for run in polygons.flatMap({ runs($0, latitude: latitude) }) {
        let west = max(run.lowerBound, extent.west)
        let east = min(run.upperBound, extent.east)
        // Prefer the middle latitudes a little, where names read best.
        let centrality = 1 - abs(Double(step) - 8) / 32
        let width = (east - west) * shrink * centrality
        if east > west, width > (best?.width ?? 0) {
          best = (width, Position(longitude: (west + east) / 2, latitude: latitude))
        }
      }
    }
    return best?.position
  }

  /// The longitude intervals inside `polygon` along the parallel at `latitude`.
  private static func runs(_ polygon: Polygon, latitude: Double) -> [ClosedRange<Double>] {
    var crossings: [Double] = []
    for ring in polygon.rings {
      for (a, b) in zip(ring.positions, ring.positions.dropFirst())
      where (a.latitude > latitude) != (b.latitude > latitude) {
        let t = (latitude - a.latitude) / (b.latitude - a.latitude)
        crossings.append(a.longitude + t * (b.longitude - a.longitude))
      }
    }
    crossings.sort()
    return stride(from: 0, to: crossings.count - 1, by: 2).map { crossings[$0]...crossings[$0 + 1] }
  }
}
