import GeoJSON
import Testing

@testable import Control

@Suite struct ControlEventTests {
  @Test func ndjsonLinesReadBackAsTheSameEvent() throws {
    let events = [
      ControlEvent(
        id: "x1", date: day("2017-06-01"), datePrecision: .week, place: .reference("taru"),
        from: "isis", to: "pmu", status: .controlled, source: "https://example.org/a?b=1",
        evidence: "He said \"liberated\"\n— \u{0627}\u{0644}\u{062D}\u{0634}\u{062F}.",
        confidence: 0.65, geoPrecision: .near, note: "tab\there"),
      ControlEvent(
        id: "x2", date: day("2017-05-29"),
        place: .coordinates(
          name: "Border post", position: Position(longitude: 41.123456789, latitude: 36.5)),
        from: nil, to: "pmu", status: .advance),
      ControlEvent(
        id: "x3", date: day("2017-05-29"), datePrecision: .month,
        place: .unlocated(name: "Wadi al-Midar"), from: nil, to: "pmu", geoPrecision: .region),
    ]
    let text = events.flatMap { $0.ndjsonLine() }
    var decoded: [ControlEvent] = []
    let problems = LedgerText(bytes: text, format: .ndjson, file: nil).forEachRecord {
      if let event = $0.decode(file: nil).event { decoded.append(event) }
    }
    #expect(problems.isEmpty)
    #expect(decoded == events)
  }

  @Test func ndjsonLineListsFieldsInLedgerOrder() {
    let line = String(
      decoding: event("a", "2017-05-29", "taru", to: "pmu", confidence: 1).ndjsonLine(),
      as: UTF8.self)
    #expect(
      line == #"{"id":"a","date":"2017-05-29","date_precision":"day","place":"taru","from":null,"#
        + #""to":"pmu","status":"controlled","source":"test:a","evidence":"Evidence for a.","#
        + #""confidence":1,"geo_precision":1}"# + "\n")
  }

  @Test func csvCellsFollowTheColumns() {
    let cells = event("a", "2017-05-29", "taru", from: "isis", to: "pmu").csvCells([
      .id, .place, .lat, .from, .to, .unlocated,
    ])
    #expect(cells == ["a", "taru", "", "isis", "pmu", ""])
  }

  @Test func contentIDDependsOnContentOnly() {
    let one = event("a", "2017-05-29", "taru", to: "pmu")
    var renamed = one
    renamed.id = "b"
    var other = one
    other.to = "isis"
    #expect(one.contentID() == renamed.contentID())
    #expect(one.contentID() != other.contentID())
    #expect(one.contentID().hasPrefix("ev-"))
    #expect(one.contentID().count == 15)
  }

  @Test func buildsFromTextFields() throws {
    let built = try ControlEvent(fields: [
      .id: "a", .date: "2017-06-01", .datePrecision: "week", .place: "taru", .from: "",
      .to: "PMF", .status: "Besieged", .confidence: "0.5", .geoPrecision: "2",
    ])
    #expect(built.datePrecision == .week)
    #expect(built.from == nil)
    #expect(built.to == "PMF")
    #expect(built.status == .besieged)
    #expect(built.confidence == 0.5)
    #expect(built.geoPrecision == .near)
    #expect(built.effectiveDay == day("2017-05-29"))
  }

  @Test func textFieldsAreCheckedLikeLedgerLines() {
    let single = #expect(throws: ControlError.self) {
      try ControlEvent(fields: [.id: "a", .date: "2017-06-31", .place: "taru", .to: "pmu"])
    }
    #expect(single?.code == .badDate)
    let several = #expect(throws: ControlError.self) {
      try ControlEvent(fields: [.id: "a", .date: "2017-06-01", .to: "pmu", .confidence: "high"])
    }
    #expect(several?.code == .rejected)
    #expect(several?.problems.count == 2)
  }

  @Test(
    arguments: [
      (ControlStatus.controlled, "pmu", nil, ControlStatus.controlled, "isis", nil, true),
      (.controlled, "pmu", "isis", .controlled, "pmu", nil, false),
      (.controlled, "sdf", nil, .besieged, "sdf", "isis", true),
      (.controlled, "isis", nil, .besieged, "sdf", "isis", false),
      (.controlled, "pmu", nil, .besieged, "sdf", "isis", true),
      (.besieged, "sdf", "isis", .besieged, "saa", "isis", true),
      (.besieged, "sdf", "isis", .besieged, "sdf", nil, false),
      (.contested, "isf", "isis", .contested, "isis", "isf", false),
      (.contested, "isf", "isis", .contested, "isf", nil, false),
      (.contested, "isf", "isis", .contested, "pmu", "isis", true),
      (.contested, "isf", "isis", .controlled, "isf", "isis", false),
      (.advance, "pmu", nil, .advance, "isf", nil, false),
    ] as [(ControlStatus, String, String?, ControlStatus, String, String?, Bool)])
  func sameDayConflicts(
    firstStatus: ControlStatus, firstTo: String, firstFrom: String?,
    secondStatus: ControlStatus, secondTo: String, secondFrom: String?, conflicting: Bool
  ) {
    let first = event("a", "2017-05-29", "taru", from: firstFrom, to: firstTo, firstStatus)
    let second = event("b", "2017-05-29", "taru", from: secondFrom, to: secondTo, secondStatus)
    #expect((first.conflict(with: second) != nil) == conflicting)
    #expect((second.conflict(with: first) != nil) == conflicting)
  }
}
