import ArgumentParser
import Foundation
import Gazetteer

/// The gazetteer the place commands use: the shipped one, plus GeoNames dumps or curated
/// TSVs from `--gazetteer` and from `$FRONTLINE_GAZETTEER` (colon-separated paths).
struct GazetteerOptions: ParsableArguments {
  static let environmentVariable = "FRONTLINE_GAZETTEER"

  @Option(
    name: .customLong("gazetteer"),
    help: ArgumentHelp(
      "Add a GeoNames dump (IQ.txt, cities500.txt, allCountries.txt) or a curated places TSV; "
        + "repeatable. $FRONTLINE_GAZETTEER adds more (colon-separated).",
      valueName: "PATH"))
  var files: [String] = []

  /// The extra files: the environment's first, then `--gazetteer`'s, in order.
  var extraFiles: [String] {
    let environment = ProcessInfo.processInfo.environment[Self.environmentVariable] ?? ""
    return environment.split(separator: ":").map(String.init) + files
  }

  /// Loads the gazetteer, its index cached between runs (see
  /// `DataLocation.cacheDirectory`).
  /// - Throws: `GazetteerError` or `GeoJSONError` for missing data or a malformed file.
  func load() throws -> Gazetteer {
    try Gazetteer.loadShipped(
      dataDirectory: DataLocation.gazetteerDirectory(), extra: extraFiles,
      cacheDirectory: DataLocation.cacheDirectory())
  }
}
