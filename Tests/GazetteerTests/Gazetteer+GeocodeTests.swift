import GeoJSON
import Testing

@testable import Gazetteer

/// Ranking traps from the issue, against the shipped gazetteer.
struct GazetteerGeocodeTests {
  let gazetteer = Fixture.shipped

  private func best(_ name: String, _ options: GeocodeOptions = GeocodeOptions()) -> Candidate? {
    gazetteer.geocode(name, options: options).best
  }

  private func position(_ id: String) -> Position? { gazetteer.place(id: id)?.position }

  @Test func sinjarIsTheIraqiTownUnlessTheContextSaysSyria() throws {
    let result = gazetteer.geocode("Sinjar")
    #expect(result.best?.place.id == "sinjar")
    #expect(result.best?.place.country == "IQ")
    #expect(result.candidates.contains { $0.place.id == "geonames:164094" })  // Idlib village
    #expect(best("Sinjar", GeocodeOptions(countries: ["SY"]))?.place.id == "geonames:164094")
    let idlib = try #require(position("geonames:169389"))
    #expect(best("Sinjar", GeocodeOptions(near: idlib))?.place.id == "geonames:164094")
  }

  @Test func rabiaIsTheIraqiBorderTownNotTheLatakiaVillage() throws {
    let result = gazetteer.geocode("Rabia")
    #expect(result.best?.place.id == "rabia")
    #expect(result.best?.match == .exact)
    let latakia = try #require(position("geonames:173576"))
    #expect(best("Rabia", GeocodeOptions(near: latakia))?.place.id == "geonames:167880")
    #expect(best("Rabia", GeocodeOptions(countries: ["SY"]))?.place.id == "geonames:167880")
  }

  @Test func qamishliResolvesThoughGeoNamesHasNoBareSpelling() throws {
    for spelling in ["Qamishli", "Kamishli", "Al Qamishli", "Qamishlo", "al-Qamishli"] {
      let result = gazetteer.geocode(spelling)
      #expect(result.best?.place.id == "qamishli", "\(spelling)")
      #expect(result.status == .ok, "\(spelling)")
    }
  }

  @Test func kurdishNamesResolve() {
    #expect(best("Hesîçe")?.place.id == "hasakah")
    #expect(best("Hesice")?.place.id == "hasakah")
    #expect(best("Dêrik")?.place.id == "geonames:173530")  // al-Malikiyah
    #expect(best("Derik", GeocodeOptions(countries: ["SY"]))?.place.id == "geonames:173530")
    #expect(best("Shengal")?.place.id == "sinjar")
    #expect(best("Hewlêr")?.place.id == "geonames:95446")  // Erbil
  }

  @Test func articleGluedToTheNameIsFound() {
    let result = gazetteer.geocode("Alhasakah")
    #expect(result.best?.place.id == "hasakah")
    #expect(result.best?.match == .folded)
    #expect(best("Arraqqa")?.place.id == "raqqa")
    #expect(best("Deir Ezzor")?.place.id == "deir_ez_zor")
  }

  @Test func arabicWithVowelMarksResolves() {
    #expect(best("المَوْصِل")?.place.id == "mosul")
    #expect(best("الرَّقَّة")?.place.id == "raqqa")
    #expect(best("سِنْجَار")?.place.id == "sinjar")
  }

  @Test func misspellingFindsThePlaceWithALowerScore() throws {
    let options = GeocodeOptions(countries: ["IQ"])
    let exact = try #require(best("al-Ba'aj", options))
    let misspelt = try #require(best("al-Ba'ah", options))
    #expect(exact.place.id == "al_baaj")
    #expect(misspelt.place.id == "al_baaj")
    #expect(misspelt.match == .fuzzy)
    #expect(misspelt.score < exact.score)
    let sinjar = try #require(position("sinjar"))
    #expect(best("al-Ba'ah", GeocodeOptions(near: sinjar))?.place.id == "al_baaj")
  }

