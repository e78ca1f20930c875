import Foundation
import GeoJSON
import Testing

/// `frontline extract`, run as a user runs it.
struct ExtractCommandTests {
  static let seed = LedgerCommandTests.repository.appendingPathComponent(
    "seeds/000_e790da4f0a973771.txt"
  ).path

  /// The features of a GeoJSON FeatureCollection written by a run.
  private func features(_ result: FrontlineBinary.Result) throws -> [Feature] {
    let object = try GeoJSONReader.read([UInt8](result.stdoutBytes))
    return object.features
  }

  @Test func extractsTheSeedReport() throws {
    let result = try FrontlineBinary.run(["extract", Self.seed])
    #expect(result.status == 0, "\(result.stderr)")
    let events = try features(result)
    #expect(events.count == 7)
    #expect(events.allSatisfy { $0.properties?["kind"] == "event" })
    let ids = events.compactMap { $0.properties?["place_id"]?.stringValue }
    #expect(Set(ids).isSuperset(of: ["umm_jrais", "taru", "sinjar", "al_baaj", "raqqa", "mosul"]))
    #expect(result.stderr.contains("frontline: 7 events, "))
    #expect(result.stderr.contains("unresolved name: Wadi al-Midar"))
    #expect(result.stderr.contains("isis → pmu  controlled  Umm Jrais"))
  }

  @Test func mentionsAddEveryPlaceName() throws {
    let result = try FrontlineBinary.run(["extract", Self.seed, "--mentions"])
    #expect(result.status == 0, "\(result.stderr)")
    let all = try features(result)
    let mentions = all.filter { $0.properties?["kind"] == "mention" }
    #expect(mentions.contains { $0.properties?["name"] == "Qamishli" })
    #expect(mentions.contains { $0.properties?["resolution"] == "approximate" })
  }

  @Test func ledgerOutputValidates() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try FrontlineBinary.run(["extract", Self.seed, "--format", "ledger", "--quiet"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.split(separator: "\n").count == 7)
    let ledger = directory.appendingPathComponent("seed.ndjson")
    try result.stdoutBytes.write(to: ledger)
    let check = try FrontlineBinary.run(["ledger", "validate", ledger.path])
    #expect(check.status == 0, "\(check.stderr)")
    #expect(check.stdout.contains(": 7 events, "))
  }

  @Test func appendRoundTrip() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let ledger = directory.appendingPathComponent("ledger.ndjson").path
    let first = try FrontlineBinary.run(["extract", Self.seed, "--append", ledger])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.isEmpty)
    #expect(first.stderr.contains("appended 7 event(s)"))
    let written = try Data(contentsOf: URL(fileURLWithPath: ledger))
    let check = try FrontlineBinary.run(["ledger", "validate", ledger])
    #expect(check.status == 0, "\(check.stderr)")
    // Extracting the same report again adds nothing and leaves the file as it was.
    let again = try FrontlineBinary.run(["extract", Self.seed, "--append", ledger])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stderr.contains("appended 0 event(s)"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: ledger)) == written)
  }

  @Test func aFileThatIsNotUTF8IsSkippedAndFailsTheRun() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let bad = directory.appendingPathComponent("latin1.txt")
    try Data([0x64, 0x61, 0x74, 0x65, 0x0A, 0xE9, 0x74, 0xE9]).write(to: bad)
    let result = try FrontlineBinary.run(["extract", bad.path, Self.seed])
    #expect(result.status == 1)
    #expect(result.stderr.contains("frontline: \(bad.path):2:1: not UTF-8 text"))
    #expect(result.stderr.contains("1 report skipped"))
    #expect(try features(result).count == 7)
  }

  @Test func readsFoldersInNameOrderAndStandardInput() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try "date 2016-04-14\nIraqi troops retook Heet from Daesh."
      .write(to: directory.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
    try "date 2016-06-26\nIraqi forces have fully retaken Fallujah from ISIS."
      .write(to: directory.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    try "not a report".write(
      to: directory.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
    let result = try FrontlineBinary.run(
      ["extract", directory.path, "-", "--date", "2017-10-17", "--format", "geojsonseq"],
      input: Data("The SDF captured Raqqa from Islamic State.".utf8))
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    let places = try lines.map { line in
      try GeoJSONReader.read(Array(line.utf8)).features.first?.properties?["place_id"]?.stringValue
    }
    #expect(places == ["geonames:99454", "geonames:95788", "raqqa"])
    #expect(result.stdout.contains("\"source\":\"stdin\""))
  }

  @Test func aReportWithoutDateNeedsDate() throws {
    let result = try FrontlineBinary.run(
      ["extract", "-"], input: Data("Iraqi forces retook Hit.".utf8))
    #expect(result.status == 1)
    #expect(result.stderr.contains("stdin:1:1: the report has no date"))
  }

  @Test func badDateIsAUsageError() throws {
    let result = try FrontlineBinary.run(["extract", Self.seed, "--date", "2017-13-01"])
    #expect(result.status == 64)
  }
}
