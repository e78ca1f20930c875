import Foundation
import Testing

@testable import Control

@Suite struct LedgerFileTests {
  let actors: ActorCatalog
  let directory: String

  init() throws {
    actors = try Fixture.actors()
    directory = try Fixture.scratchDirectory()
  }

  private func contents(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  private func write(_ text: String, _ name: String) throws -> String {
    let path = directory + "/" + name
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  private func names() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
  }

  @Test func appendCreatesAndExtendsAnNDJSONLedger() throws {
    let path = directory + "/l.ndjson"
    let first = event("a", "2017-05-29", "taru", from: "Daesh", to: "PMF")
    #expect(
      try LedgerFile.append([first], to: path, actors: actors, places: TestPlaces.sample) == 1)
    let second = event("b", "2017-06-01", "mosul", from: "isis", to: "isf", .contested)
    try LedgerFile.append([second], to: path, actors: actors, places: TestPlaces.sample)
    let (ledger, problems) = Ledger.read(
      try contents(path), file: path, actors: actors, places: TestPlaces.sample)
    #expect(problems.isEmpty)
    #expect(ledger.entries.map(\.event.id) == ["a", "b"])
    #expect(ledger.entries[0].event.to == "pmu")
    #expect(ledger.entries[0].line == 1)
    #expect(try names() == ["l.ndjson", "l.ndjson.lock"])
  }

