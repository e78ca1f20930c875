import ArgumentParser
import Borders
import Foundation
import Gazetteer
import GeoJSON

/// `frontline distance --border`: distance from places, points or every feature of a file to
/// a land border (Natural Earth 10m) or a user's line, the nearest border point, and the side.
extension DistanceCommand {
  /// How border results are written.
  enum BorderOutput: String {
    case table, csv, json, geojson, geojsonseq
  }

  /// Checks the border mode's arguments: something to measure, and a file or `-` alone.
  func validateBorder() throws {
    if pairs != nil || !between.isEmpty {
      throw ValidationError("--border measures places and points, not --pairs or --between")
    }
    guard !points.isEmpty else {
      throw ValidationError(
        "give the places to measure: PLACE, LAT,LON, or a GeoJSON file (- for standard input)")
    }
    let inputs = try points.filter { try Coordinate.parse($0) == nil && Self.isFileArgument($0) }
    if !inputs.isEmpty, points.count > 1 {
      throw ValidationError(
        "a GeoJSON input (\(inputs[0])) must be the only argument; measure places and points "
          + "in a separate call")
    }
  }

  /// Runs the border mode.
  func runBorder() throws {
    try validateBorder()
    let data = try DataLocation.gazetteerDirectory()
    let library = try BorderLibrary(dataDirectory: data)
    // A file may hold millions of features; places and points on the command line are few.
    let annotatesFile =
      try points.count == 1 && Coordinate.parse(points[0]) == nil
      && Self.isFileArgument(points[0])
    let measurer: BorderMeasurer
    let label: String
    if let file = border.borderFile {
      let bytes = try InputFile.read(file)
      measurer = try library.measurer(
        userFeatures: try Self.features(bytes, file: file), file: file,
        manyQueries: annotatesFile)
      label = file
    } else {
      let text = border.border ?? ""
      measurer = try library.measurer(for: text, manyQueries: annotatesFile)
      label = text
    }
    guard let output = BorderOutput(rawValue: format.rawValue) else {
      throw ValidationError("--format \(format.rawValue) is not a border output")
    }
    let style = BorderReport(
      format: output, border: label, precision: border.output.precision,
      pretty: border.output.pretty)
    if annotatesFile {
      try annotate(points[0], measurer: measurer, style: style)
    } else {
      try measurePlaces(measurer: measurer, style: style, data: data)
    }
  }

  /// `-`, or an existing file.
  static func isFileArgument(_ argument: String) -> Bool {
    argument == "-" || FileManager.default.fileExists(atPath: argument)
  }

  private static func features(_ bytes: [UInt8], file: String) throws -> [Feature] {
    do {
      return try GeoJSONReader.read(bytes, file: file).features
    } catch {
      throw BordersError(error)
    }
  }

  // MARK: Places and points

  private func measurePlaces(measurer: BorderMeasurer, style: BorderReport, data: String) throws {
    let located = try Self.locate(points, data: data)
    var rows: [BorderReport.Row] = []
    for point in located {
      guard let measurement = measurer.measure(point.position) else { continue }
      rows.append(
        BorderReport.Row(name: point.argument, position: point.position, measurement: measurement)
      )
    }
    try border.output.write { target in try target.write(style.render(rows)) }
  }

  /// A command-line point: the argument, where it is, and whether it named a place.
  struct LocatedArgument {
    var argument: String
    var position: Position
    var isPlace: Bool
  }

  /// Each argument's position: `LAT,LON` as given, anything else through the gazetteer
  /// (loaded only when a name needs it).
  /// - Parameter data: the data folder, found only when a name needs the gazetteer.
  static func locate(
    _ arguments: [String], data: @autoclosure () throws -> String
  ) throws -> [LocatedArgument] {
    var gazetteer: Gazetteer?
    var located: [LocatedArgument] = []
    for argument in arguments {
      if let coordinate = try Coordinate.parse(argument) {
        located.append(
          LocatedArgument(argument: argument, position: coordinate.position, isPlace: false))
        continue
      }
      if gazetteer == nil { gazetteer = try Gazetteer.loadShipped(dataDirectory: try data()) }
      let result = gazetteer?.geocode(argument)
      guard let result, let best = result.best else {
        let hints = result?.suggestions.prefix(3).map(\.place.name) ?? []
        let suggestion = hints.isEmpty ? "" : "; did you mean \(hints.joined(separator: ", "))?"
        throw BordersError(
          .invalidData, "'\(argument)' is not a place in the gazetteer\(suggestion)")
      }
      if result.status == .ambiguous {
        StandardError.print(
          "frontline: note: '\(argument)' is ambiguous; using \(best.place.name) "
            + "(\(best.place.country)) at \(best.place.position.latitude),"
            + "\(best.place.position.longitude)")
      }
      located.append(
        LocatedArgument(argument: argument, position: best.place.position, isPlace: true))
    }
    return located
  }

  // MARK: Files

  /// Adds `border_distance_km`, `border_nearest`, `border_side` (and the zone) to every
  /// feature of a GeoJSON or GeoJSONSeq input, writing as it reads.
  private func annotate(_ path: String, measurer: BorderMeasurer, style: BorderReport) throws {
    let name = InputFile.displayName(path)
    let bytes = try InputFile.read(path)
    let isSequence = ProjectCommand.isSequence(bytes)
    var output = style
    if style.format == .table { output.format = isSequence ? .geojsonseq : .geojson }
    try border.output.write { target in
      var sink = BorderReport.Sink(report: output, target: target)
      try sink.begin()
      do {
        if isSequence {
          let reader = GeoJSONSeqReader(bytes: bytes, file: name)
          while let feature = try reader.next() {
            try sink.write(feature, measurer: measurer)
          }
        } else {
          let collection = try Self.collectionReader(bytes, file: name)
          guard var reader = collection else {
            for feature in try GeoJSONReader.read(bytes, file: name).features {
              try sink.write(feature, measurer: measurer)
            }
            try sink.end(foreignMembers: JSONObject())
            return
          }
          while let feature = try reader.next() { try sink.write(feature, measurer: measurer) }
          try sink.end(foreignMembers: reader.members.foreignMembers)
          return
        }
      } catch let error as GeoJSONError {
        throw BordersError(error)
      }
      try sink.end(foreignMembers: JSONObject())
    }
  }

  /// A streaming reader when the input is a FeatureCollection; `nil` for a lone Feature or
  /// geometry, which is read whole.
  private static func collectionReader(
    _ bytes: [UInt8], file: String
  ) throws(GeoJSONError) -> FeatureCollectionReader? {
    do {
      return try FeatureCollectionReader(bytes: bytes, file: file)
    } catch  where error.code == .wrongType {
      return nil
    }
  }
}
