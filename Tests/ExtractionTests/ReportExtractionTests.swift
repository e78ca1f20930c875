import Testing

@testable import Extraction

struct ReportExtractionTests {
  @Test func listsPlacesAndUnresolvedNamesOnce() throws {
    let text = """
      Iraqi forces entered the village of Khirbet Zahra near Sinjar. Sinjar was quiet, and \
      Khirbet Zahra was cleared on Monday.
      """
    let extraction = try Fixture.extract(text)
    #expect(extraction.resolvedPlaces.map(\.id) == ["sinjar"])
    #expect(extraction.unresolvedNames == ["Khirbet Zahra"])
    #expect(extraction.source == "test")
    #expect(extraction.date == day("2017-06-01"))
  }

  @Test func listsActorsAsResolved() throws {
    let extraction = try Fixture.extract("The PMU said Daesh fled from Baaj.")
    #expect(extraction.actors.map(\.actor) == ["pmu", "isis"])
    #expect(extraction.actors.map(\.text) == ["PMU", "Daesh"])
  }
}
