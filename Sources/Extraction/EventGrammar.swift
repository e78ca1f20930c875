import Control

/// The rules that read control events out of sentences: a small grammar over words, actor
/// references, place mentions and trigger words.
///
/// Each trigger word (`Trigger`) fires the rule of its kind within its clause. Rules know
/// voice ("ISIS was driven out of Hit" vs "Iraqi forces drove ISIS out of Hit"), particles
/// ("out of", "into", "toward"), the nouns of fighting and siege, and the border. The
/// acting actor is the clause's subject, the passive's "by" agent, the actor a claim is
/// attributed to ("the PMU said the villages were liberated"), or the paragraph's subject
/// for pronouns and phrases like "the forces". A trigger is not an event when its clause
/// says it is an intention, offer, threat, plan or possibility ("willing to", "vows to",
/// "could"), denies it, makes it a condition ("as long as", "if"), or when the place is a
/// meeting's venue.
struct EventGrammar {
  let words: [Word]
  let sentences: [Sentence]
  let spans: [ActorSpan]
  let mentions: [MentionDraft]
  let matcher: ActorMatcher
  /// Word → actor span index, or −1.
  let actorAt: [Int]
  /// Word → mention index, or −1.
  let mentionAt: [Int]
  /// Word → clause number (unique within the report).
  let clauseOf: [Int]
  /// Sentence → the actor its subject names, for later pronouns.
  private(set) var subjects: [String?] = []
  /// Sentence → whether it reports a claim ("according to", "said").
  private(set) var attributed: [Bool] = []

  init(
    words: [Word], sentences: [Sentence], spans: [ActorSpan], mentions: [MentionDraft],
    matcher: ActorMatcher
  ) {
    self.words = words
    self.sentences = sentences
    self.spans = spans
    self.mentions = mentions
    self.matcher = matcher
    actorAt = Self.indexByWord(spans.map(\.words), count: words.count)
    mentionAt = Self.indexByWord(mentions.map(\.words), count: words.count)
    clauseOf = Self.clauses(words: words, sentences: sentences)
    attributed = sentences.map(isAttributed)
  }

  /// Word → the index of the range containing it, or −1; `ranges` do not overlap.
  static func indexByWord(_ ranges: [Range<Int>], count: Int) -> [Int] {
    var at = [Int](repeating: -1, count: count)
    for (index, range) in ranges.enumerated() { for word in range { at[word] = index } }
    return at
  }

  /// Every event the rules find, sentence by sentence.
  mutating func drafts() -> [EventDraft] {
    var drafts: [EventDraft] = []
    subjects = []
    for (index, sentence) in sentences.enumerated() {
      subjects.append(nil)
      var found: [EventDraft] = []
      var position = sentence.words.lowerBound
      while position < sentence.words.upperBound {
        if let trigger = trigger(at: position, in: sentence),
          !isSuppressed(trigger: position, kind: trigger.kind, in: sentence)
        {
          found += fire(trigger, at: position)
        }
        position += 1
      }
      subjects[index] = sentenceSubject(index) ?? found.first?.to
      drafts += found
    }
    return drafts
  }

  // MARK: - Clauses

  /// Clause numbers: a clause ends at `;`, `:`, a dash or the sentence's end, and before a
  /// conjunction or relative pronoun that starts a new one ("while", ", which", "adding");
  /// a clause opened by such a word closes at the next comma.
  private static func clauses(words: [Word], sentences: [Sentence]) -> [Int] {
    var clauseOf = [Int](repeating: 0, count: words.count)
    var clause = 0
    for sentence in sentences {
      clause += 1
      var subordinate = false
      for index in sentence.words {
        let gap = words[index].gapBefore
        let starts = words[index].classes.contains(.clauseStarter) && words[index].shape != .upper
        if index > sentence.words.lowerBound,
          !gap.isDisjoint(with: Word.Gap.breaksClause) || starts
            || (subordinate && gap.contains(.comma))
        {
          clause += 1
          subordinate = starts
        } else if index == sentence.words.lowerBound {
          subordinate = starts || words[index].plain == "as"
        }
        if words[index].plain == "as", gap.contains(.comma) {
          clause += 1
          subordinate = true
        }
        clauseOf[index] = clause
      }
    }
    return clauseOf
  }

