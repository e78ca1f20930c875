import ArgumentParser
import Control
import GeoJSON
import Projection

/// `frontline distance`: geodesic distance and azimuths on the WGS 84 ellipsoid (Karney's
/// algorithms through PROJ's `geod_inverse`).
struct DistanceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "distance",
    abstract: "Geodesic distance and azimuths between points on the WGS 84 ellipsoid.",
    discussion: """
      Examples:
        frontline distance 36.34,43.13 35.95,39.01
        frontline distance Mosul Raqqa
        frontline distance --between "Umm Jrais" 35.95,39.01 --format json
        printf '36.32 41.87 36.34 43.13\\n' | frontline distance --pairs -
        frontline distance -- -33.92,18.42 36.34,43.13    (-- before negative values)

      One pair (positional arguments or --between: places from the gazetteer, or LAT,LON in \
      decimal degrees) prints the distance in km (3 decimals) and the azimuths in degrees \
      clockwise from north, in (-180, 180], at the first point and at the second (the \
      direction of travel there). A place prints with the point the gazetteer gives it.

      --pairs reads lines `lat1 lon1 lat2 lon2` (separated by spaces, tabs or commas; blank \
      lines are skipped) and writes `azi1 azi2 s12` per line exactly as GeographicLib's \
      `GeodSolve -i` does by default: azimuths with 8 decimals, s12 in metres with 3, so \
      scripts written for GeodSolve work unchanged. Nothing is written if any line is bad.
      """)

  /// How a single pair is printed.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, geojson, geojsonseq
  }

  @Option(
    name: .long,
    help: ArgumentHelp("Solve one line `lat1 lon1 lat2 lon2` at a time.", valueName: "FILE|-"))
  var pairs: String?

  @Option(
    name: .long, parsing: .upToNextOption,
    help: ArgumentHelp("The two points of one pair.", valueName: "PLACE|LAT,LON PLACE|LAT,LON"))
  var between: [String] = []

  @Argument(help: ArgumentHelp("The two points of one pair.", valueName: "PLACE|LAT,LON"))
  var points: [String] = []

  @Option(help: "Output for one pair: table, json or csv.")
  var format: Format = .table

  @OptionGroup var border: BorderOptions

  func run() throws {
    if border.isRequested { return try runBorder() }
    if let pairs {
      try solvePairs(from: pairs)
      return
    }
    let (start, end) = try endpoints()
    try measure(from: start, to: end)
  }

  /// The two points of a single pair, from `--between` or the positional arguments: places
  /// or `LAT,LON`. Checked here rather than in `validate()` so that an unknown option is
  /// reported as such first.
  private func endpoints() throws -> (LocatedArgument, LocatedArgument) {
    if !between.isEmpty, !points.isEmpty {
      throw ValidationError("give the two points either with --between or as arguments, not both")
    }
    let arguments = between.isEmpty ? points : between
    guard arguments.count == 2 else {
      throw ValidationError(
        "expected two points, places or LAT,LON (or --pairs FILE), got \(arguments.count)")
    }
    let located = try Self.locate(arguments, data: try DataLocation.gazetteerDirectory())
    return (located[0], located[1])
  }

  private func measure(from first: LocatedArgument, to second: LocatedArgument) throws {
    let (start, end) = (first.position, second.position)
    let result = Geodesic.wgs84.inverse(
      latitude1: start.latitude, longitude1: start.longitude, latitude2: end.latitude,
      longitude2: end.longitude)
    let kilometres = PlainText.fixed(result.distance / 1000, 3)
    let azimuth1 = PlainText.fixed(result.initialAzimuth, 6)
    let azimuth2 = PlainText.fixed(result.finalAzimuth, 6)
    let from = "\(start.latitude),\(start.longitude)"
    let to = "\(end.latitude),\(end.longitude)"
    // A place shows its name with the point the gazetteer gave it.
    func label(_ point: LocatedArgument, _ coordinates: String) -> String {
      point.isPlace ? "\(point.argument) (\(coordinates))" : coordinates
    }
    func json(_ point: LocatedArgument) -> String {
      let quoted = GeoJSONWriter().encode(JSONValue.string(point.argument))
      let name = point.isPlace ? "\"name\":\(String(decoding: quoted, as: UTF8.self))," : ""
      return "{\(name)\"lat\":\(point.position.latitude),\"lon\":\(point.position.longitude)}"
    }
    let text: String
    switch format {
    case .geojson, .geojsonseq:
      throw ValidationError(
        "--format \(format.rawValue) is for --border; a pair prints table, json or csv")
    case .table:
      text = TextTable(
        header: ["from", "to", "distance_km", "azimuth1_deg", "azimuth2_deg"],
        rows: [[label(first, from), label(second, to), kilometres, azimuth1, azimuth2]],
        underlinesHeader: false
      ).render()
    case .csv:
      text =
        "lat1,lon1,lat2,lon2,distance_km,azimuth1_deg,azimuth2_deg\n\(from),\(to),"
        + "\(kilometres),\(azimuth1),\(azimuth2)\n"
    case .json:
      text = """
        {"from":\(json(first)),"to":\(json(second)),\
        "distance_km":\(kilometres),"azimuth1_deg":\(azimuth1),"azimuth2_deg":\(azimuth2)}

        """
    }
    try StandardOutput.write(text)
  }

  /// `GeodSolve -i` over a whole input: every line is checked before anything is written.
  private func solvePairs(from path: String) throws {
    guard between.isEmpty, points.isEmpty else {
      throw ValidationError("--pairs reads its points from the file; give no other points")
    }
    let name = InputFile.displayName(path)
    let bytes = try InputFile.read(path)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count * 2)
    do {
      try PairReader.forEachPair(in: bytes) { pair in
        let result = Geodesic.wgs84.inverse(
          latitude1: pair.latitude1, longitude1: pair.longitude1, latitude2: pair.latitude2,
          longitude2: pair.longitude2)
        PlainText.appendFixed(result.initialAzimuth, 8, to: &output)
        output.append(UInt8(ascii: " "))
        PlainText.appendFixed(result.finalAzimuth, 8, to: &output)
        output.append(UInt8(ascii: " "))
        PlainText.appendFixed(result.distance, 3, to: &output)
        output.append(UInt8(ascii: "\n"))
      }
    } catch {
      StandardError.print("frontline: \(name):\(error.line):\(error.column): \(error.message)")
      throw CommandFailure()
    }
    try StandardOutput.write(output)
  }
}

