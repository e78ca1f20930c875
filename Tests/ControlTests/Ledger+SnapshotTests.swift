import Testing

@testable import Control

@Suite struct LedgerSnapshotTests {
  let actors: ActorCatalog

  init() throws {
    actors = try Fixture.actors()
  }

  private func ledger(_ events: [ControlEvent]) throws -> Ledger {
    try Ledger(events: events, actors: actors, places: TestPlaces.sample)
  }

  private func state(_ snapshot: Snapshot, _ place: String) -> PlaceState? {
    snapshot.states.first { $0.place.id == place }
  }

  @Test func laterEventWinsAndSinceMarksTheChange() throws {
    let ledger = try ledger([
      event("a", "2014-06-10", "mosul", from: "isf", to: "isis", confidence: 0.9),
      event("b", "2015-01-01", "mosul", to: "isis", source: "second", confidence: 0.6),
      event("c", "2017-07-10", "mosul", from: "isis", to: "isf", source: "third"),
    ])
    let in2016 = try #require(state(ledger.snapshot(at: day("2016-12-31")), "mosul"))
    #expect(in2016.controller == "isis")
    #expect(in2016.since == day("2014-06-10"))
    #expect(in2016.sources == ["test:a", "second"])
    #expect(in2016.eventIDs == ["a", "b"])
    #expect(in2016.confidence == 0.9)
    #expect(!in2016.sinceIsUncertain)
    let after = try #require(state(ledger.snapshot(at: day("2017-07-10")), "mosul"))
    #expect(after.controller == "isf")
    #expect(after.since == day("2017-07-10"))
    #expect(after.sources == ["third"])
    #expect(after.confidence == nil)
  }

  @Test func placesAppearOnlyOnceMentioned() throws {
    let ledger = try ledger([
      event("a", "2017-05-29", "taru", from: "isis", to: "pmu"),
      event("b", "2017-06-10", "mosul", from: "isis", to: "isf"),
    ])
    #expect(ledger.snapshot(at: day("2017-05-28")).states.isEmpty)
    #expect(ledger.snapshot(at: day("2017-06-01")).states.map(\.place.id) == ["taru"])
    #expect(ledger.snapshot(at: day("2017-06-10")).states.map(\.place.id) == ["taru", "mosul"])
  }

  @Test func weekAndMonthEventsCountFromTheStartOfTheirPeriod() throws {
    let ledger = try ledger([
      event("a", "2017-06-01", "umm_jrais", from: "isis", to: "pmu", precision: .week),
      event("b", "2017-06-20", "taru", from: "isis", to: "pmu", precision: .month),
    ])
    #expect(ledger.snapshot(at: day("2017-05-28")).states.isEmpty)
    let monday = try #require(state(ledger.snapshot(at: day("2017-05-29")), "umm_jrais"))
    #expect(monday.controller == "pmu")
    #expect(monday.since == day("2017-05-29"))
    #expect(monday.sincePrecision == .week)
    #expect(monday.sinceIsUncertain)
    #expect(monday.sinceText == "the week of 2017-05-29")
    let june = try #require(state(ledger.snapshot(at: day("2017-06-01")), "taru"))
    #expect(june.since == day("2017-06-01"))
    #expect(june.sincePrecision == .month)
    #expect(june.sinceText == "2017-06")
  }

  @Test func eventsApplyInDateOrderWhateverTheLedgerOrder() throws {
    let ledger = try ledger([
      event("late", "2017-07-01", "taru", from: "isis", to: "pmu"),
      event("early", "2016-01-01", "taru", to: "isis"),
      event("week", "2017-07-05", "taru", to: "isis", precision: .week),
      event("same-day-1", "2017-08-01", "mosul", to: "isis", .contested),
      event("same-day-2", "2017-08-01", "mosul", from: "isis", to: "isf"),
    ])
    let snapshot = ledger.snapshot(at: day("2017-12-31"))
    // The week event counts from Monday 2017-07-03, after "late".
    #expect(state(snapshot, "taru")?.controller == "isis")
    #expect(state(snapshot, "taru")?.since == day("2017-07-03"))
    #expect(state(snapshot, "mosul")?.controller == "isf")
    #expect(ledger.snapshot(at: day("2017-07-02")).states.first?.controller == "pmu")
  }

