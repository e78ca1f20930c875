import ArgumentParser
import GeoJSON

/// The output options every command shares: `-o`, `--overwrite`, `--precision`, `--pretty`.
struct OutputOptions: ParsableArguments {
  @Option(name: .shortAndLong, help: "Write to FILE (atomically) instead of standard output.")
  var output: String?

  @Flag(help: "Replace the -o file if it exists.")
  var overwrite = false

  @Option(help: "Decimals for coordinates in GeoJSON output (0–17).")
  var precision: Int = 7

  @Flag(help: "Indent JSON output for reading.")
  var pretty = false

  func validate() throws {
    guard (0...17).contains(precision) else {
      throw ValidationError("--precision must be between 0 and 17, got \(precision)")
    }
  }

  /// Opens the output, runs `body`, then commits; on any error the output is discarded, so an
  /// existing file stays as it was.
  func write(_ body: (OutputTarget) throws -> Void) throws {
    let target = try OutputTarget(path: output, overwrite: overwrite)
    do {
      try body(target)
      try target.commit()
    } catch {
      target.discard()
      throw error
    }
  }
}
