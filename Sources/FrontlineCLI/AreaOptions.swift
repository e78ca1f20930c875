import ArgumentParser
import Territory

/// `--areas`, `--fronts`, `--reach`, `--countries`: control areas and front lines estimated
/// from a snapshot's points (see docs/territory.md), for `snapshot` and `diff`.
struct AreaOptions: ParsableArguments {
  @Flag(
    help: """
      Add control areas: each place's Voronoi cell within its reach, clipped to the countries \
      holding a place, dissolved by holder; the rest is `unknown`. An estimate from points \
      (docs/territory.md).
      """)
  var areas = false

  @Flag(
    help: """
      Add front lines: the boundaries between areas of different holders, as LineStrings \
      with `between` and `length_km`.
      """)
  var fronts = false

  @Option(
    help: ArgumentHelp(
      "How far control reaches by place kind, in km (default city=15,town=4,village=2,hamlet=1).",
      valueName: "KIND=KM,…"))
  var reach: String?

  @Option(
    name: .customLong("countries"),
    help: ArgumentHelp(
      "Country polygons to clip areas to (default: the shipped Natural Earth countries).",
      valueName: "FILE"))
  var countriesFile: String?

  /// Whether areas or fronts are asked for.
  var isRequested: Bool { areas || fronts }

  func validate() throws {
    if let reach {
      do {
        _ = try ReachOptions(specification: reach)
      } catch {
        throw ValidationError("--reach: \(error.message)")
      }
    }
    if !isRequested, reach != nil || countriesFile != nil {
      throw ValidationError("--reach and --countries need --areas or --fronts")
    }
  }
}
