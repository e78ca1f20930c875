/// One word of a text as the name normaliser sees it, for matching names token by token
/// (the Extraction module's dictionary automaton).
public struct NameToken: Hashable, Sendable {
  /// Where the word is in the text it came from.
  public var range: Range<String.Index>
  /// The word folded for case, diacritics, marks and Arabic letter variants.
  public var plain: String
  /// The word's key: `plain` with the spelling alternations folded. Joining the keys of a
  /// run of tokens with `NameNormalizer.key(of:)` gives the run's normalised key.
  public var key: String
  /// Whether the word is an Arabic article (`al`, `el`, `ash-`, `ال`…) that keys leave out.
  public var isArticle: Bool

  /// - Parameters:
  ///   - range: the word's range in its text.
  ///   - plain: the folded word.
  ///   - key: the spelling-folded word.
  ///   - isArticle: whether keys leave it out.
  public init(range: Range<String.Index>, plain: String, key: String, isArticle: Bool) {
    self.range = range
    self.plain = plain
    self.key = key
    self.isArticle = isArticle
  }
}
