extension Word {
  /// The vocabulary lists (`Lexicon`, `Trigger`) a word is on, looked up once per word so
  /// that the rules test bits instead of hashing the word again.
  struct Classes: OptionSet, Hashable, Sendable {
    let rawValue: UInt32
    static let notName = Classes(rawValue: 1 << 0)
    static let demonym = Classes(rawValue: 1 << 1)
    static let placeNoun = Classes(rawValue: 1 << 2)
    static let genericHead = Classes(rawValue: 1 << 3)
    static let placePreposition = Classes(rawValue: 1 << 4)
    static let modality = Classes(rawValue: 1 << 5)
    static let realiser = Classes(rawValue: 1 << 6)
    static let negation = Classes(rawValue: 1 << 7)
    static let condition = Classes(rawValue: 1 << 8)
    static let clauseStarter = Classes(rawValue: 1 << 9)
    static let trigger = Classes(rawValue: 1 << 10)
    static let dateWord = Classes(rawValue: 1 << 11)
    static let actorStart = Classes(rawValue: 1 << 12)

    /// The classes of every listed word, built once.
    static let table: [String: Classes] = {
      var table: [String: Classes] = [:]
      func add(_ words: some Sequence<String>, _ classes: Classes) {
        for word in words { table[word, default: []].insert(classes) }
      }
      add(Lexicon.notNames, .notName)
      add(Lexicon.demonyms.keys, .demonym)
      add(Lexicon.placeNouns.keys, .placeNoun)
      add(MentionFinder.genericHeads, .genericHead)
      add(MentionFinder.placePrepositions, .placePreposition)
      add(Lexicon.modality, .modality)
      add(Lexicon.realisers, .realiser)
      add(Lexicon.negations, .negation)
      add(Lexicon.conditions + ["long"], .condition)
      add(Lexicon.clauseStarters, .clauseStarter)
      add(Trigger.verbs.keys, .trigger)
      add(Trigger.nouns.keys, .trigger)
      add(DateReader.words, .dateWord)
      add(ActorMatcher.genericStarts, .actorStart)
      return table
    }()

    /// The classes of a folded word.
    static func of(_ word: String) -> Classes { table[word] ?? [] }
  }
}
