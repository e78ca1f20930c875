import Foundation
import Gazetteer
import Testing

@testable import Control

/// The shipped gazetteer as the ledger's place resolver.
@Suite struct GazetteerPlaceResolverTests {
  /// Loaded once; the index is cached in the temporary folder, since building it from the
  /// dumps is slow in debug builds.
  static let gazetteer = Result {
    try Gazetteer.loadShipped(
      dataDirectory: Fixture.repository.appendingPathComponent("gazetteer").path,
      cacheDirectory: FileManager.default.temporaryDirectory.path)
  }

  @Test func looksPlacesUpByID() throws {
    let gazetteer = try Self.gazetteer.get()
    let place = try #require(gazetteer.reference(id: "umm_jrais"))
    #expect(place.name == "Umm Jrais")
    #expect(place.kind == "village")
    #expect(place.country?.contains("IQ") == true)
    #expect(gazetteer.reference(id: "no_such_place") == nil)
  }

  @Test func resolvesSpellingsButNeverGuesses() throws {
    let gazetteer = try Self.gazetteer.get()
    guard case .resolved(let place) = gazetteer.resolve("Umm al-Jaris") else {
      Issue.record("Umm al-Jaris should resolve")
      return
    }
    #expect(place.id == "umm_jrais")
    guard case .unresolved = gazetteer.resolve("Wadi al-Midar") else {
      Issue.record("Wadi al-Midar is not in the shipped gazetteer")
      return
    }
    guard case .unresolved(let suggestions) = gazetteer.resolve("Umm Jraisz") else {
      Issue.record("a misspelling must not resolve")
      return
    }
    #expect(suggestions.contains { $0.contains("umm_jrais") })
  }

  @Test func seedLedgerValidatesAgainstTheShippedGazetteer() throws {
    let gazetteer = try Self.gazetteer.get()
    let path = Fixture.repository.appendingPathComponent("seeds/000_e790da4f0a973771.ledger.ndjson")
    let (ledger, problems) = Ledger.read(
      [UInt8](try Data(contentsOf: path)), file: path.path, actors: try Fixture.actors(),
      places: gazetteer)
    #expect(problems.isEmpty, "\(problems)")
    #expect(ledger.places.filter { $0.position == nil }.map(\.name) == ["Wadi al-Midar"])
    #expect(ledger.places.first { $0.id == "sinjar" }?.kind == "town")
  }
}
