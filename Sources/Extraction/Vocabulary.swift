/// Everything the extractor looks up per word, in one table, so that each word of a report
/// is hashed once: its vocabulary classes and the actor aliases that start with it.
struct Vocabulary: Sendable {
  struct Entry: Sendable {
    var classes: Word.Classes = []
    /// Index of the aliases starting with this word in `ActorMatcher`, or −1.
    var aliasGroup: Int32 = -1
  }

  private let entries: [String: Entry]

  /// The vocabulary of the rules alone, without actor aliases.
  static let rules = Vocabulary(aliasGroups: [:])

  /// - Parameter aliasGroups: alias group index by first word (`ActorMatcher`).
  init(aliasGroups: [String: Int]) {
    var entries: [String: Entry] = [:]
    for (word, classes) in Word.Classes.table { entries[word] = Entry(classes: classes) }
    for (word, group) in aliasGroups { entries[word, default: Entry()].aliasGroup = Int32(group) }
    self.entries = entries
  }

  /// The entry of a folded word (empty when the word is on no list).
  func entry(_ word: String) -> Entry { entries[word] ?? Entry() }
}
