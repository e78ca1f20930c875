import Foundation
import Testing

/// Runs the built `frontline` executable the way a user does, for end-to-end tests.
///
/// The executable is found in the build products directory that holds this test bundle:
/// `$FRONTLINE_BINARY` when set, else beside the test process (`swift test` on Linux runs
/// `<products>/<package>PackageTests.xctest` itself) or beside any loaded `.xctest` bundle
/// (macOS).
enum FrontlineBinary {
  /// What one run printed and how it ended.
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
    var stdoutBytes: Data
  }

  /// The executable's path.
  static let path: String? = {
    let environment = ProcessInfo.processInfo.environment
    if let custom = environment["FRONTLINE_BINARY"], !custom.isEmpty { return custom }
    var directories: [URL] = []
    if let first = ProcessInfo.processInfo.arguments.first {
      directories.append(
        URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent())
    }
    for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
      directories.append(bundle.bundleURL.deletingLastPathComponent())
    }
    directories.append(Bundle.main.bundleURL)
    for directory in directories {
      let candidate = directory.appendingPathComponent("frontline").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }()

  /// Runs `frontline arguments…` with `input` on standard input (empty when `nil`), in
  /// `directory` when given, and waits for it.
  static func run(
    _ arguments: [String], input: Data? = nil, in directory: URL? = nil
  ) throws -> Result {
    guard let path else {
      throw CocoaError(
        .fileNoSuchFile,
        userInfo: [NSLocalizedDescriptionKey: "the frontline executable was not built"])
    }
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("frontline-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    // Files rather than pipes: a large output cannot fill a pipe and stall the child.
    let inputFile = scratch.appendingPathComponent("stdin")
    let outputFile = scratch.appendingPathComponent("stdout")
    let errorFile = scratch.appendingPathComponent("stderr")
    try (input ?? Data()).write(to: inputFile)
    try Data().write(to: outputFile)
    try Data().write(to: errorFile)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    process.standardInput = try FileHandle(forReadingFrom: inputFile)
    process.standardOutput = try FileHandle(forWritingTo: outputFile)
    process.standardError = try FileHandle(forWritingTo: errorFile)
    try process.run()
    process.waitUntilExit()
    let stdout = try Data(contentsOf: outputFile)
    let stderr = try Data(contentsOf: errorFile)
    return Result(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self), stdoutBytes: stdout)
  }

  /// A fresh temporary directory for a test's files.
  static func temporaryDirectory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("frontline-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }
}

/// The JSON object `text` holds; records an issue and throws when it holds anything else.
func json(_ text: String) throws -> [String: Any] {
  try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}
