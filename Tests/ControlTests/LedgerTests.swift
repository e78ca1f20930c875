import GeoJSON
import Testing

@testable import Control

@Suite struct LedgerTests {
  let actors: ActorCatalog

  init() throws {
    actors = try Fixture.actors()
  }

  private func read(_ lines: [String], file: String = "l.ndjson") -> (Ledger, [ControlError]) {
    let text = lines.joined(separator: "\n") + "\n"
    return Ledger.read(Array(text.utf8), file: file, actors: actors, places: TestPlaces.sample)
  }

  private func line(_ members: String) -> String { "{" + members + "}" }

  @Test func readsEventsResolvingActorsAndPlaces() throws {
    let (ledger, problems) = read([
      #"{"id":"a","date":"2017-05-29","place":"umm_jrais","from":"Daesh","to":"PMF"}"#,
      "",
      #"{"id":"b","date":"2017-06-01","place":"Ar Raqqah","from":"ISIS","to":"SDF","status":"besieged","confidence":0.8,"geo_precision":1}"#,
      #"{"id":"c","date":"2017-06-01","place":"Um Gris","from":"","to":"pmu","date_precision":"week"}"#,
    ])
    #expect(problems.isEmpty)
    #expect(ledger.entries.map(\.line) == [1, 3, 4])
    #expect(ledger.entries[0].event.to == "pmu")
    #expect(ledger.entries[0].event.from == "isis")
    #expect(ledger.entries[2].event.from == nil)
    #expect(ledger.places.map(\.id) == ["umm_jrais", "raqqa"])
    #expect(ledger.entries.map(\.placeIndex) == [0, 1, 0])
    #expect(ledger.entries[1].event.status == .besieged)
    #expect(ledger.entries[2].event.datePrecision == .week)
    #expect(ledger.dateRange == day("2017-05-29")...day("2017-06-01"))
  }

