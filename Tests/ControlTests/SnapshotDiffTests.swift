import GeoJSON
import Testing

@testable import Control

@Suite struct SnapshotDiffTests {
  let actors: ActorCatalog
  let ledger: Ledger

  init() throws {
    actors = try Fixture.actors()
    ledger = try Ledger(
      events: [
        event("1", "2014-06-10", "mosul", from: "isf", to: "isis"),
        event("2", "2014-08-01", "raqqa", to: "isis"),
        event("3", "2015-01-01", "taru", to: "isis"),
        event("4", "2016-10-17", "mosul", from: "isis", to: "isf", .contested),
        event("5", "2017-05-29", "taru", from: "isis", to: "pmu"),
        event("6", "2017-05-29", "sinjar", to: "pmu", .advance),
        event("7", "2017-06-06", "raqqa", from: "isis", to: "sdf", .besieged),
        event("8", "2017-07-10", "mosul", from: "isis", to: "isf"),
        event("9", "2017-08-01", "taru", from: "pmu", to: "isis"),
        event("10", "2017-08-15", "taru", from: "isis", to: "pmu"),
        event("11", "2017-10-17", "raqqa", from: "isis", to: "sdf"),
        event("12", "2017-11-01", "umm_jrais", to: "pmu"),
      ], actors: actors, places: TestPlaces.sample)
  }

  private func diff(_ from: String, _ to: String) -> SnapshotDiff {
    SnapshotDiff(from: ledger.snapshot(at: day(from)), to: ledger.snapshot(at: day(to)))
  }

  private func kinds(_ diff: SnapshotDiff) -> [String: ChangeKind] {
    Dictionary(uniqueKeysWithValues: diff.changes.map { ($0.place.id, $0.kind) })
  }

