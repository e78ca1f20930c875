import Foundation
import Testing

@testable import Control

/// The sample ledger built by hand from the seed report.
@Suite struct SeedLedgerTests {
  let actors: ActorCatalog
  let path = Fixture.repository.appendingPathComponent("seeds/000_e790da4f0a973771.ledger.ndjson")
    .path
  let report = try? String(
    contentsOf: Fixture.repository.appendingPathComponent("seeds/000_e790da4f0a973771.txt"),
    encoding: .utf8)

  init() throws {
    actors = try Fixture.actors()
  }

  private func ledger() throws -> (Ledger, [ControlError]) {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    return Ledger.read(bytes, file: path, actors: actors, places: try TestPlaces.shipped())
  }

  @Test func validatesAgainstTheShippedGazetteer() throws {
    let (ledger, problems) = try ledger()
    #expect(problems.isEmpty, "\(problems)")
    #expect(ledger.entries.count == 7)
  }

  @Test func everyEventQuotesTheReport() throws {
    let report = try #require(report)
    let (ledger, _) = try ledger()
    for entry in ledger.entries {
      #expect(entry.event.source == "seeds/000_e790da4f0a973771.txt")
      let evidence = try #require(entry.event.evidence)
      #expect(report.contains(evidence), "\(entry.event.id)")
    }
  }

  @Test func snapshotAtTheReportDate() throws {
    let (ledger, _) = try ledger()
    let snapshot = ledger.snapshot(at: day("2017-06-01"))
    let states = Dictionary(uniqueKeysWithValues: snapshot.states.map { ($0.place.id, $0) })
    #expect(
      Set(states.keys) == [
        "umm_jrais", "taru", "unlocated:Wadi al-Midar", "sinjar", "al_baaj", "raqqa", "mosul",
      ])
    for id in ["umm_jrais", "taru", "unlocated:Wadi al-Midar"] {
      #expect(states[id]?.controller == "pmu")
      #expect(states[id]?.status == .controlled)
      #expect(states[id]?.since == day("2017-05-29"))
      #expect(states[id]?.sinceIsUncertain == true)
    }
    #expect(states["unlocated:Wadi al-Midar"]?.place.position == nil)
    for id in ["sinjar", "al_baaj"] {
      #expect(states[id]?.status == .advance)
      #expect(states[id]?.challenger == "pmu")
      #expect(states[id]?.controller == nil)
      #expect(states[id]?.geoPrecision == .near)
      #expect(states[id]?.since == day("2017-05-29"))
    }
    #expect(states["raqqa"]?.status == .besieged)
    #expect(states["raqqa"]?.controller == "isis")
    #expect(states["raqqa"]?.challenger == "sdf")
    #expect(states["mosul"]?.status == .contested)
    #expect(states["mosul"]?.controller == "isis")
    #expect(states["mosul"]?.challenger == "isf")
    #expect(ledger.snapshot(at: day("2017-05-28")).states.isEmpty)
  }
}