  /// The words of the clause containing `index`.
  func clause(of index: Int) -> Range<Int> {
    let sentence = sentences[words[index].sentence].words
    let clause = clauseOf[index]
    var start = index
    while start > sentence.lowerBound, clauseOf[start - 1] == clause { start -= 1 }
    var end = index + 1
    while end < sentence.upperBound, clauseOf[end] == clause { end += 1 }
    return start..<end
  }

  // MARK: - Triggers

  /// The trigger at word `index`, deciding noun or verb for words that can be both.
  private func trigger(at index: Int, in sentence: Sentence) -> Trigger? {
    guard words[index].classes.contains(.trigger),
      words[index].shape == .lower || words[index].shape == .capitalised,
      actorAt[index] < 0, mentionAt[index] < 0
    else { return nil }
    let verb = Trigger.verbs[words[index].plain]
    let noun = Trigger.nouns[words[index].plain]
    guard verb != nil || noun != nil else { return nil }
    if let noun, verb == nil || isNounPosition(index, in: sentence) {
      return Trigger(kind: noun, form: .noun)
    }
    // "the attack", "a fight": a verb's form after a determiner is a noun that is no trigger.
    if index > sentence.words.lowerBound, Self.determiners.contains(words[index - 1].plain) {
      return nil
    }
    return verb
  }

  static let determiners: Set<String> = [
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
  ]

  /// Whether a word that can be a noun or a verb stands as a noun: after a determiner, an
  /// adjective of war reporting, a possessive or an actor ("an SDF offensive").
  private func isNounPosition(_ index: Int, in sentence: Sentence) -> Bool {
    // "Fighting raged…", "Clashes between…": a sentence starts with the noun.
    guard index > sentence.words.lowerBound else { return true }
    let previous = words[index - 1]
    if previous.isPossessive || mentionAt[index - 1] >= 0 { return true }
    let span = actorAt[index - 1]
    if span >= 0 {
      // "an SDF offensive", "the regime's push" — but "regime forces push toward…".
      let start = spans[span].words.lowerBound
      return start > sentence.words.lowerBound
        && ["a", "an", "the", "its", "their"].contains(words[start - 1].plain)
    }
    return Trigger.nounMarkers.contains(previous.plain)
  }

  private func fire(_ trigger: Trigger, at index: Int) -> [EventDraft] {
    switch trigger.kind {
    case .capture, .liberate:
      return trigger.form == .noun
        ? captureNoun(trigger, at: index)
        : capture(trigger, at: index)
    case .expel: return expel(trigger, at: index)
    case .enter: return enter(trigger, at: index)
    case .fall: return fall(trigger, at: index)
    case .lose: return lose(trigger, at: index)
    case .withdraw: return withdraw(trigger, at: index)
    case .reach: return reach(trigger, at: index)
    case .besiege:
      return trigger.form == .noun
        ? siegeNoun(at: index)
        : besiege(trigger, at: index)
    case .contestNoun: return contestNoun(at: index)
    case .contestVerb: return contestVerb(trigger, at: index)
    }
  }

  /// Participles that pass a passive on ("was declared liberated", "was reported captured").
  static let passiveBridges: Set<String> = [
    "declared", "reported", "confirmed", "announced", "considered", "deemed", "said",
  ]

  /// Whether a passive auxiliary stands before the participle at `index` ("was liberated",
  /// "have been fully cleared").
  func isPassive(_ trigger: Trigger, at index: Int) -> Bool {
    guard trigger.canBePassive else { return false }
    let clause = clause(of: index)
    var position = index - 1
    while position >= clause.lowerBound,
      Lexicon.adverbs.contains(words[position].plain)
        || Self.passiveBridges.contains(words[position].plain)
    {
      position -= 1
    }
    return position >= clause.lowerBound
      && Lexicon.passiveAuxiliaries.contains(words[position].plain)
  }
}
