import ArgumentParser
import Control
import Gazetteer
import GeoJSON

/// The data the ledger commands resolve against: the actors file and the gazetteer, both
/// from frontline's data folder unless overridden.
struct ControlDataOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Actors file (id, name, aliases, colour, kind) instead of the shipped actors.tsv.",
      valueName: "FILE"))
  var actors: String?

  @OptionGroup var places: GazetteerOptions

  /// The actors: `--actors`, else `gazetteer/actors.tsv`.
  func actorCatalog() throws -> ActorCatalog {
    try ActorCatalog.load(path: actors ?? DataLocation.file("actors.tsv"))
  }

  /// The shipped gazetteer plus `--gazetteer` files, its index cached between runs (see
  /// `DataLocation.cacheDirectory`).
  func gazetteer() throws -> Gazetteer {
    try places.load()
  }

  /// Checks a ledger against the actors and the gazetteer; prints every problem and fails
  /// when there is any.
  /// - Parameters:
  ///   - bytes: the ledger's text.
  ///   - name: its name in messages.
  ///   - actors: the actors it may name.
  ///   - summary: what the last message says after the number of problems.
  /// - Throws: `CommandFailure` after printing the problems.
  func checkedLedger(
    _ bytes: [UInt8], name: String, actors: ActorCatalog,
    summary: (Ledger) -> String = { _ in "fix them (frontline ledger validate)" }
  ) throws -> Ledger {
    let (ledger, problems) = Ledger.read(
      bytes, file: name, actors: actors, places: try gazetteer())
    guard problems.isEmpty else {
      ProblemReport.print(problems)
      StandardError.print(
        "frontline: \(name): \(problems.count) problem(s); \(summary(ledger))")
      throw CommandFailure()
    }
    return ledger
  }

  /// `checkedLedger` of a ledger file (`-`: standard input).
  func checkedLedger(path: String, actors: ActorCatalog) throws -> Ledger {
    try checkedLedger(InputFile.read(path), name: InputFile.displayName(path), actors: actors)
  }
}

/// Prints problems as `frontline: FILE:LINE:COL: message`, one a line, on standard error.
enum ProblemReport {
  static func print(_ problems: [ControlError]) {
    for problem in problems { StandardError.print("frontline: \(problem)") }
  }

  /// Prints an error's individual problems, then the error itself (for a single problem,
  /// just that).
  static func print(rejection error: ControlError) {
    print(error.problems)
    StandardError.print("frontline: \(error)")
  }
}
