import Testing

@testable import Extraction

/// Place mentions as `Extractor` reports them: found by `MentionFinder`, resolved by
/// `PlaceScorer`.
struct MentionFinderTests {
  /// "name=place id" (or "name=unresolved") for every mention of `text`.
  private func mentions(_ text: String) throws -> [String] {
    try Fixture.extract(text).mentions.map {
      "\($0.name)=\($0.place?.id ?? $0.resolution.rawValue)"
    }
  }

  @Test func findsNamesInsidePhrases() throws {
    #expect(
      try mentions("ISIS was pushed out of the border village of Umm Jrais.") == [
        "Umm Jrais=umm_jrais"
      ])
    #expect(
      try mentions("ISIS nears losing its holdouts in Iraq's northwestern Mosul city.") == [
        "Iraq=geonames:99237", "Mosul=mosul",
      ])
    #expect(
      try mentions("They reached the Iraq-Syria borders.") == [
        "Iraq=geonames:99237", "Syria=geonames:163843",
      ])
  }

  @Test func listsNamesBeforeAPluralPlaceNoun() throws {
    let found = try Fixture.extract(
      "The PMU said that the Wadi al-Midar and Taru villages were liberated from ISIS."
    ).mentions
    #expect(found.map(\.name) == ["Wadi al-Midar", "Taru"])
    #expect(found[0].resolution == .unresolved)
    #expect(found[0].cue == "village")
    #expect(found[1].place?.id == "taru")
  }

  @Test func offsetsPointAtTheName() throws {
    let text = "date 2017-06-01 Report\n\nFighting near Sinjār and in Raqqa's centre."
    let extraction = try Fixture.extract(text)
    let scalars = Array(text.unicodeScalars)
    for mention in extraction.mentions {
      let written = String(
        String.UnicodeScalarView(scalars[mention.range.start..<mention.range.end]))
      #expect(written == mention.name)
    }
    #expect(extraction.mentions.map(\.name) == ["Sinjār", "Raqqa"])
  }

  @Test func commonWordsAreNotPlaces() throws {
    #expect(try mentions("US airstrikes hit ISIS positions on Monday.").isEmpty)
    #expect(try mentions("The Police said Force was used.").isEmpty)
  }

  @Test func theTownOfHitIsAPlace() throws {
    #expect(try mentions("Iraqi troops entered the town of Hit.") == ["Hit=geonames:95788"])
  }

  @Test func personalNamesAndOutletsAreNotPlaces() throws {
    #expect(try mentions("PMU spokesman Karim al-Nouri said it was over.").isEmpty)
    #expect(try mentions("Nouri added that the group was finished.").isEmpty)
    #expect(try mentions("He spoke to the pro-Hizballah al-Mayadeen TV on Friday.").isEmpty)
    #expect(try mentions("Qasim Musla told ARA News on Friday.").isEmpty)
  }

  @Test func partsOfCountriesAreRegions() throws {
    let found = try Fixture.extract("Fighting continued in northern Syria and north-western Iraq.")
      .mentions
    #expect(found.map { $0.place?.id } == ["geonames:163843#north", "geonames:99237#northwest"])
  }

  @Test func countriesUsedAsModifiersAreNotMentions() throws {
    #expect(try mentions("Iran-backed militias moved.").isEmpty)
  }
}
