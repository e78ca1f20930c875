extension EventGrammar {
  /// How far before a trigger an intention or negation cue still governs it, words.
  static let modalityReach = 8
  static let negationReach = 5

  /// Whether the trigger at `index` is not a fact: an intention, offer, threat, plan or
  /// possibility in its clause ("willing to", "vows to", "could"), an infinitive of purpose
  /// ("to advance on Raqqa"), a negation ("did not", "denied"), or a condition anywhere in
  /// the sentence ("as long as", "if").
  func isSuppressed(trigger index: Int, kind: Trigger.Kind, in sentence: Sentence) -> Bool {
    if isConditional(sentence) { return true }
    let clause = clause(of: index)
    let window = max(clause.lowerBound, index - Self.modalityReach)..<index
    var realised = false
    for position in window.reversed() {
      let word = words[position]
      guard !word.classes.isDisjoint(with: [.realiser, .modality, .negation]),
        word.shape != .upper, actorAt[position] < 0
      else { continue }
      if word.classes.contains(.realiser) { realised = true }
      if word.classes.contains(.modality), word.shape == .lower || position == clause.lowerBound,
        !realised
      {
        return true
      }
      if index - position <= Self.negationReach, isNegation(at: position) { return true }
    }
    return isInfinitive(index, clause: clause) && !realised
  }

  /// "not", "never", "denied"…, but not "no longer" or "not only".
  private func isNegation(at position: Int) -> Bool {
    let word = words[position].plain
    guard Lexicon.negations.contains(word) else { return false }
    let next = position + 1 < words.count ? words[position + 1].plain : ""
    return !(word == "no" && next == "longer") && !(word == "not" && next == "only")
  }

  /// "to (comfortably) advance": a purpose or intention, unless "managed to", "able to".
  private func isInfinitive(_ index: Int, clause: Range<Int>) -> Bool {
    var position = index - 1
    while position >= clause.lowerBound, Lexicon.adverbs.contains(words[position].plain) {
      position -= 1
    }
    guard position >= clause.lowerBound, words[position].plain == "to" else { return false }
    let before = position - 1 >= clause.lowerBound ? words[position - 1].plain : ""
    return !Lexicon.realisers.contains(before)
  }

  /// A sentence that states a condition: "as long as", "if", "unless", "provided that".
  func isConditional(_ sentence: Sentence) -> Bool {
    for index in sentence.words where words[index].classes.contains(.condition) {
      let word = words[index].plain
      if Lexicon.conditions.contains(word), words[index].shape != .upper { return true }
      if word == "long", index > sentence.words.lowerBound, words[index - 1].plain == "as",
        index + 1 < sentence.words.upperBound, words[index + 1].plain == "as"
      {
        return true
      }
    }
    return false
  }

  /// Whether a mention is where people met ("held a meeting in Qamishli"), looking back a
  /// few words within its clause.
  func isVenue(_ mention: Int) -> Bool {
    let start = mentions[mention].words.lowerBound
    let clause = clause(of: start)
    let window = max(clause.lowerBound, start - 6)..<start
    return window.contains { Lexicon.venueWords.contains(words[$0].plain) }
  }

  /// Whether the sentence attributes what it says ("according to", "said", "claimed").
  func isAttributed(_ sentence: Sentence) -> Bool {
    sentence.words.contains { index in
      let word = words[index].plain
      return Lexicon.sayingVerbs.contains(word)
        || (word == "according" && index + 1 < words.count && words[index + 1].plain == "to")
    }
  }
}
