import Control
import Testing

@testable import Extraction

struct EventAssemblerTests {
  @Test func aSiegeAfterAnOffensiveMergesIntoTheSiege() throws {
    let text = """
      The SDF have launched a major offensive against ISIS in Raqqa. The US-backed forces \
      imposed a siege on ISIS militants inside the city.
      """
    let events = try Fixture.extract(text).events
    #expect(events.map(summary) == ["isis>sdf besieged raqqa 2017-06-01/day"])
    #expect(events.first?.evidenceRanges.count == 2)
    #expect(events.first?.event.evidence?.contains("offensive") == true)
  }

  @Test func anUndatedEventTakesTheDateOfTheSameEventElsewhere() throws {
    let text = """
      The PMU on Monday reached the Syrian border from the Iraqi side.

      According to the PMU, they reached the border from an area near Sinjar.
      """
    let events = try Fixture.extract(text).events
    #expect(events.map(summary) == ["?>pmu advance sinjar 2017-05-29/day"])
    #expect(events.first?.evidenceRanges.count == 2)
  }

  @Test func undatedChangesAreDatedToTheReportsWeek() throws {
    let event = try #require(Fixture.extract("Iraqi forces recaptured Hit.").events.first)
    #expect(event.event.datePrecision == .week)
    #expect(event.event.period == day("2017-05-29")...day("2017-06-04"))
  }

  @Test func contradictionsOnOneDayKeepTheMoreConfident() throws {
    let text = "Iraqi forces captured Hit on Monday. On Monday ISIS seized Hit, a resident said."
    let events = try Fixture.extract(text).events
    #expect(events.count == 1)
    #expect(events.first?.event.to == "isf")
  }

  @Test func confidenceFollowsRuleActorAndPlace() throws {
    let direct = try #require(Fixture.extract("Iraqi forces recaptured Hit.").events.first)
    let claimed = try #require(
      Fixture.extract("According to the army, Iraqi forces recaptured Hit.").events.first)
    let pronoun = try #require(
      Fixture.extract("Iraqi forces pressed on. Hit was recaptured.").events.first)
    let directConfidence = try #require(direct.event.confidence)
    #expect(directConfidence > (claimed.event.confidence ?? 1))
    #expect(directConfidence > (pronoun.event.confidence ?? 1))
  }

  @Test func idsAreStableAndDependOnContent() throws {
    let first = try Fixture.extract("Iraqi forces recaptured Hit.").events.map(\.event.id)
    let again = try Fixture.extract("Iraqi forces recaptured Hit.").events.map(\.event.id)
    let other = try Fixture.extract("Iraqi forces recaptured Hit yesterday.").events.map(\.event.id)
    #expect(first == again)
    #expect(first != other)
  }
}