  @Test func siegesAndFightsKeepTheHolder() throws {
    let ledger = try ledger([
      event("a", "2014-01-01", "raqqa", to: "isis"),
      event("b", "2017-06-01", "raqqa", to: "sdf", .besieged),
      event("c", "2017-06-05", "raqqa", from: "isis", to: "sdf", .contested),
      event("d", "2017-10-17", "raqqa", from: "isis", to: "sdf"),
      event("e", "2017-05-29", "sinjar_sy", to: "pmu", .advance),
    ])
    let besieged = try #require(state(ledger.snapshot(at: day("2017-06-02")), "raqqa"))
    #expect(besieged.controller == "isis")
    #expect(besieged.challenger == "sdf")
    #expect(besieged.status == .besieged)
    #expect(besieged.since == day("2017-06-01"))
    let contested = try #require(state(ledger.snapshot(at: day("2017-06-05")), "raqqa"))
    #expect(contested.status == .contested)
    #expect(contested.controller == "isis")
    let taken = try #require(state(ledger.snapshot(at: day("2017-10-17")), "raqqa"))
    #expect(taken.controller == "sdf")
    #expect(taken.challenger == nil)
    let advance = try #require(state(ledger.snapshot(at: day("2017-10-17")), "sinjar_sy"))
    #expect(advance.controller == nil)
    #expect(advance.challenger == "pmu")
    #expect(advance.status == .advance)
  }

  @Test func repeatedReportsAddSourcesWithoutRepeats() throws {
    var events = [event("a", "2017-01-01", "taru", to: "isis", source: "s0")]
    for index in 1...40 {
      events.append(
        event(
          "r\(index)", "2017-02-\(10 + index % 18)", "taru", to: "isis", source: "s\(index % 20)"))
    }
    let state = try #require(ledger(events).snapshot(at: day("2017-12-31")).states.first)
    #expect(state.sources.count == 20)
    #expect(state.sources.first == "s0")
    #expect(state.eventIDs.count == 41)
    #expect(state.evidence.count == 41)
    #expect(state.since == day("2017-01-01"))
  }

  @Test func seriesMatchesSingleSnapshots() throws {
    let ledger = try ledger([
      event("a", "2017-05-03", "taru", to: "isis"),
      event("b", "2017-05-17", "taru", from: "isis", to: "pmu"),
      event("c", "2017-06-01", "mosul", from: "isis", to: "isf", .contested, precision: .week),
      event("d", "2017-07-10", "mosul", from: "isis", to: "isf"),
    ])
    var weekly: [Snapshot] = []
    ledger.forEachSnapshot(from: day("2017-05-03"), through: day("2017-07-12"), every: .week) {
      weekly.append($0)
    }
    #expect(weekly.first?.date == day("2017-05-07"))
    #expect(weekly.last?.date == day("2017-07-12"))
    #expect(weekly.count == 11)
    #expect(weekly.map(\.date) == weekly.map(\.date).sorted())
    for snapshot in weekly {
      #expect(snapshot == ledger.snapshot(at: snapshot.date))
    }
    var daily: [Day] = []
    ledger.forEachSnapshot(from: day("2017-05-30"), through: day("2017-06-02"), every: .day) {
      daily.append($0.date)
    }
    #expect(daily.map(\.description) == ["2017-05-30", "2017-05-31", "2017-06-01", "2017-06-02"])
    var monthly: [Day] = []
    ledger.forEachSnapshot(from: day("2017-05-03"), through: day("2017-07-12"), every: .month) {
      monthly.append($0.date)
    }
    #expect(monthly.map(\.description) == ["2017-05-31", "2017-06-30", "2017-07-12"])
    var none = 0
    ledger.forEachSnapshot(from: day("2017-07-12"), through: day("2017-05-03"), every: .day) { _ in
      none += 1
    }
    #expect(none == 0)
  }
}
