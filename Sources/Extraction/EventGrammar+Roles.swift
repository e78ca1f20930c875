extension EventGrammar {
  /// An actor as a rule resolved it: the actors-file id and how clearly the text named it.
  struct Agent: Hashable {
    var id: String
    var clarity: Double
  }

  /// Prepositions that make the actor after them an object, not a subject.
  static let objectPrepositions: Set<String> = [
    "against", "from", "of", "on", "with", "by", "to", "between", "inside", "out", "than",
    "versus", "vs", "and", "for", "over", "into", "within", "among", "fighting", "battling",
  ]

  /// The word before a span, skipping "the".
  func wordBefore(span index: Int) -> String {
    var position = spans[index].words.lowerBound - 1
    while position >= 0, words[position].plain == "the" || words[position].isArticle {
      position -= 1
    }
    guard position >= 0, words[position].sentence == words[spans[index].words.lowerBound].sentence
    else { return "" }
    return words[position].plain
  }

  /// Whether span `index` can be a subject: not after a preposition, not a speaker.
  func canBeSubject(_ index: Int) -> Bool {
    let before = wordBefore(span: index)
    if before == "of", isForceNoun(before: spans[index].words.lowerBound) { return true }
    return !spans[index].isSpeaker && !Self.objectPrepositions.contains(before)
      && before != "according"
  }

  /// "militias of the PMF", "fighters of the SDF": a force noun then "of" before `start`.
  private func isForceNoun(before start: Int) -> Bool {
    var position = start - 1
    while position >= 0, words[position].plain == "the" { position -= 1 }
    guard position >= 1, words[position].plain == "of" else { return false }
    return Lexicon.forceNouns.contains(words[position - 1].plain)
  }

  /// The span indices whose first word lies in `range`, in order.
  func spanIndices(in range: Range<Int>) -> [Int] {
    var result: [Int] = []
    var position = range.lowerBound
    while position < range.upperBound {
      let span = actorAt[position]
      if span >= 0, spans[span].words.lowerBound == position { result.append(span) }
      position += 1
    }
    return result
  }

  // MARK: - Resolving references

  /// The actors-file id a span denotes, given the country of the event's place (for
  /// "Kurdish forces" and "government forces") and the sentence (for pronouns).
  func resolve(_ index: Int, country: String?, sentence: Int) -> Agent? {
    switch spans[index].reference {
    case .named(let id): return Agent(id: id, clarity: 1)
    case .national(let adjective):
      return matcher.nationalForcesID(adjective).map { Agent(id: $0, clarity: 0.9) }
    case .kurdish:
      let id = country == "SY" ? matcher.kurdishForces.syria : matcher.kurdishForces.iraq
      return id.map { Agent(id: $0, clarity: 0.8) }
    case .kurdishLed:
      let id = country == "SY" ? matcher.kurdishLedSyria : matcher.kurdishForces.iraq
      return id.map { Agent(id: $0, clarity: 0.85) }
    case .government:
      return country.flatMap { matcher.stateForces[$0] }.map { Agent(id: $0, clarity: 0.8) }
    case .jihadists:
      return jihadistActor(before: spans[index].words.lowerBound).map {
        Agent(id: $0, clarity: 0.85)
      }
    case .anaphor:
      let word = words[spans[index].words.upperBound - 1].plain
      if word == "group" || word == "militias" || word == "militia" {
        return namedActor(before: spans[index].words.lowerBound, subjectsOnly: false).map {
          Agent(id: $0, clarity: 0.8)
        }
      }
      if word == "we" {
        return speaker(before: spans[index].words.lowerBound).map { Agent(id: $0, clarity: 0.8) }
      }
      return antecedent(in: sentence, before: spans[index].words.lowerBound).map {
        Agent(id: $0, clarity: 0.85)
      }
    }
  }

  /// The jihadist actor the report last named before `index`, or the first known one.
  private func jihadistActor(before index: Int) -> String? {
    let named = spans.filter { $0.words.lowerBound < index }.reversed().compactMap { span in
      if case .named(let id) = span.reference, matcher.jihadistActors.contains(id) { return id }
      return nil
    }
    return named.first ?? matcher.jihadistActors.first
  }

  /// The last actor named by name before word `index` in its paragraph.
  func namedActor(before index: Int, subjectsOnly: Bool) -> String? {
    let paragraph = sentences[words[index].sentence].paragraph
    for (spanIndex, span) in spans.enumerated().reversed() where span.words.lowerBound < index {
      guard sentences[words[span.words.lowerBound].sentence].paragraph == paragraph else {
        break
      }
      if case .named(let id) = span.reference, !subjectsOnly || canBeSubject(spanIndex) {
        return id
      }
    }
    return nil
  }

  /// What a pronoun or "the forces" refers to: the actor a claim in the sentence is
  /// attributed to ("According to the PMU, they…"), else the subject of the sentences before
  /// in the paragraph, else of the report so far.
  func antecedent(in sentence: Int, before index: Int) -> String? {
    if let reporter = reportingActor(in: sentence, before: index) { return reporter }
    let paragraph = sentences[sentence].paragraph
    for earlier in stride(from: sentence - 1, through: 0, by: -1) {
      guard earlier < subjects.count, let subject = subjects[earlier] else { continue }
      if sentences[earlier].paragraph == paragraph || earlier < sentence { return subject }
    }
    return nil
  }

  /// The actor a claim is attributed to: after "according to", or before "said" (also a
  /// speaker: "a PMU official said"), looking only before `index` when given.
  func reportingActor(in sentence: Int, before index: Int? = nil) -> String? {
    let range = sentences[sentence].words
    let limit = index ?? range.upperBound
    for position in range where position < limit {
      let word = words[position].plain
      if word == "according", position + 2 < range.upperBound, words[position + 1].plain == "to",
        let span = firstSpan(from: position + 2, within: 3, in: range),
        case .named(let id) = spans[span].reference
      {
        return id
      }
      if Lexicon.sayingVerbs.contains(word),
        let span = spanIndices(in: range.lowerBound..<position).last,
        case .named(let id) = spans[span].reference
      {
        return id
      }
    }
    return nil
  }

  private func firstSpan(from index: Int, within count: Int, in range: Range<Int>) -> Int? {
    for position in index..<min(range.upperBound, index + count) where actorAt[position] >= 0 {
      return actorAt[position]
    }
    return nil
  }

  /// The subject of sentence `index`: its first actor that can be a subject.
  func sentenceSubject(_ index: Int) -> String? {
    for span in spanIndices(in: sentences[index].words) where canBeSubject(span) {
      if let agent = resolve(span, country: nil, sentence: index) { return agent.id }
    }
    return nil
  }

  /// The party a first-person "we" speaks for: the last actor named as a speaker ("PMU
  /// spokesman") or as the source of a claim before `index`.
  func speaker(before index: Int) -> String? {
    let sentence = words[index].sentence
    if let reporter = reportingActor(in: sentence) { return reporter }
    for (spanIndex, span) in spans.enumerated().reversed() where span.words.lowerBound < index {
      guard span.isSpeaker || wordBefore(span: spanIndex) == "according" else { continue }
      if case .named(let id) = span.reference { return id }
    }
    return nil
  }

  /// The acting actor for a trigger in active voice: the nearest subject-like actor before
  /// it in its clause; for a relative clause, the noun it hangs on ("the SDF, which
  /// captured…"); else before the clause in the sentence; for a gerund clause ("After
  /// capturing X, Iraqi forces…"), the main clause's subject; else the paragraph's subject.
  func subject(of trigger: Int, country: String?) -> Agent? {
    let clause = clause(of: trigger)
    let sentence = words[trigger].sentence
    let sentenceRange = sentences[sentence].words
    for span in spanIndices(in: clause.lowerBound..<trigger).reversed() where canBeSubject(span) {
      if let agent = resolve(span, country: country, sentence: sentence) { return agent }
    }
    let opener = words[clause.lowerBound].plain
    if ["which", "who"].contains(opener),
      let span = spanIndices(in: sentenceRange.lowerBound..<clause.lowerBound).last
    {
      return resolve(span, country: country, sentence: sentence)
    }
    for span in spanIndices(in: sentenceRange.lowerBound..<clause.lowerBound).reversed()
    where canBeSubject(span) && clauseOf[spans[span].words.lowerBound] != clauseOf[trigger] {
      if let agent = resolve(span, country: country, sentence: sentence) { return agent }
    }
    if Lexicon.clauseStarters.contains(opener) || opener == "by" || opener == "upon" {
      for span in spanIndices(in: clause.upperBound..<sentenceRange.upperBound)
      where canBeSubject(span) {
        if let agent = resolve(span, country: country, sentence: sentence) { return agent }
      }
    }
    if let earlier = antecedent(in: sentence, before: trigger) {
      return Agent(id: earlier, clarity: 0.7)
    }
    // Last resort: an actor named earlier in the sentence, even as a speaker ("SDF
    // commanders met … after the capture of Tabqa").
    for span in spanIndices(in: sentenceRange.lowerBound..<trigger).reversed()
    where !["against", "by", "from", "of"].contains(wordBefore(span: span)) {
      if let agent = resolve(span, country: country, sentence: sentence) {
        return Agent(id: agent.id, clarity: 0.6)
      }
    }
    return nil
  }

  /// The actor after one of `prepositions` within `range` ("by the SDF", "from ISIS").
  func actor(after prepositions: Set<String>, in range: Range<Int>, country: String?) -> Agent? {
    for position in range where prepositions.contains(words[position].plain) {
      var next = position + 1
      while next < range.upperBound, words[next].plain == "the" || words[next].isArticle {
        next += 1
      }
      guard next < range.upperBound, actorAt[next] >= 0 else { continue }
      return resolve(actorAt[next], country: country, sentence: words[position].sentence)
    }
    return nil
  }

  /// Another actor than `actor` the sentence (or the paragraph before it) names by name,
  /// not as a speaker: the other side of a withdrawal or a loss.
  /// The first such actor after `trigger` in its sentence wins ("ISIS withdrew as the SDF
  /// advanced"); else the last before it.
  func opponent(of actor: String, in sentence: Int, after trigger: Int? = nil) -> String? {
    let paragraph = sentences[sentence].paragraph
    var before: [String] = []
    for (index, span) in spans.enumerated() where !span.isSpeaker {
      let spanSentence = words[span.words.lowerBound].sentence
      guard spanSentence <= sentence, sentences[spanSentence].paragraph == paragraph,
        wordBefore(span: index) != "according",
        let agent = resolve(index, country: nil, sentence: spanSentence), agent.id != actor
      else { continue }
      if let trigger, spanSentence == sentence, span.words.lowerBound > trigger {
        return agent.id
      }
      before.append(agent.id)
    }
    return before.last
  }
}
