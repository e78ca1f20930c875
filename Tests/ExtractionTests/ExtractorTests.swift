import Control
import Testing

@testable import Extraction

/// The seed report as the acceptance test.
struct ExtractorTests {
  private func seedEvents() throws -> [ExtractedEvent] {
    try Fixture.extractor().extract(Fixture.seed()).events
  }

  @Test func pushesIsisOutOfUmmJraisThisWeek() throws {
    let events = try seedEvents().filter { $0.placeID == "umm_jrais" }
    #expect(events.map(summary) == ["isis>pmu controlled umm_jrais 2017-06-01/week"])
    #expect(events.first?.rule == "expel-active")
    #expect(events.first?.event.geoPrecision == .exact)
  }

  @Test func liberatesTaruAndWadiAlMidarInNorthwesternIraq() throws {
    let events = try seedEvents()
    let taru = events.filter { $0.placeID == "taru" }
    #expect(taru.map(summary) == ["isis>pmu controlled taru 2017-06-01/week"])
    let wadi = try #require(events.first { $0.event.place.text == "Wadi al-Midar" })
    #expect(wadi.event.from == "isis")
    #expect(wadi.event.to == "pmu")
    #expect(wadi.event.status == .controlled)
    #expect(wadi.placeID == nil)
    #expect(wadi.event.geoPrecision == .region)
    // Not in the gazetteer: placed only approximately, in north-western Iraq.
    #expect(wadi.isApproximate)
    let position = try #require(wadi.position)
    #expect(position.latitude > 34 && position.longitude < 44)
  }

  @Test func advancesToTheBorderNearSinjarAndAlBaajOnMonday() throws {
    let advances = try seedEvents().filter { $0.event.status == .advance }
    #expect(
      Set(advances.map(summary)) == [
        "?>pmu advance sinjar 2017-05-29/day", "?>pmu advance al_baaj 2017-05-29/day",
      ])
    for advance in advances {
      #expect(advance.event.geoPrecision == .near)
      #expect(advance.placeName.contains("Iraq–Syria border"))
      #expect(advance.rule == "reach-border")
    }
  }

  @Test func raqqaIsBesiegedBySdfAndMosulContested() throws {
    let events = try seedEvents()
    #expect(
      events.filter { $0.placeID == "raqqa" }.map(summary) == [
        "isis>sdf besieged raqqa 2017-06-01/day"
      ])
    let mosul = events.filter { $0.placeID == "mosul" }
    #expect(mosul.count == 1)
    #expect(mosul.first?.event.status == .contested)
    #expect(mosul.first?.event.from == "isis")
  }

  @Test func noEventForQamishliOrTheOffersToEnterSyria() throws {
    let events = try seedEvents()
    #expect(!events.contains { $0.placeID == "qamishli" })
    #expect(events.count == 7)
    let evidence = events.compactMap(\.event.evidence).joined(separator: " ")
    #expect(!evidence.contains("willing to cross"))
    #expect(!evidence.contains("ready to enter"))
    #expect(!evidence.contains("held a meeting"))
  }

  @Test func alBaahResolvesToAlBaajWithAReducedScore() throws {
    let extraction = try Fixture.extractor().extract(Fixture.seed())
    let mention = try #require(extraction.mentions.first { $0.name == "al-Ba'ah" })
    #expect(mention.place?.id == "al_baaj")
    #expect(mention.isFuzzy)
    let sinjar = try #require(extraction.mentions.first { $0.name == "Sinjar" })
    #expect((mention.score ?? 1) < (sinjar.score ?? 0))
  }

  @Test func everyEventCarriesEvidenceOffsetsAndConfidence() throws {
    let report = try Fixture.seed()
    let scalars = Array(report.text.unicodeScalars)
    for event in try Fixture.extractor().extract(report).events {
      let confidence = try #require(event.event.confidence)
      #expect(confidence > 0 && confidence <= 1)
      let evidence = try #require(event.event.evidence)
      let first = try #require(event.evidenceRanges.first)
      let text = String(String.UnicodeScalarView(scalars[first.start..<first.end]))
      #expect(evidence.hasPrefix(text))
      #expect(event.event.source == "seeds/000_e790da4f0a973771.txt")
      #expect(event.event.id.hasPrefix("ev-"))
    }
  }

  @Test func reportsTheUnresolvedNamesWithContext() throws {
    let extraction = try Fixture.extractor().extract(Fixture.seed())
    #expect(extraction.unresolvedNames.contains("Wadi al-Midar"))
    let wadi = try #require(extraction.mentions.first { $0.name == "Wadi al-Midar" })
    #expect(wadi.resolution == .approximate)
    #expect(wadi.context.contains("Taru villages"))
    #expect(wadi.relation == "in northwestern Iraq")
  }
}
