import GeoJSON
import Testing

@testable import Control

@Suite struct LedgerTextPipelineTests {
  let actors: ActorCatalog

  init() throws {
    actors = try Fixture.actors()
  }

  private func read(_ lines: [String]) -> (Ledger, [ControlError]) {
    let text = lines.joined(separator: "\n") + "\n"
    return Ledger.read(
      Array(text.utf8), file: "l.ndjson", actors: actors, places: TestPlaces.sample)
  }

  private func event(_ id: Int, day: Int) -> String {
    let date = Day(daysSinceEpoch: 17_000 + day).description
    return #"{"id":"e\#(id)","date":"\#(date)","place":"taru","to":"pmu"}"#
  }

  @Test func linesOverSeveralBatchesKeepTheirOrderAndMeetEachOther() throws {
    // Batches hold 16,384 lines: 40,000 lines span three, and the duplicate on the last
    // line must still find the id of the first.
    var lines = (0..<39_999).map { event($0, day: $0) }
    lines.insert("", at: 20_000)
    lines.append(event(1, day: 50_000))
    let (ledger, problems) = read(lines)
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.code == .duplicateID)
    #expect(problem.line == 40_001)
    #expect(problem.message == "duplicate id 'e1' (first on line 2)")
    #expect(ledger.entries.count == 39_999)
    #expect(ledger.entries.map(\.line) == (1...39_999).map { $0 < 20_001 ? $0 : $0 + 1 })
  }

  @Test func aRepeatedMemberKeepsItsLastValueAndUnknownMembersAreNamedOnce() throws {
    let (ledger, problems) = read([
      #"{"id":"a","date":"2017-05-29","place":"taru","to":"isis","to":"pmu","x":1,"x":2}"#
    ])
    #expect(problems.map(\.message).count == 1)
    #expect(problems.first?.message.hasPrefix("unknown field 'x'") == true)
    #expect(problems.first?.column == 69)
    #expect(ledger.entries.isEmpty)
    let (valid, none) = read([
      #"{"id":"a","date":"2017-05-29","place":"taru","to":"isis","to":"pmu"}"#
    ])
    #expect(none.isEmpty)
    #expect(valid.entries.first?.event.to == "pmu")
  }

  @Test func linesThatAreNotFlatObjectsGoThroughTheGeneralParser() throws {
    let (ledger, problems) = read([
      #"{"\u0069d":"a","date":"2017-05-29","place":"taru","to":"pmu","note":"caf\u00e9"}"#,
      #"{"id":"b","date":"2017-05-29","place":"taru","to":"pmu","note":{"a":1}}"#,
      #"  {"id":"c","date":"2017-05-30","place":"taru","to":"pmu","confidence":1e0}  "#,
      #"{"id":"d","date":"2017-05-31","place":"taru","to":"pmu",}"#,
    ])
    #expect(ledger.entries.map(\.event.id) == ["a", "c"])
    #expect(ledger.entries.first?.event.note == "café")
    #expect(ledger.entries.last?.event.confidence == 1)
    #expect(problems.map(\.line) == [2, 4])
    #expect(problems.first?.message == "'note' must be a string")
    #expect(problems.last?.column == 57)
  }
}