  @Test func aRejectedEventLeavesTheFileByteForByteUnchanged() throws {
    let original = #"{"id":"a","date":"2017-05-29","place":"taru","to":"pmu"}"# + "  \n\n"
    let path = try write(original, "l.ndjson")
    let before = try contents(path)
    let rejected = [
      event("b", "2017-05-30", "taru", to: "ISSI"),
      event("a", "2017-05-31", "Atlantis", to: "pmu"),
      event("c", "2017-05-29", "taru", from: "pmu", to: "isis"),
    ]
    for bad in rejected {
      let error = #expect(throws: ControlError.self) {
        try LedgerFile.append(
          [event("ok", "2017-06-02", "mosul", to: "isf"), bad], to: path, actors: actors,
          places: TestPlaces.sample)
      }
      #expect(error?.code == .rejected)
      #expect(error?.problems.isEmpty == false)
      #expect(try contents(path) == before)
    }
    #expect(try names() == ["l.ndjson", "l.ndjson.lock"])
  }

  @Test func problemsInTheExistingLedgerBlockWrites() throws {
    let path = try write(
      #"{"id":"a","date":"2017-02-30","place":"taru","to":"pmu"}"# + "\n", "l.ndjson")
    let before = try contents(path)
    let error = #expect(throws: ControlError.self) {
      try LedgerFile.append(
        [event("b", "2017-06-02", "mosul", to: "isf")], to: path, actors: actors,
        places: TestPlaces.sample)
    }
    #expect(error?.problems.first?.line == 1)
    #expect(error?.problems.first?.file == path)
    #expect(try contents(path) == before)
  }

  @Test func aSecondWriterWaitsForTheLock() throws {
    let path = try write("", "l.ndjson")
    do {
      let lock = try LedgerLock(path: path + ".lock", timeout: 0)
      let error = #expect(throws: ControlError.self) {
        try LedgerFile.append(
          [event("a", "2017-06-02", "mosul", to: "isf")], to: path, actors: actors,
          places: TestPlaces.sample, lockTimeout: 0.2)
      }
      #expect(error?.code == .locked)
      #expect(try contents(path).isEmpty)
      _ = lock
    }
    let appended = try LedgerFile.append(
      [event("a", "2017-06-02", "mosul", to: "isf")], to: path, actors: actors,
      places: TestPlaces.sample, lockTimeout: 0)
    #expect(appended == 1)
  }

  @Test func concurrentWritersLoseNothing() async throws {
    let path = directory + "/l.ndjson"
    let actors = self.actors
    await withTaskGroup(of: Void.self) { group in
      for index in 0..<8 {
        group.addTask {
          _ = try? LedgerFile.append(
            [event("e\(index)", "2017-06-0\(index + 1)", "mosul", to: "isf")], to: path,
            actors: actors, places: TestPlaces.sample)
        }
      }
    }
    let (ledger, problems) = Ledger.read(
      try contents(path), file: path, actors: actors, places: TestPlaces.sample)
    #expect(problems.isEmpty)
    #expect(Set(ledger.entries.map(\.event.id)) == Set((0..<8).map { "e\($0)" }))
  }

  @Test func csvLedgersKeepTheirHeaderAndLineEnds() throws {
    let path = try write("id,date,place,to,evidence\na,2017-05-29,taru,pmu,x", "l.csv")
    try LedgerFile.append(
      [event("b", "2017-06-01", "mosul", to: "isf")].map {
        var copy = $0
        copy.source = nil
        copy.evidence = "Fighting, then \"victory\"."
        return copy
      }, to: path, actors: actors, places: TestPlaces.sample)
    #expect(
      String(decoding: try contents(path), as: UTF8.self)
        == "id,date,place,to,evidence\na,2017-05-29,taru,pmu,x\n"
        + "b,2017-06-01,mosul,isf,\"Fighting, then \"\"victory\"\".\"\n")
    let before = try contents(path)
    let error = #expect(throws: ControlError.self) {
      try LedgerFile.append(
        [event("c", "2017-06-02", "mosul", to: "isf", confidence: 0.5)], to: path,
        actors: actors, places: TestPlaces.sample)
    }
    #expect(error?.message.contains("no such column") == true)
    #expect(try contents(path) == before)
  }

  @Test func aNewCSVLedgerGetsTheFullHeader() throws {
    let path = directory + "/new.csv"
    try LedgerFile.append(
      [event("a", "2017-06-01", "mosul", from: "isis", to: "isf", confidence: 0.5)], to: path,
      actors: actors, places: TestPlaces.sample)
    let text = String(decoding: try contents(path), as: UTF8.self)
    #expect(text.hasPrefix(LedgerField.allCases.map(\.rawValue).joined(separator: ",") + "\r\n"))
    let (ledger, problems) = Ledger.read(
      try contents(path), file: path, actors: actors, places: TestPlaces.sample)
    #expect(problems.isEmpty)
    #expect(ledger.entries.first?.event.confidence == 0.5)
  }

  @Test func mergeAppendsNewEventsAndSkipsKnownOnes() throws {
    let path = try write(
      #"{"id":"a","date":"2017-05-29","place":"taru","from":"isis","to":"pmu"}"# + "\n", "l.ndjson")
    let other = """
      id,date,place,from,to
      a,2017-05-29,taru,ISIS,PMU
      b,2017-06-01,mosul,isis,isf

      """
    let result = try LedgerFile.merge(
      Array(other.utf8), from: "other.csv", into: path, actors: actors, places: TestPlaces.sample)
    #expect(result.appended == 1)
    #expect(result.skipped == 1)
    let again = try LedgerFile.merge(
      Array(other.utf8), from: "other.csv", into: path, actors: actors, places: TestPlaces.sample)
    #expect(again.appended == 0)
    #expect(again.skipped == 2)
    let (ledger, _) = Ledger.read(
      try contents(path), file: path, actors: actors, places: TestPlaces.sample)
    #expect(ledger.entries.map(\.event.id) == ["a", "b"])
  }

  @Test func mergeProblemsNameTheOtherFileAndLine() throws {
    let path = try write(
      #"{"id":"a","date":"2017-05-29","place":"taru","from":"isis","to":"pmu"}"# + "\n", "l.ndjson")
    let before = try contents(path)
    let other = """
      {"id":"b","date":"2017-06-01","place":"mosul","to":"isf"}
      {"id":"a","date":"2017-05-30","place":"taru","to":"pmu"}
      {"id":"c","date":"2017-05-29","place":"taru","from":"pmu","to":"isis"}
      {"id":"d","date":"2017-05-29","place":"Sinjar","to":"isis"}
      {"id":"e","date":"2017-05-32","place":"Atlantis","to":"isis"}

      """
    let error = #expect(throws: ControlError.self) {
      try LedgerFile.merge(
        Array(other.utf8), from: "other.ndjson", into: path, actors: actors,
        places: TestPlaces.sample)
    }
    #expect(
      error?.problems.map(\.code) == [
        .duplicateID, .contradiction, .ambiguousPlace, .badDate, .unresolvedPlace,
      ])
    #expect(error?.problems.map(\.line) == [2, 3, 4, 5, 5])
    #expect(error?.problems.allSatisfy { $0.file == "other.ndjson" } == true)
    #expect(error?.problems.first?.message == "duplicate id 'a' (first on line 1)")
    #expect(error?.problems[2].column == 31)
    #expect(error?.file == path)
    #expect(try contents(path) == before)
  }
}
