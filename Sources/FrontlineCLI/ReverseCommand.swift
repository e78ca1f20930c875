import ArgumentParser
import Borders
import Foundation
import Gazetteer
import GeoJSON

/// `frontline reverse`: the places nearest a point and the country it falls in.
struct ReverseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reverse",
    abstract: "The places nearest a point (geodesic km) and the country it falls in.",
    discussion: """
      Examples:
        frontline reverse 36.32 41.87
        frontline reverse 36.32,41.87 --limit 10 --format geojson
        frontline reverse --limit 3 -- -33.92 18.42   (options, then -- before negatives)

      Distances and bearings are geodesics on the WGS 84 ellipsoid (PROJ geod_inverse); \
      the bearing is from the point towards the place, degrees clockwise from north in \
      [0, 360). \
      Countries and regions are not listed as nearby places.

      The country comes from the Natural Earth 10m polygons shipped for IQ, SY, TR, JO, LB, \
      IL, PS, SA, KW and IR (none elsewhere or at sea). They are quantized to about \
      300 m: within a kilometre or so of a border, treat the answer as the border zone.

      Formats: table; json (one object: lat, lon, country, nearest); csv (a header, then \
      one row per nearby place: rank,id,name,kind,country,lat,lon,population,distance_km,\
      bearing_deg,point_country); geojson (a FeatureCollection: the point, role "query", \
      then the places, role "nearest", with rank, distance_km and bearing_deg).
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, geojson
  }

  @Argument(
    help: ArgumentHelp("The point: LAT LON or LAT,LON in decimal degrees.", valueName: "LAT LON"))
  var coordinates: [String] = []

  @Option(help: "How many nearby places.")
  var limit: Int = 5

  @Option(help: "Output: table, json, csv or geojson.")
  var format: Format = .table

  @OptionGroup var gazetteer: GazetteerOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    guard limit >= 1 else { throw ValidationError("--limit must be at least 1, got \(limit)") }
  }

  func run() throws {
    let point = try self.point()
    let gazetteer = try self.gazetteer.load()
    let nearby = gazetteer.nearest(to: point.position, limit: limit)
    let atlas = try CountryAtlas(path: DataLocation.file("countries/ne10m-countries.geojson"))
    let report = ReverseReport(
      point: point.position, country: atlas.country(at: point.position), nearby: nearby,
      precision: output.precision, pretty: output.pretty)
    try output.write { target in
      switch format {
      case .table: try target.write(report.table())
      case .json: try target.write(report.json())
      case .csv: try target.write(report.csv())
      case .geojson: try target.write(report.geojson())
      }
    }
  }

  /// The point from `LAT LON` or `LAT,LON`.
  private func point() throws -> Coordinate {
    let text = coordinates.joined(separator: ",")
    guard (1...2).contains(coordinates.count), let coordinate = try Coordinate.parse(text) else {
      throw ValidationError(
        "expected a point as LAT LON or LAT,LON in decimal degrees, got '\(coordinates.joined(separator: " "))'"
      )
    }
    return coordinate
  }
}
