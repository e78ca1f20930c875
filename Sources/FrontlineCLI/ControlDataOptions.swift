import ArgumentParser
import Control
import Gazetteer

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
