import Foundation
import GeoJSON

/// The map's background, drawn instead of tiles so that the map works offline: country
/// polygons with their names, and land borders (Natural Earth, shipped in `gazetteer/`).
public struct MapBackground: Hashable, Sendable {
  /// A country: its name, ISO code, shape and where its name goes.
  public struct Country: Hashable, Sendable {
    public var name: String
    /// ISO 3166-1 alpha-2, empty when unknown.
    public var isoCode: String
    /// A Polygon or MultiPolygon in WGS 84 degrees.
    public var geometry: Geometry
    /// A point inside the country's largest part, for its name.
    public var labelPosition: Position

    /// - Parameters:
    ///   - name: the name shown on the map.
    ///   - isoCode: ISO 3166-1 alpha-2 code.
    ///   - geometry: the country's Polygon or MultiPolygon, degrees.
    public init(name: String, isoCode: String, geometry: Geometry) {
      self.name = name
      self.isoCode = isoCode
      self.geometry = geometry
      labelPosition =
        LabelPoint.inside(geometry) ?? BoundingBox(geometry)?.centre
        ?? Position(longitude: 0, latitude: 0)
    }
  }

  public var countries: [Country]
  /// Land borders: LineStrings or MultiLineStrings, with a `pair` property (`IRQ-SYR`).
  public var borders: [Feature]

  /// A background with nothing on it.
  public static let empty = MapBackground(countries: [], borders: [])

  /// - Parameters:
  ///   - countries: the countries to draw.
  ///   - borders: border line features, degrees.
  public init(countries: [Country], borders: [Feature]) {
    self.countries = countries
    self.borders = borders
  }

  /// Reads Natural Earth style files: countries with `name` (or `name_long`, `NAME`) and
  /// `iso_a2` properties, and border lines.
  /// - Parameters:
  ///   - countries: the countries GeoJSON's bytes.
  ///   - countriesFile: its name, for messages.
  ///   - borders: the borders GeoJSON's bytes.
  ///   - bordersFile: its name, for messages.
  /// - Throws: `.invalidInput` when a file is not GeoJSON, naming line and column.
  public static func read(
    countries: [UInt8], countriesFile: String, borders: [UInt8], bordersFile: String
  ) throws(MapViewError) -> MapBackground {
    let countryLayer = try MapLayer.read(countries, file: countriesFile)
    let borderLayer = try MapLayer.read(borders, file: bordersFile)
    let shapes = countryLayer.features.compactMap { feature -> Country? in
      guard let geometry = feature.geometry, isArea(geometry) else { return nil }
      let properties = feature.properties ?? JSONObject()
      let name =
        ["name", "NAME", "name_long", "ADMIN"].lazy.compactMap { properties[$0]?.stringValue }
        .first ?? ""
      let code = (properties["iso_a2"] ?? properties["ISO_A2"])?.stringValue ?? ""
      return Country(name: name, isoCode: code == "-99" ? "" : code, geometry: geometry)
    }
    let lines = borderLayer.features.filter { $0.geometry.map(isLine) ?? false }
    return MapBackground(countries: shapes, borders: lines)
  }

  /// Only what touches `box`: a map of Iraq does not need the borders of Canada.
  func cropped(to box: BoundingBox) -> MapBackground {
    MapBackground(
      countries: countries.filter { BoundingBox($0.geometry)?.intersects(box) ?? false },
      borders: borders.filter { $0.geometry.flatMap(BoundingBox.init)?.intersects(box) ?? false })
  }

  /// The extent of the countries, `nil` without any.
  var extent: BoundingBox? {
    countries.lazy.compactMap { BoundingBox($0.geometry) }.reduce(nil) { box, part in
      box.map { $0.union(part) } ?? part
    }
  }

  private static func isArea(_ geometry: Geometry) -> Bool {
    switch geometry {
    case .polygon, .multiPolygon: true
    default: false
    }
  }

  private static func isLine(_ geometry: Geometry) -> Bool {
    switch geometry {
    case .lineString, .multiLineString: true
    default: false
    }
  }
}

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