  @Test func nameThatMatchesNothingIsUnresolvedWithSuggestions() {
    let result = gazetteer.geocode("Qzwxrtplk")
    #expect(result.status == .unresolved)
    #expect(result.candidates.isEmpty)
    let near = gazetteer.geocode("Tal Afarxx", options: GeocodeOptions(fuzzy: false))
    #expect(near.status == .unresolved)
    #expect(near.suggestions.first?.place.id == "tal_afar")
  }

  @Test func countryFilterThatExcludesEverythingLeavesSuggestions() {
    let result = gazetteer.geocode("Mosul", options: GeocodeOptions(countries: ["JO"]))
    #expect(result.status == .unresolved)
    #expect(result.suggestions.first?.place.id == "mosul")
  }

  @Test func borderPlacesMatchEitherCountry() {
    let options = GeocodeOptions(countries: ["SY"])
    #expect(best("Tawsin border crossing", options)?.place.id == "tawsin_bc")
  }

  @Test func countriesAndRegionsAreResolvedWithTheirKind() throws {
    let syria = try #require(best("Syria"))
    #expect(syria.place.kind == .country)
    #expect(syria.place.id == "geonames:163843")
    #expect(best("Iraq")?.place.kind == .country)
    #expect(gazetteer.geocode("Iraq").status == .ok)
    #expect(best("Rojava")?.place.kind == .region)
    #expect(best("Iraqi Kurdistan")?.place.id == "kurdistan_region")
  }

  @Test func directionOfACountryIsARegionInThatPart() throws {
    let north = try #require(best("northern Syria"))
    #expect(north.place.kind == .region)
    #expect(north.place.id == "geonames:163843#north")
    #expect(north.place.name == "northern Syria")
    #expect(north.match == .derived)
    let south = try #require(best("southern Syria"))
    #expect(north.place.position.latitude > south.place.position.latitude)
    #expect(best("north-east Syria")?.place.id == "geonames:163843#northeast")
    #expect(best("Northeastern Syria")?.place.id == "geonames:163843#northeast")
    #expect(gazetteer.place(id: "geonames:163843#north") == north.place)
    // A direction before a town is part of the town.
    #expect(best("east Mosul")?.place.id == "mosul")
  }

  @Test func candidatesAreRankedWithScoresInRange() {
    let result = gazetteer.geocode("Hama", options: GeocodeOptions(limit: 10))
    #expect(result.candidates.count <= 10)
    #expect(result.candidates.allSatisfy { (0...1).contains($0.score) })
    #expect(
      zip(result.candidates, result.candidates.dropFirst()).allSatisfy { $0.score >= $1.score })
    #expect(result.best?.matchedVariant.isEmpty == false)
  }

  @Test func statusFollowsTheMarginRule() {
    #expect(GeocodeMatcher.status(similarity: 1, scores: [0.9]) == .ok)
    #expect(GeocodeMatcher.status(similarity: 1, scores: [0.9, 0.79]) == .ok)
    #expect(GeocodeMatcher.status(similarity: 1, scores: [0.9, 0.85]) == .ambiguous)
    #expect(GeocodeMatcher.status(similarity: 0.45, scores: [0.3]) == .ambiguous)
    #expect(GeocodeMatcher.status(similarity: 0.6, scores: [0.3]) == .ok)  // far from --near
    #expect(GeocodeMatcher.status(similarity: 0, scores: []) == .unresolved)
  }

  @Test func nearPointReportsDistances() throws {
    let mosul = try #require(position("mosul"))
    let result = gazetteer.geocode("Tal Afar", options: GeocodeOptions(near: mosul))
    let distance = try #require(result.best?.distanceFromNear)
    #expect((55_000...70_000).contains(distance))  // m, Tal Afar is ~63 km west of Mosul
  }

  @Test func batchGivesOneResultPerNameInOrder() {
    let names = ["Mosul", "", "Qzwxrtplk", "Raqqa"]
    let results = gazetteer.geocode(names)
    #expect(results.map(\.query) == names)
    #expect(results.map(\.status) == [.ok, .unresolved, .unresolved, .ok])
  }
}
