import Gazetteer
import GeoJSON
import Testing

@testable import Extraction

struct ApproximatorTests {
  private func mention(_ name: String, in text: String) throws -> PlaceMention {
    try #require(Fixture.extract(text).mentions.first { $0.name == name })
  }

  @Test func placesANameWestOfAKnownPlace() throws {
    let text = "The SDF captured the village of Khirbet Umm Dhiyab, west of al-Qahtaniyah."
    let found = try mention("Khirbet Umm Dhiyab", in: text)
    #expect(found.resolution == .approximate)
    #expect(found.geoPrecision == .near)
    #expect(found.relation == "west of al-Qahtaniyah")
    let anchor = try #require(found.place)
    #expect(anchor.id == "qahtaniyah")
    let position = try #require(found.position)
    let tenKilometres = 10_000.0  // m
    let oneKilometre = 1_000.0  // m
    #expect(abs(Spherical.distance(position, anchor.position) - tenKilometres) < oneKilometre)
    #expect(position.longitude < anchor.position.longitude)
    #expect(found.uncertainty == 10_000)
  }

  @Test func usesTheDistanceTheReportGives() throws {
    let text = "Iraqi forces retook the village of Kharab Jabr, 25 km south of Qayyarah."
    let found = try mention("Kharab Jabr", in: text)
    let anchor = try #require(found.place)
    let position = try #require(found.position)
    let twentyFiveKilometres = 25_000.0  // m
    let oneKilometre = 1_000.0  // m
    #expect(
      abs(Spherical.distance(position, anchor.position) - twentyFiveKilometres) < oneKilometre)
    #expect(position.latitude < anchor.position.latitude)
    #expect(found.uncertainty == 12_500)
  }

  @Test func nearAPlaceIsThatPlacesPoint() throws {
    let found = try mention("Tal Qasab", in: "ISIS attacked the village of Tal Qasab near Sinjar.")
    #expect(found.resolution == .approximate || found.place?.id == "tall_qassab")
  }

  @Test func anUnrelatedNameHasNoCoordinates() throws {
    let found = try mention(
      "Khirbet Zahra", in: "Fighting raged around the village of Khirbet Zahra.")
    #expect(found.resolution == .unresolved)
    #expect(found.position == nil)
    #expect(found.geoPrecision == nil)
  }
}
