import GeoJSON
import Projection

/// Distance to a border, the nearest border point, and the side: everything
/// `frontline distance --border` reports for one point.
public struct BorderMeasurement: Hashable, Sendable {
  /// Geodesic distance to the border on WGS 84, metres.
  public var distance: Double
  /// The nearest point of the border (longitude/latitude, degrees).
  public var nearest: Position
  /// Which line the nearest point is on (`BoundaryLine.label`, e.g. `IRQ-SYR`).
  public var line: String
  /// The side of the border, or the border zone.
  public var side: BorderSide
  /// Width of the border zone at the nearest point, metres.
  public var zoneWidth: Double
  /// Where the zone width came from.
  public var zoneBasis: BorderZone.Basis
}

/// Measures points against one border: a set of boundary lines, the countries on their
/// sides and the cross-check lines that set the border zone.
public struct BorderMeasurer: Sendable {
  /// The lines measured against.
  public let lines: [BoundaryLine]
  /// The countries whose polygons decide the side.
  public let countries: [Country]
  private let engine: BorderDistance
  private let zone: BorderZone
  private let lineOfPolyline: [Int]
  /// `BoundaryLine.label` of each line, computed once.
  private let labels: [String]
  private let globalSegmentStart: [Int]
  private let sidesComplete: Bool

  /// - Parameters:
  ///   - lines: the border's lines (from `BoundaryCatalog.lines(for:)` or a user's file).
  ///   - countries: the polygons of the countries on either side; for a user's line, any
  ///     countries of interest.
  ///   - crossChecks: other sources' lines; those whose countries match a line's set its
  ///     zone width.
  ///   - requiredCountries: alpha-3 codes that should have polygons; when one is missing,
  ///     points in none of `countries` are `.unknown` rather than `.outside`.
  ///   - manyQueries: whether to prepare for thousands of points (the candidate grid and
  ///     the prepared geodesics of `BorderDistance`, 20–70 ms for a border); a handful of
  ///     points is measured sooner without.
  /// - Throws: `BordersError(.outOfRange)` for positions that are not WGS 84.
  public init(
    lines: [BoundaryLine], countries: [Country], crossChecks: [CrossCheckLine] = [],
    requiredCountries: [String] = [], manyQueries: Bool = true
  ) throws(BordersError) {
    var polylines: [[Position]] = []
    var lineOfPolyline: [Int] = []
    var polylineCountries: [[String]] = []
    for (index, line) in lines.enumerated() {
      for part in line.parts where !part.isEmpty {
        polylines.append(part)
        lineOfPolyline.append(index)
        polylineCountries.append(line.countries.count == 2 ? line.countries : [])
      }
    }
    let engine = try BorderDistance(polylines: polylines, manyQueries: manyQueries)
    var start: [Int] = []
    var total = 0
    for part in polylines {
      start.append(total)
      total += max(1, part.count - 1)
    }
    self.lines = lines
    labels = lines.map(\.label)
    self.countries = countries
    self.engine = engine
    self.lineOfPolyline = lineOfPolyline
    globalSegmentStart = start
    zone = try BorderZone(
      reference: engine, countries: polylineCountries, crossChecks: crossChecks)
    let available = Set(countries.flatMap { [$0.iso3, $0.adm0A3] })
    sidesComplete = requiredCountries.allSatisfy(available.contains)
  }

  /// Number of geodesic segments measured against.
  public var segmentCount: Int { engine.segmentCount }

  /// Measures one point; `nil` when there are no lines.
  /// - Parameter position: longitude/latitude in degrees (valid WGS 84).
  public func measure(_ position: Position) -> BorderMeasurement? {
    guard let nearest = engine.nearest(to: position) else { return nil }
    let (width, basis) = zone.width(
      segment: globalSegmentStart[nearest.polyline] + nearest.segment, along: nearest.along)
    let side: BorderSide
    if nearest.distance < width {
      side = .borderZone
    } else if let country = countries.first(where: { $0.contains(position) }) {
      side = .country(iso2: country.iso2, iso3: country.iso3)
    } else {
      side = sidesComplete ? .outside : .unknown
    }
    return BorderMeasurement(
      distance: nearest.distance, nearest: nearest.position,
      line: labels[lineOfPolyline[nearest.polyline]], side: side, zoneWidth: width,
      zoneBasis: basis)
  }
}