extension DistanceCommand {
  /// Reads `lat1 lon1 lat2 lon2` lines, the input of `GeodSolve -i`.
  enum PairReader {
    struct Pair {
      var latitude1, longitude1, latitude2, longitude2: Double
    }

    /// A bad line: 1-based line and column (in characters) and what is wrong.
    struct Failure: Error {
      var line: Int
      var column: Int
      var message: String
    }

    /// Calls `body` for each non-blank line, in order.
    /// - Throws: `Failure` at the first line that is not four numbers with latitudes in
    ///   [-90, 90] and finite longitudes.
    static func forEachPair(in bytes: [UInt8], _ body: (Pair) -> Void) throws(Failure) {
      var lineNumber = 0
      var start = 0
      while start <= bytes.count {
        lineNumber += 1
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        let line = bytes[start..<end]
        if let pair = try parse(line, lineNumber: lineNumber) { body(pair) }
        start = end + 1
      }
    }

    private static func parse(_ line: ArraySlice<UInt8>, lineNumber: Int) throws(Failure) -> Pair? {
      var fields: [(text: Substring, column: Int)] = []
      let text = String(decoding: line, as: UTF8.self)
      var column = 0
      var current = ""
      var currentColumn = 0
      for character in text {
        column += 1
        if character == "," || character.isWhitespace {
          if !current.isEmpty { fields.append((Substring(current), currentColumn)) }
          current = ""
        } else {
          if current.isEmpty { currentColumn = column }
          current.append(character)
        }
      }
      if !current.isEmpty { fields.append((Substring(current), currentColumn)) }
      guard !fields.isEmpty else { return nil }
      guard fields.count == 4 else {
        let at = fields.count > 4 ? fields[4].column : column + 1
        throw Failure(
          line: lineNumber, column: at,
          message: "expected 4 numbers 'lat1 lon1 lat2 lon2', found \(fields.count)")
      }
      var values: [Double] = []
      for (index, field) in fields.enumerated() {
        guard let value = Double(field.text), value.isFinite else {
          throw Failure(
            line: lineNumber, column: field.column, message: "'\(field.text)' is not a number")
        }
        if index % 2 == 0, !(-90...90).contains(value) {
          throw Failure(
            line: lineNumber, column: field.column,
            message: "latitude \(field.text) is outside [-90, 90]")
        }
        values.append(value)
      }
      return Pair(
        latitude1: values[0], longitude1: values[1], latitude2: values[2], longitude2: values[3])
    }
  }

}
