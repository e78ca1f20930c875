import Testing

@testable import Extraction

struct PlaceScorerTests {
  private func place(_ name: String, in text: String) throws -> PlaceMention {
    try #require(Fixture.extract(text).mentions.first { $0.name == name })
  }

  @Test func prefersTheConflictsPlaceOverANamesake() throws {
    // GeoNames has a village Sinjār in Idlib too.
    let sinjar = try place("Sinjar", in: "The PMU advanced near Sinjar.")
    #expect(sinjar.place?.id == "sinjar")
    #expect(sinjar.place?.country == "IQ")
  }

  @Test func prefersTheCountryTheSentenceNames() throws {
    let iraq = try place("Iraq", in: "Fighting in Iraq continued.")
    #expect(iraq.place?.kind == .country)
    #expect(iraq.score == 1)
  }

  @Test func placesFarFromTheReportLoseScore() throws {
    // Al-Qahtaniyah in Syria near Qamishli, named with a nearby place, scores higher than the
    // same name alone.
    let alone = try place("Qahtaniyah", in: "Clashes were reported in Qahtaniyah.")
    let near = try place(
      "Qahtaniyah", in: "Clashes were reported in Qamishli and in Qahtaniyah near the border.")
    #expect((near.score ?? 0) >= (alone.score ?? 0))
  }

  @Test func nearMissSpellingsNeedSupport() throws {
    // One edit from a Syrian village; nothing in the text supports it.
    let bashiqa = try place("Bashiqa", in: "Peshmerga forces captured the town of Bashiqa.")
    #expect(bashiqa.resolution == .unresolved)
    // Close enough on its own: Shirqat for Sharqat.
    let shirqat = try place("Shirqat", in: "The Shirqat district was freed by Iraqi forces.")
    #expect(shirqat.place?.id == "geonames:91057")
    #expect(shirqat.isFuzzy)
  }
}
