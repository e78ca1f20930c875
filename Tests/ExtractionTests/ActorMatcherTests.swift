import Control
import Gazetteer
import Testing

@testable import Extraction

struct ActorMatcherTests {
  /// "words=actor" for every actor reference in `text`, resolved with Iraq as the place's
  /// country.
  private func actors(_ text: String, country: String = "IQ") throws -> [String] {
    let (matcher, vocabulary) = try Fixture.matcher()
    let layout = try Fixture.layout(text, vocabulary: vocabulary)
    let spans = matcher.spans(in: layout.words, sentences: layout.sentences)
    let grammar = EventGrammar(
      words: layout.words, sentences: layout.sentences, spans: spans, mentions: [],
      matcher: matcher)
    return spans.indices.map { index in
      let id = grammar.resolve(index, country: country, sentence: 0)?.id ?? "?"
      return "\(layout.text(words: spans[index].words))=\(id)"
    }
  }

  @Test func findsAliasesWithPossessivesAndAdjectives() throws {
    #expect(
      try actors("Iraq's Iran-backed Popular Mobilisation Units (PMU) advanced.") == [
        "Popular Mobilisation Units=pmu", "PMU=pmu",
      ])
    #expect(try actors("the Kurdish-led SDF forces") == ["SDF forces=sdf"])
    #expect(try actors("backed by the Iraqi air force") == ["Iraqi air force=isf"])
    #expect(try actors("21 ISIS militants were killed") == ["ISIS militants=isis"])
    #expect(
      try actors("Daesh's fighters and al-Hashd al-Shaabi") == [
        "Daesh's=isis", "al-Hashd al-Shaabi=pmu",
      ])
  }

  @Test func shortCapitalAliasesNeedCapitals() throws {
    #expect(try actors("IS fighters fled") == ["IS fighters=isis"])
    #expect(try actors("the town is quiet").isEmpty)
  }

  @Test func nationalForcesResolveThroughTheActorsFile() throws {
    #expect(
      try actors("Iraqi troops and Syrian soldiers") == ["Iraqi troops=isf", "Syrian soldiers=saa"])
    #expect(try actors("Turkish troops") == ["Turkish troops=tsk"])
  }

  @Test func kurdishAndGovernmentForcesDependOnTheCountry() throws {
    #expect(try actors("Kurdish forces", country: "IQ") == ["Kurdish forces=peshmerga"])
    #expect(try actors("Kurdish forces", country: "SY") == ["Kurdish forces=ypg"])
    #expect(try actors("Kurdish-led forces", country: "SY") == ["Kurdish-led forces=sdf"])
    #expect(try actors("government forces", country: "SY") == ["government forces=saa"])
    #expect(try actors("the army", country: "IQ") == ["army=isf"])
  }

  @Test func speakersAreMarked() throws {
    let (matcher, vocabulary) = try Fixture.matcher()
    let layout = try Fixture.layout("a PMU spokesman said", vocabulary: vocabulary)
    let spans = matcher.spans(in: layout.words, sentences: layout.sentences)
    #expect(spans.count == 1)
    #expect(spans.first?.isSpeaker == true)
  }
}
