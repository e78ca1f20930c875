import ArgumentParser
import GeoJSON

#if canImport(Glibc)
  import Glibc
#endif

/// The `frontline` command: war reporting to maps.
public struct Frontline: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "frontline",
    abstract: "Turn war reporting into maps: places, control events, snapshots and GeoJSON.",
    discussion: """
      Errors are printed as `frontline: FILE:LINE:COL: message`; the exit code is 1 for bad \
      input and 64 for usage errors.
      """,
    subcommands: [
      ProjectCommand.self, DistanceCommand.self, MapCommand.self, GeocodeCommand.self,
      ReverseCommand.self, LedgerCommand.self, SnapshotCommand.self, DiffCommand.self,
      ExtractCommand.self,
    ]
  )

  public init() {}

  /// Runs the command line and exits: 0 on success, 1 when the input was bad or a file could
  /// not be read or written, 64 for usage errors.
  public static func main(_ arguments: [String]? = nil) -> Never {
    var command: ParsableCommand
    do {
      command = try parseAsRoot(arguments)
    } catch {
      // Help, version and usage errors: ArgumentParser prints them and picks the exit code.
      exit(withError: error)
    }
    do {
      try command.run()
      Glibc.exit(0)
    } catch let failure as CommandFailure {
      Glibc.exit(failure.exitCode)
    } catch let error as ValidationError {
      // Found only once running: usage errors all the same (EX_USAGE).
      StandardError.print("frontline: \(error.message) (see 'frontline help')")
      Glibc.exit(64)
    } catch let code as ExitCode {
      Glibc.exit(code.rawValue)
    } catch let error where exitCode(for: error) == .success {
      // A help request is delivered as a command whose run() throws.
      exit(withError: error)
    } catch {
      StandardError.print("frontline: \(error)")
      Glibc.exit(1)
    }
  }
}

/// A failure whose messages have already been printed, carrying the exit code to use.
struct CommandFailure: Error {
  var exitCode: Int32 = 1
}
