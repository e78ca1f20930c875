import Gazetteer
import GeoJSON
import Testing

@testable import Extraction

struct PlaceAutomatonTests {
  private static func place(_ id: String, _ name: String, _ variants: [String] = []) -> Place {
    Place(
      id: id, name: name, variants: variants, position: Position(longitude: 42, latitude: 36),
      country: "IQ", kind: .town, source: "test", licence: "CC0")
  }

  private static let automaton = PlaceAutomaton(places: [
    place("tal_afar", "Tal Afar", ["Tall 'Afar", "Tel-Afar"]),
    place("tal_afar_ab", "Tal Afar Air Base"),
    place("tal", "Tal"),
    place("umm_jrais", "Umm Jrais", ["Umm al-Jaris"]),
    place("raqqa", "Raqqa", ["Ar Raqqah"]),
    place("iraq", "Iraq"),
  ])

  /// The names found from each name-like word of `text`: "words as written=id…".
  private func names(_ text: String) throws -> [String] {
    let layout = try Fixture.layout(text)
    let automaton = Self.automaton
    var found: [String] = []
    for start in layout.words.indices where layout.words[start].isNameLike {
      for name in automaton.names(in: layout.words, from: start, to: layout.words.count) {
        let ids = automaton.placeNumbers(ofKey: name.key).map { automaton.places[Int($0)].id }
        found.append("\(layout.text(words: start..<name.end))=\(ids.joined(separator: ","))")
      }
    }
    return found
  }

  @Test func findsEverySpellingOfAName() throws {
    #expect(try names("Tal Afar") == ["Tal=tal", "Tal Afar=tal_afar"])
    #expect(try names("Tall Afar") == ["Tall=tal", "Tall Afar=tal_afar"])
    #expect(try names("Tel-Afar") == ["Tel=tal", "Tel-Afar=tal_afar"])
    #expect(try names("Umm al-Jaris") == ["Umm al-Jaris=umm_jrais"])
    #expect(try names("Ar Raqqah") == ["Raqqah=raqqa"])
  }

  @Test func reportsOverlappingNamesShortestFirst() throws {
    #expect(
      try names("Tal Afar Air Base") == [
        "Tal=tal", "Tal Afar=tal_afar", "Tal Afar Air Base=tal_afar_ab",
      ])
  }

  @Test func stopsAtPunctuationAndLowerCase() throws {
    #expect(try names("Tal, Afar") == ["Tal=tal"])
    // A quote mark before a word starts a new phrase, even where it stands for an ʿayn.
    #expect(try names("Tall 'Afar") == ["Tall=tal"])
    #expect(try names("Tal afar") == ["Tal=tal"])
  }

  @Test func readsPossessivesAsTheName() throws {
    #expect(try names("Iraq's army") == ["Iraq's=iraq"])
  }

  @Test func findsKeysOneEditAway() throws {
    let automaton = Self.automaton
    let near = automaton.keysOneEditAway(NameNormalizer().normalize("Raka"))
    #expect(near.isEmpty)
    let typo = automaton.keysOneEditAway(NameNormalizer().normalize("Umm Jrois"))
    #expect(typo.map { automaton.key($0) }.sorted() == [NameNormalizer().normalize("Umm Jrais")])
    #expect(automaton.keyIndex(NameNormalizer().normalize("Raqqa")) != nil)
  }

  @Test func buildsOverTheShippedGazetteer() throws {
    let automaton = try Fixture.extractor().automaton
    #expect(automaton.keyCount > 100_000)
    #expect(automaton.keyIndex(NameNormalizer().normalize("Qamishli")) != nil)
  }
}
