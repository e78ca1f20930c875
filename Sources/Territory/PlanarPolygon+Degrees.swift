import GeoJSON

extension PlanarPolygon {
  /// A longitude/latitude polygon seen as planar (x = longitude, y = latitude), to let
  /// GEOS check it as readers will draw it.
  init(degrees polygon: Polygon) {
    rings = polygon.rings.map { ring in
      ring.positions.map { PlanarPoint(x: $0.longitude, y: $0.latitude) }
    }
  }

  /// Back to a GeoJSON polygon in degrees; rings GEOS returns are closed with four or more
  /// points.
  var degreesPolygon: Polygon {
    Polygon(
      rings.compactMap { ring in
        try? LinearRing(ring.map { Position(longitude: $0.x, latitude: $0.y) })
      })
  }
}
