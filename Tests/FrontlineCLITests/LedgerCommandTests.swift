import Foundation
import Testing

/// `frontline ledger validate|add|merge`, run as a user runs them.
struct LedgerCommandTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let seedLedger = repository.appendingPathComponent(
    "seeds/000_e790da4f0a973771.ledger.ndjson"
  ).path

  @Test func seedLedgerIsValid() throws {
    let result = try FrontlineBinary.run(["ledger", "validate", Self.seedLedger])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasSuffix(": 7 events, 7 places, no problems\n"))
  }

  @Test func validatePrintsEveryProblemWithItsLine() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let ledger = directory.appendingPathComponent("bad.ndjson")
    try """
    {"id":"a","date":"2017-05-29","place":"umm_jrais","from":"isis","to":"pmu"}
    {"id":"b","date":"2017-02-30","place":"taru","to":"pmu","confidence":1.5}
    {"id":"a","date":"2017-05-30","place":"taru","to":"ISSI"}
    {"id":"c","date":"2017-05-29","place":"umm_jrais","from":"pmu","to":"isis"}
    {"id":"d","date":"2017-05-29","place":"Wadi al-Midar","to":"pmu"}
    not json

    """.write(to: ledger, atomically: true, encoding: .utf8)
    let result = try FrontlineBinary.run(["ledger", "validate", ledger.path])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    let path = ledger.path
    #expect(lines.count == 8, "\(result.stderr)")
    guard lines.count == 8 else { return }
    #expect(
      lines[0]
        == "frontline: \(path):2:11: bad date '2017-02-30': expected an existing ISO 8601 day YYYY-MM-DD"
    )
    #expect(lines[1] == "frontline: \(path):2:57: confidence 1.5 is outside [0, 1]")
    #expect(lines[2].hasPrefix("frontline: \(path):3:2: duplicate id 'a' (first on line 1)"))
    #expect(lines[3].hasPrefix("frontline: \(path):3:46: unknown actor 'ISSI' in 'to'"))
    #expect(lines[4].hasPrefix("frontline: \(path):4:"))
    #expect(lines[4].contains("contradicts line 1"))
    #expect(lines[5].hasPrefix("frontline: \(path):5:31: unresolved place 'Wadi al-Midar'"))
    #expect(lines[6].hasPrefix("frontline: \(path):6:1: "))
    #expect(lines[7] == "frontline: \(path): 7 problem(s); 1 valid event(s)")
  }

  @Test func addAppendsACheckedEventAndPrintsItsID() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let ledger = directory.appendingPathComponent("l.ndjson").path
    let result = try FrontlineBinary.run([
      "ledger", "add", ledger, "--date", "2017-05-29", "--place", "Umm al-Jaris", "--from",
      "Daesh", "--to", "PMF", "--source", "https://example.org/r", "--evidence",
      "The PMU took it.", "--confidence", "0.7",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("ev-"))
    let id = result.stdout.trimmingCharacters(in: .newlines)
    let text = try String(contentsOfFile: ledger, encoding: .utf8)
    #expect(
      text == #"{"id":"\#(id)","date":"2017-05-29","date_precision":"day","place":"Umm al-Jaris","#
        + #""from":"isis","to":"pmu","status":"controlled","source":"https://example.org/r","#
        + #""evidence":"The PMU took it.","confidence":0.7,"geo_precision":1}"# + "\n")
    let unlocated = try FrontlineBinary.run([
      "ledger", "add", ledger, "--id", "w", "--date", "2017-06-01", "--date-precision", "week",
      "--place", "Wadi al-Midar", "--unlocated", "--from", "ISIS", "--to", "PMU",
    ])
    #expect(unlocated.status == 0, "\(unlocated.stderr)")
    #expect(unlocated.stdout == "w\n")
    #expect(try FrontlineBinary.run(["ledger", "validate", ledger]).status == 0)
  }

  @Test func aRejectedAddLeavesTheLedgerByteForByteUnchanged() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let ledger = directory.appendingPathComponent("l.ndjson")
    try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.seedLedger), to: ledger)
    let before = try Data(contentsOf: ledger)
    for arguments in [
      ["--date", "2017-06-02", "--place", "taru", "--to", "ISSI"],
      ["--date", "2017-06-31", "--place", "taru", "--to", "isis"],
      ["--date", "2017-06-02", "--place", "Atlantis Minor", "--to", "isis"],
      ["--date", "2017-06-02", "--place", "taru", "--to", "isis", "--id", "e790da4f-01"],
      ["--date", "2017-06-02", "--place", "taru", "--to", "isis", "--confidence", "2"],
    ] {
      let result = try FrontlineBinary.run(["ledger", "add", ledger.path] + arguments)
      #expect(result.status == 1, "\(arguments)")
      #expect(result.stderr.hasPrefix("frontline: \(ledger.path)"), "\(result.stderr)")
      #expect(try Data(contentsOf: ledger) == before)
    }
  }

  @Test func mergeAppendsOnceAndNamesTheOtherFilesLines() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let ledger = directory.appendingPathComponent("l.csv").path
    let first = try FrontlineBinary.run(["ledger", "merge", ledger, Self.seedLedger])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout == "\(ledger): merged 7 event(s), 0 already present\n")
    let again = try FrontlineBinary.run(["ledger", "merge", ledger, Self.seedLedger])
    #expect(again.stdout == "\(ledger): merged 0 event(s), 7 already present\n")
    #expect(try FrontlineBinary.run(["ledger", "validate", ledger]).status == 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: ledger))
    let other = "id,date,place,to\nz,2017-06-02,taru,pmu\ny,2017-06-02,nowhere-at-all,pmu\n"
    let rejected = try FrontlineBinary.run(
      ["ledger", "merge", ledger, "-"], input: Data(other.utf8))
    #expect(rejected.status == 1)
    #expect(rejected.stderr.hasPrefix("frontline: <stdin>:3:"), "\(rejected.stderr)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: ledger)) == before)
  }

  @Test func missingArgumentsAreUsageErrors() throws {
    #expect(
      try FrontlineBinary.run(["ledger", "add", "l.ndjson", "--date", "2017-06-01"]).status == 64)
    #expect(try FrontlineBinary.run(["ledger", "validate"]).status == 64)
    let toStandardOutput = [
      "ledger", "add", "-", "--date", "2017-06-01", "--place", "taru", "--to", "pmu",
    ]
    #expect(try FrontlineBinary.run(toStandardOutput).status == 64)
  }
}