  @Test func listsEveryChangedPlace() throws {
    let diff = diff("2017-01-01", "2017-06-30")
    #expect(kinds(diff) == ["taru": .captured, "sinjar": .new, "raqqa": .besieged])
    let taru = try #require(diff.changes.first { $0.place.id == "taru" })
    #expect(taru.from == "isis")
    #expect(taru.to == "pmu")
    #expect(taru.before?.since == day("2015-01-01"))
    #expect(taru.after?.since == day("2017-05-29"))
    #expect(diff.dateFrom == day("2017-01-01"))
    #expect(diff.dateTo == day("2017-06-30"))
    #expect(
      kinds(self.diff("2017-06-30", "2017-12-31"))
        == ["mosul": .captured, "raqqa": .captured, "umm_jrais": .new])
    let relieved = SnapshotDiff(
      from: ledger.snapshot(at: day("2017-06-30")),
      to: try Ledger(
        events: [
          event("a", "2014-08-01", "raqqa", to: "isis"),
          event("b", "2017-06-06", "raqqa", from: "isis", to: "sdf", .besieged),
          event("c", "2017-06-07", "raqqa", to: "isis"),
        ], actors: actors, places: TestPlaces.sample
      ).snapshot(at: day("2017-06-30")))
    #expect(kinds(relieved)["raqqa"] == .relieved)
  }

  @Test func goneAndLostPlaces() {
    let earlier = ledger.snapshot(at: day("2017-06-30"))
    var later = earlier
    later.date = day("2017-07-01")
    later.states.removeAll { $0.place.id == "taru" }
    later.states[0].controller = nil
    let diff = SnapshotDiff(from: earlier, to: later)
    #expect(kinds(diff) == ["mosul": .lost, "taru": .gone])
    #expect(diff.changes.last?.place.id == "taru")
  }

  @Test func selfDiffIsEmpty() {
    for date in ["2014-01-01", "2016-12-31", "2017-06-30", "2018-01-01"] {
      let snapshot = ledger.snapshot(at: day(date))
      let diff = SnapshotDiff(from: snapshot, to: snapshot)
      #expect(diff.changes.isEmpty)
      #expect(diff.balances.isEmpty)
    }
  }

  @Test func diffsCompose() {
    let dates = [
      "2014-01-01", "2014-07-01", "2016-12-31", "2017-05-29", "2017-06-30", "2017-08-01",
      "2017-09-01", "2018-01-01",
    ]
    for (a, b, c) in triples(dates) {
      let direct = diff(a, c)
      let composed = diff(a, b).followed(by: diff(b, c))
      #expect(netEffect(composed) == netEffect(direct), "\(a) → \(b) → \(c)")
      #expect(composed.balances == direct.balances, "\(a) → \(b) → \(c)")
      for balance in direct.balances {
        let first = diff(a, b).balances.first { $0.actor == balance.actor }?.net ?? 0
        let second = diff(b, c).balances.first { $0.actor == balance.actor }?.net ?? 0
        #expect(first + second == balance.net, "\(balance.actor): \(a) → \(b) → \(c)")
      }
    }
  }

  @Test func balancesCountGainsAndLosses() throws {
    let diff = diff("2017-01-01", "2017-12-31")
    let byActor = Dictionary(uniqueKeysWithValues: diff.balances.map { ($0.actor, $0) })
    #expect(byActor["pmu"] == ActorBalance(actor: "pmu", gained: 2, lost: 0))
    #expect(byActor["isis"] == ActorBalance(actor: "isis", gained: 0, lost: 3))
    #expect(byActor["sdf"] == ActorBalance(actor: "sdf", gained: 1, lost: 0))
    #expect(byActor["isf"] == ActorBalance(actor: "isf", gained: 1, lost: 0))
    #expect(byActor["isis"]?.net == -3)
    // Sinjar appears with an unknown holder: nobody gains it.
    #expect(byActor.count == 4)
    #expect(diff.balances.first?.actor == "isis")
  }

  @Test func featuresAndSummaryCarryTheChanges() throws {
    let diff = diff("2017-01-01", "2017-12-31")
    let collection = diff.featureCollection(actors: actors)
    #expect(collection.foreignMembers["date_from"] == "2017-01-01")
    #expect(collection.foreignMembers["date_to"] == "2017-12-31")
    let taru = try #require(collection.features.first { $0.id == .string("taru") }?.properties)
    #expect(taru["change"] == "captured")
    #expect(taru["from"] == "isis")
    #expect(taru["to"] == "pmu")
    #expect(taru["date_from"] == "2015-01-01")
    #expect(taru["date_to"] == "2017-08-15")
    #expect(taru["marker-color"] == "#6a3d9a")
    #expect(taru["marker-symbol"] == "star")
    #expect(
      taru["title"]
        == "Taru: captured by Popular Mobilization Units from Islamic State (since 2017-08-15)")
    let summary = diff.summaryJSON(actors: actors)
    #expect(summary["actors"]?.arrayValue?.count == 4)
    let table = diff.summaryTable(actors: actors).render()
    #expect(table.contains("Popular Mobilization Units       2     0   +2"))
    #expect(diff.table(actors: actors).render().contains("Taru"))
    #expect(SnapshotDiff.csvHeader.hasPrefix("place_id,name,lat,lon,change,from,to"))
    #expect(
      diff.csvRows().contains(
        "taru,Taru,36.249,41.479,captured,isis,pmu,controlled,controlled,2015-01-01,2017-08-15,"))
  }

  @Test func diffOfWrittenSnapshotFilesEqualsDiffOfSnapshots() throws {
    let writer = GeoJSONWriter(precision: nil)
    func roundTrip(_ date: String) throws -> Snapshot {
      let snapshot = ledger.snapshot(at: day(date))
      let bytes = writer.encode(.featureCollection(snapshot.featureCollection(actors: actors)))
      return try Snapshot(GeoJSONReader.read(bytes), file: nil)
    }
    let fromFiles = SnapshotDiff(from: try roundTrip("2017-01-01"), to: try roundTrip("2017-12-31"))
    #expect(fromFiles == diff("2017-01-01", "2017-12-31"))
  }

  private func triples(_ dates: [String]) -> [(String, String, String)] {
    var result: [(String, String, String)] = []
    for i in dates.indices {
      for j in dates.indices where j >= i {
        for k in dates.indices where k >= j { result.append((dates[i], dates[j], dates[k])) }
      }
    }
    return result
  }

  private struct Net: Hashable {
    var kind: ChangeKind
    var from: String?
    var to: String?
    var statusFrom: ControlStatus?
    var statusTo: ControlStatus?
  }

  private func netEffect(_ diff: SnapshotDiff) -> [String: Net] {
    Dictionary(
      uniqueKeysWithValues: diff.changes.map {
        (
          $0.place.id,
          Net(
            kind: $0.kind, from: $0.from, to: $0.to, statusFrom: $0.before?.status,
            statusTo: $0.after?.status)
        )
      })
  }
}
