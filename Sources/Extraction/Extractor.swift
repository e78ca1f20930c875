import Control
import Gazetteer

/// Reads control events, place mentions and actor mentions out of war reports.
///
/// Build one per gazetteer and actors file (building the place automaton takes a few hundred
/// milliseconds) and share it: it is immutable and `extract` may run on several threads.
public struct Extractor: Sendable {
  public let gazetteer: Gazetteer
  public let actors: ActorCatalog
  public let automaton: PlaceAutomaton
  private let normalizer = NameNormalizer()
  private let matcher: ActorMatcher
  private let vocabulary: Vocabulary
  private let scorer: PlaceScorer
  /// Country names by ISO code, for naming borders.
  private let countryNames: [String: String]

  /// - Parameters:
  ///   - gazetteer: the places.
  ///   - actors: the actors file.
  ///   - automaton: a place automaton built over `gazetteer` (built here when `nil`).
  public init(gazetteer: Gazetteer, actors: ActorCatalog, automaton: PlaceAutomaton? = nil) {
    self.gazetteer = gazetteer
    self.actors = actors
    let automaton = automaton ?? PlaceAutomaton(gazetteer: gazetteer)
    self.automaton = automaton
    matcher = ActorMatcher(catalog: actors, normalizer: normalizer)
    vocabulary = Vocabulary(aliasGroups: matcher.groupByFirstWord)
    scorer = PlaceScorer(automaton: automaton, gazetteer: gazetteer, normalizer: normalizer)
    var names: [String: String] = [:]
    for place in automaton.places where place.kind == .country && !place.country.contains("/") {
      if names[place.country] == nil { names[place.country] = place.name }
    }
    countryNames = names
  }

  /// Everything the report says: events, place mentions and actor mentions.
  /// - Parameter report: the report.
  public func extract(_ report: Report) -> ReportExtraction {
    let layout = TextLayout(report: report, normalizer: normalizer, vocabulary: vocabulary)
    let words = layout.words
    let spans = matcher.spans(in: words, sentences: layout.sentences)
    var covered = [Bool](repeating: false, count: words.count)
    for span in spans { for index in span.words { covered[index] = true } }
    let finder = MentionFinder(automaton: automaton, words: words, covered: covered)
    var mentions: [MentionDraft] = []
    for (index, sentence) in layout.sentences.enumerated() {
      mentions += finder.mentions(in: sentence, index: index)
    }
    mentions = mentions.filter { !isModifier($0, words) }
    scorer.resolve(&mentions, words: words)
    mentions = mentions.filter { $0.place != nil || $0.origin != .dictionary }
    let mentionAt = EventGrammar.indexByWord(mentions.map(\.words), count: words.count)
    Approximator(layout: layout, mentionAt: mentionAt).approximate(
      &mentions, sentences: layout.sentences)
    var grammar = EventGrammar(
      words: words, sentences: layout.sentences, spans: spans, mentions: mentions,
      matcher: matcher)
    let drafts = grammar.drafts()
    let reader = DateReader(reportDate: report.date)
    let offsets = ScalarOffsets(layout.bytes)
    let assembler = EventAssembler(
      report: report, layout: layout, mentions: mentions,
      dates: layout.sentences.map { reader.expressions(in: words, range: $0.words) },
      clauseOf: { grammar.clause(of: $0) }, countryNames: countryNames, offsets: offsets)
    return ReportExtraction(
      source: report.source, date: report.date, events: assembler.events(from: drafts),
      mentions: mentions.map {
        publicMention($0, among: mentions, layout: layout, offsets: offsets)
      },
      actors: actorMentions(spans, grammar: grammar, layout: layout, offsets: offsets))
  }

  /// "Iran-backed", "US-led": a name used as a modifier, not a place.
  private func isModifier(_ mention: MentionDraft, _ words: [Word]) -> Bool {
    let next = mention.words.upperBound
    return next < words.count && words[next].gapBefore == .hyphen && words[next].shape == .lower
  }

  private func publicMention(
    _ mention: MentionDraft, among mentions: [MentionDraft], layout: TextLayout,
    offsets: ScalarOffsets
  ) -> PlaceMention {
    let sentence = layout.sentences[mention.sentence]
    var result = PlaceMention(
      name: layout.name(words: mention.words),
      range: offsets.textRange(layout.nameBytes(words: mention.words)),
      context: layout.text(sentence.start..<sentence.end), resolution: .unresolved, place: nil,
      score: nil, isFuzzy: mention.isFuzzy, position: nil, geoPrecision: nil, uncertainty: nil,
      relation: nil, cue: mention.cue?.rawValue)
    if let place = mention.place {
      result.resolution = .resolved
      result.place = place
      result.score = (mention.score * 100).rounded() / 100
      result.position = place.position
      result.geoPrecision = place.kind == .region || place.kind == .country ? .region : .exact
    } else if let approximation = mention.approximation {
      result.resolution = .approximate
      result.place = mentions[approximation.anchor].place
      result.position = approximation.position
      result.geoPrecision = GeoPrecision(rawValue: approximation.geoPrecision)
      result.uncertainty = approximation.uncertainty
      result.relation = approximation.relation
    }
    return result
  }

  private func actorMentions(
    _ spans: [ActorSpan], grammar: EventGrammar, layout: TextLayout, offsets: ScalarOffsets
  ) -> [ActorMention] {
    spans.enumerated().compactMap { index, span in
      let sentence = layout.words[span.words.lowerBound].sentence
      guard let agent = grammar.resolve(index, country: nil, sentence: sentence) else {
        return nil
      }
      return ActorMention(
        actor: agent.id, text: layout.name(words: span.words),
        range: offsets.textRange(layout.nameBytes(words: span.words)))
    }
  }
}
