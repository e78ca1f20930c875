import ArgumentParser
import Foundation
import Gazetteer
import GeoJSON

/// `frontline geocode`: place names as reports spell them → ranked gazetteer candidates.
struct GeocodeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "geocode",
    abstract: "Find places by name as reports spell them: ranked candidates with scores.",
    discussion: """
      Examples:
        frontline geocode Mosul "Tal Afar" Qamishli "northern Syria"
        frontline geocode Sinjar --country SY
        frontline geocode "al-Ba'ah" --near Sinjar --format json
        frontline geocode --format csv < names.txt > places.csv

      With no NAME (or the single NAME -), names are read from standard input, one per \
      line, and there is one result per line, in order; a blank line is unresolved.

      Matching folds what English-language reporting does to Arabic and Kurdish names \
      (case, diacritics, the ʿayn/hamza marks, articles such as al- and ash-, spelling \
      alternations such as ou/u, q/k, j/dj, Umm/Um, Tal/Tell), then tries misspellings \
      within a small edit distance. Candidates are ranked by a score in 0–1: string \
      similarity weighed with the kind and size of the place and, with --near, its \
      distance; --country filters.

      Status: ok when the best candidate leads the next by 0.1 in score or more (and \
      scores 0.5 or more), ambiguous when it does not (it is still the most likely), \
      unresolved when no spelling matches; an unresolved name lists the closest spellings \
      as suggestions instead of a guess.

      Formats: table (for reading); json (NDJSON: one object per name with input, status, \
      candidates and suggestions); csv (a header, then one row per name with its best \
      candidate: input,status,id,name,lat,lon,country,kind,population,score,matched,match,\
      source,alternatives, where alternatives are the other candidates' ids, or the \
      suggestions' for an unresolved name, separated by |); geojson (a FeatureCollection \
      of every candidate as a Point with input, rank and status; unresolved names are \
      listed in the collection's member "unresolved").

      Exit status: 0 when every name resolved (ok or ambiguous); 1 when one or more did \
      not (the output still has a result for every name, and standard error lists the \
      unresolved ones) or the data was unreadable or malformed; 64 for usage errors.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, geojson
  }

  @Argument(
    help: ArgumentHelp(
      "Place names; none (or -) reads one per line from standard input.", valueName: "NAME"))
  var names: [String] = []

  @Option(
    name: .customLong("country"),
    help: ArgumentHelp(
      "Only places in these countries (ISO alpha-2; comma-separated or repeated).",
      valueName: "CC"))
  var countries: [String] = []

  @Option(
    help: ArgumentHelp(
      "Favour places near this point or the place of this name.", valueName: "LAT,LON|NAME"))
  var near: String?

  @Option(help: "Candidates per name (table, json and geojson).")
  var limit: Int = 5

  @Flag(name: .customLong("no-fuzzy"), help: "Match exact and folded spellings only.")
  var noFuzzy = false

  @Option(help: "Output: table, json (NDJSON), csv or geojson.")
  var format: Format = .table

  @OptionGroup var gazetteer: GazetteerOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    guard limit >= 1 else { throw ValidationError("--limit must be at least 1, got \(limit)") }
    for code in countryCodes where code.count != 2 || !code.allSatisfy(\.isLetter) {
      throw ValidationError("--country takes ISO 3166-1 alpha-2 codes such as IQ, got '\(code)'")
    }
  }

  /// The `--country` codes, split at commas, upper case.
  private var countryCodes: [String] {
    countries.flatMap { $0.split(separator: ",") }.map {
      $0.trimmingCharacters(in: .whitespaces).uppercased()
    }
  }

  func run() throws {
    let input = try inputNames()
    let gazetteer = try self.gazetteer.load()
    var options = GeocodeOptions(
      countries: Set(countryCodes), limit: limit, fuzzy: !noFuzzy)
    options.near = try nearPosition(in: gazetteer, countries: options.countries)
    let results = gazetteer.geocode(input, options: options)
    let report = GeocodeReport(precision: output.precision, pretty: output.pretty)
    try output.write { target in
      switch format {
      case .table: try target.write(report.table(results))
      case .json: try target.write(report.ndjson(results))
      case .csv: try target.write(report.csv(results))
      case .geojson: try target.write(report.geojson(results))
      }
    }
    let unresolved = results.filter { $0.status == .unresolved }.map(\.query)
    if !unresolved.isEmpty {
      StandardError.print(
        "frontline: \(unresolved.count) of \(results.count) name(s) unresolved: "
          + unresolved.map { "'\($0)'" }.joined(separator: ", "))
      throw CommandFailure()
    }
  }

  /// The names to resolve: the arguments, or standard input's lines.
  private func inputNames() throws -> [String] {
    guard names.isEmpty || names == ["-"] else { return names }
    if isatty(STDIN_FILENO) == 1 {
      throw ValidationError("give place names, or pipe them in one per line")
    }
    let text = String(decoding: try InputFile.read("-"), as: UTF8.self)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0.hasSuffix("\r") ? $0.dropLast() : $0).trimmingCharacters(in: .whitespaces)
    }
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// `--near` as a position: `LAT,LON`, or the best candidate for a name.
  private func nearPosition(in gazetteer: Gazetteer, countries: Set<String>) throws -> Position? {
    guard let near else { return nil }
    if let coordinate = try Coordinate.parse(near) { return coordinate.position }
    let result = gazetteer.geocode(near, options: GeocodeOptions(countries: countries))
    guard let best = result.best else {
      let hints = result.suggestions.prefix(3).map(\.place.name)
      let hint = hints.isEmpty ? "" : "; did you mean \(hints.joined(separator: ", "))?"
      throw ValidationError("--near '\(near)' is neither LAT,LON nor a known place\(hint)")
    }
    return best.place.position
  }
}