  @Test func reportsAnUnknownActorAtItsColumn() throws {
    let (ledger, problems) = read([
      #"{"id":"a","date":"2017-05-29","place":"taru","to":"pmu"}"#,
      #"{"id":"b","date":"2017-05-29","place":"taru","from":"ISIS","to":"ISSI"}"#,
    ])
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.code == .unknownActor)
    #expect(problem.line == 2)
    #expect(problem.column == 60)
    #expect(problem.description.hasPrefix("l.ndjson:2:60: unknown actor 'ISSI' in 'to'"))
    #expect(ledger.entries.count == 1)
  }

  @Test func reportsUnresolvedPlacesWithSuggestions() throws {
    let (_, problems) = read([#"{"id":"a","date":"2017-05-29","place":"Umm Jriz","to":"pmu"}"#])
    let problem = try #require(problems.first)
    #expect(problem.code == .unresolvedPlace)
    #expect(problem.message.contains("unresolved place 'Umm Jriz'; did you mean Umm Jrais?"))
    #expect(problem.column == 31)
  }

  @Test func reportsAmbiguousPlacesWithCandidates() throws {
    let (_, problems) = read([#"{"id":"a","date":"2017-05-29","place":"Sinjar","to":"pmu"}"#])
    let problem = try #require(problems.first)
    #expect(problem.code == .ambiguousPlace)
    #expect(problem.message.contains("sinjar (Sinjar, IQ town"))
    #expect(problem.message.contains("sinjar_sy (Sinjar, SY village"))
  }

  @Test(arguments: ["2017-02-29", "2017-6-1", "01/06/2017", "2017-06-01T12:00:00Z"])
  func reportsBadDates(_ date: String) throws {
    let (_, problems) = read([
      #"{"id":"a","date":"\#(date)","place":"taru","to":"pmu"}"#
    ])
    let problem = try #require(problems.first)
    #expect(problem.code == .badDate)
    #expect(problem.line == 1)
    #expect(problem.column == 11)
  }

  @Test(arguments: [1.5, -0.1])
  func reportsConfidenceOutOfRange(_ confidence: Double) throws {
    let (_, problems) = read([
      #"{"id":"a","date":"2017-05-29","place":"taru","to":"pmu","confidence":\#(confidence)}"#
    ])
    #expect(problems.map(\.code) == [.confidenceOutOfRange])
  }

  @Test func reportsDuplicateIDsWithTheFirstLine() throws {
    let (ledger, problems) = read([
      #"{"id":"a","date":"2017-05-29","place":"taru","to":"pmu"}"#,
      #"{"id":"b","date":"2017-05-30","place":"taru","to":"pmu"}"#,
      #"{"id":"a","date":"2017-05-31","place":"mosul","to":"isf"}"#,
    ])
    let problem = try #require(problems.first)
    #expect(problem.code == .duplicateID)
    #expect(problem.line == 3)
    #expect(problem.message == "duplicate id 'a' (first on line 1)")
    #expect(ledger.entries.count == 2)
  }

  @Test func reportsContradictionsOnOneDay() throws {
    let (ledger, problems) = read([
      #"{"id":"a","date":"2017-05-29","place":"taru","from":"isis","to":"pmu"}"#,
      #"{"id":"b","date":"2017-05-29","place":"mosul","to":"isf"}"#,
      #"{"id":"c","date":"2017-05-29","place":"taru","from":"pmu","to":"isis"}"#,
    ])
    let problem = try #require(problems.first)
    #expect(problem.code == .contradiction)
    #expect(problem.line == 3)
    #expect(problem.message.contains("contradicts line 1"))
    #expect(ledger.entries.map(\.event.id) == ["a", "b"])
  }

  @Test func acceptsCompatibleSameDayEvents() {
    let (_, problems) = read([
      #"{"id":"a","date":"2017-05-29","place":"taru","from":"isis","to":"pmu","status":"contested"}"#,
      #"{"id":"b","date":"2017-05-29","place":"taru","from":"isis","to":"pmu"}"#,
      #"{"id":"c","date":"2017-05-29","place":"taru","from":"isis","to":"pmu","source":"other"}"#,
      #"{"id":"d","date":"2017-06-01","place":"taru","to":"pmu","date_precision":"week"}"#,
      #"{"id":"e","date":"2017-06-01","place":"taru","to":"isis","date_precision":"week"}"#,
    ])
    #expect(problems.isEmpty)
  }

  @Test func reportsEveryProblemOfALine() {
    let (_, problems) = read([
      #"{"id":"a","date":"2017-02-30","place":"taru","to":"pmu","confidence":2,"status":"won","colour":"red"}"#
    ])
    #expect(Set(problems.map(\.code)) == [.badDate, .confidenceOutOfRange, .malformedEvent])
    #expect(problems.count == 4)
    #expect(problems.allSatisfy { $0.line == 1 && $0.file == "l.ndjson" })
    #expect(problems.map(\.column) == problems.map(\.column).sorted { ($0 ?? 0) < ($1 ?? 0) })
  }

  @Test func checksActorsPlacesAndIDsOfLinesWithBadFields() throws {
    let (ledger, problems) = read([
      #"{"id":"a","date":"2017-13-01","place":"Sinjar","to":"ISSI"}"#,
      #"{"id":"a","date":"2017-05-01","place":"taru","to":"isis"}"#,
    ])
    #expect(problems.map(\.code) == [.badDate, .ambiguousPlace, .unknownActor, .duplicateID])
    #expect(problems.map(\.line) == [1, 1, 1, 2])
    #expect(ledger.entries.isEmpty)
  }

  @Test func reportsSyntaxErrorsWithLineAndColumn() throws {
    let (ledger, problems) = read([
      #"{"id":"a","date":"2017-05-29","place":"taru","to":"pmu"}"#,
      #"{"id":"b","date":"2017-05-29" "place":"taru"}"#,
      #"["not an event"]"#,
      #"{"id":"c","place":"taru"}"#,
    ])
    #expect(problems.map(\.line) == [2, 3, 4, 4])
    #expect(problems[0].code == .malformedEvent)
    #expect(problems[0].column == 31)
    #expect(problems[1].message.contains("one JSON object per line"))
    #expect(problems[2].message == "missing 'date'")
    #expect(problems[3].message == "missing 'to'")
    #expect(ledger.entries.count == 1)
  }

  @Test func acceptsCRLFAndAByteOrderMark() {
    let text =
      "\u{FEFF}" + #"{"id":"a","date":"2017-05-29","place":"taru","to":"pmu"}"# + "\r\n\r\n"
    let (ledger, problems) = Ledger.read(
      Array(text.utf8), file: "l.ndjson", actors: actors, places: TestPlaces.sample)
    #expect(problems.isEmpty)
    #expect(ledger.entries.count == 1)
  }

  @Test func placesByCoordinatesNeedANameAndValidDegrees() throws {
    let (ledger, problems) = read([
      #"{"id":"a","date":"2017-05-29","lat":36.3,"lon":41.5,"name":"Border post 7","to":"pmu"}"#,
      #"{"id":"b","date":"2017-05-30","lat":36.3,"lon":41.5,"to":"isis"}"#,
      #"{"id":"c","date":"2017-05-30","lat":96.3,"lon":41.5,"name":"Nowhere","to":"isis"}"#,
      #"{"id":"d","date":"2017-05-30","lat":36.3,"name":"Half","to":"isis"}"#,
    ])
    #expect(problems.map(\.line) == [2, 3, 4])
    let place = try #require(ledger.places.first)
    #expect(place.id == "@36.3,41.5")
    #expect(place.name == "Border post 7")
    #expect(place.position == Position(longitude: 41.5, latitude: 36.3))
  }

  @Test func unlocatedPlacesStayWithoutPositionUntilTheGazetteerKnowsThem() throws {
    let (ledger, problems) = read([
      #"{"id":"a","date":"2017-06-01","place":"Wadi al-Midar","unlocated":true,"to":"pmu"}"#,
      #"{"id":"b","date":"2017-06-01","place":"Taru","unlocated":true,"to":"pmu"}"#,
      #"{"id":"c","date":"2017-06-01","place":"Wadi al-Midar","to":"pmu"}"#,
      #"{"id":"d","date":"2017-06-01","place":"Sinjar","unlocated":true,"to":"pmu"}"#,
    ])
    #expect(problems.map(\.code) == [.unresolvedPlace, .ambiguousPlace])
    #expect(problems.map(\.line) == [3, 4])
    #expect(ledger.places.map(\.id) == ["unlocated:Wadi al-Midar", "taru"])
    #expect(ledger.places[0].position == nil)
    #expect(ledger.entries[0].event.geoPrecision == .region)
  }

  @Test func readsCSVLedgersWithQuotedFields() throws {
    let text = """
      id,date,place,from,to,status,evidence,confidence\r
      a,2017-05-29,umm_jrais,isis,pmu,controlled,"The PMU, known as ""Hashd"", took it.",0.8\r
      b,2017-05-30,taru,,pmu,,"A sentence
      over two lines.",\r
      c,2017-05-31,taru,isis,ISSI,controlled,,\r

      """
    let (ledger, problems) = Ledger.read(
      Array(text.utf8), file: "l.csv", actors: actors, places: TestPlaces.sample)
    #expect(ledger.entries.count == 2)
    #expect(ledger.entries[0].event.evidence == #"The PMU, known as "Hashd", took it."#)
    #expect(ledger.entries[0].event.confidence == 0.8)
    #expect(ledger.entries[1].event.evidence == "A sentence\nover two lines.")
    #expect(ledger.entries[1].event.from == nil)
    #expect(ledger.entries.map(\.line) == [2, 3])
    let problem = try #require(problems.first)
    #expect(problem.code == .unknownActor)
    #expect(problem.line == 5)
    #expect(problem.column == 24)
  }

  @Test func reportsCSVStructureProblems() {
    let unknownColumn = "id,date,place,to,colour\na,2017-05-29,taru,pmu,red\n"
    let (_, columnProblems) = Ledger.read(
      Array(unknownColumn.utf8), file: "l.csv", actors: actors, places: TestPlaces.sample)
    #expect(columnProblems.map(\.column) == [18])
    #expect(columnProblems.first?.message.contains("unknown CSV column 'colour'") == true)

    let shortRow = "id,date,place,to\na,2017-05-29,taru\nb,2017-05-29,mosul,isf\n"
    let (ledger, rowProblems) = Ledger.read(
      Array(shortRow.utf8), file: "l.csv", actors: actors, places: TestPlaces.sample)
    #expect(rowProblems.map(\.line) == [2])
    #expect(ledger.entries.count == 1)

    let unterminated = "id,date,place,to,evidence\na,2017-05-29,taru,pmu,\"never closed\n"
    let (_, quoteProblems) = Ledger.read(
      Array(unterminated.utf8), file: "l.csv", actors: actors, places: TestPlaces.sample)
    #expect(quoteProblems.map(\.line) == [2])
    #expect(quoteProblems.map(\.column) == [23])
  }

  @Test func detectsTheFormat() {
    #expect(LedgerFormat.detect(path: "x.csv", bytes: Array("{".utf8)) == .csv)
    #expect(LedgerFormat.detect(path: "x.jsonl", bytes: Array("id,date".utf8)) == .ndjson)
    #expect(LedgerFormat.detect(path: nil, bytes: Array("  {\"id\":1}".utf8)) == .ndjson)
    #expect(LedgerFormat.detect(path: "-", bytes: Array("id,date\n".utf8)) == .csv)
    #expect(LedgerFormat.detect(path: "new.ledger", bytes: []) == .ndjson)
  }

  @Test func eventsInMemoryAreAllOrNothing() throws {
    let good = event("a", "2017-05-29", "taru", from: "isis", to: "pmu")
    let ledger = try Ledger(events: [good], actors: actors, places: TestPlaces.sample)
    #expect(ledger.entries.count == 1)
    let bad = event("b", "2017-05-29", "Atlantis", to: "pmu")
    let error = #expect(throws: ControlError.self) {
      try Ledger(events: [good, bad], actors: actors, places: TestPlaces.sample)
    }
    #expect(error?.code == .rejected)
    #expect(error?.problems.map(\.code) == [.unresolvedPlace])
  }
}
