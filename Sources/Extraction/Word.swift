/// One word of a report as the extractor reads it: where it is, its folded forms (from the
/// gazetteer's `NameNormalizer`, so place keys match the gazetteer's), how it is written, and
/// the punctuation between it and the word before.
struct Word: Hashable, Sendable {
  /// How the word is written, which decides whether it may start a name.
  enum Shape: UInt8, Hashable, Sendable {
    /// Starts with a lower-case letter.
    case lower
    /// Starts with an upper-case letter (`Mosul`, `McGurk`).
    case capitalised
    /// Two or more letters, all upper case (`ISIS`, `PMU`).
    case upper
    /// A script without case (Arabic, Kurdish in Arabic script): may be a name.
    case uncased
    /// Starts with a digit.
    case number
  }

  /// What separates a word from the word before it.
  struct Gap: OptionSet, Hashable, Sendable {
    let rawValue: UInt16
    static let comma = Gap(rawValue: 1 << 0)
    /// `.`, `!` or `?`.
    static let stop = Gap(rawValue: 1 << 1)
    static let semicolon = Gap(rawValue: 1 << 2)
    static let colon = Gap(rawValue: 1 << 3)
    /// Any double or typographic quote.
    static let quote = Gap(rawValue: 1 << 4)
    /// `(` or `[`.
    static let openBracket = Gap(rawValue: 1 << 5)
    /// `)` or `]`.
    static let closeBracket = Gap(rawValue: 1 << 6)
    /// A dash between spaces, an en or em dash.
    static let dash = Gap(rawValue: 1 << 7)
    /// A hyphen joining the two words (`Iran-backed`, `al-Bab`).
    static let hyphen = Gap(rawValue: 1 << 8)
    static let newline = Gap(rawValue: 1 << 9)
    /// A blank line or the start of the text.
    static let paragraph = Gap(rawValue: 1 << 10)
    static let slash = Gap(rawValue: 1 << 11)
    /// Nothing but spaces (or nothing at all).
    static let none: Gap = []

    /// Punctuation that a multi-word name or phrase never crosses.
    static let breaksPhrase: Gap = [
      .comma, .stop, .semicolon, .colon, .quote, .openBracket, .closeBracket, .dash, .paragraph,
      .slash,
    ]
    /// Punctuation that ends a clause.
    static let breaksClause: Gap = [.semicolon, .colon, .dash, .stop, .paragraph]
  }

  /// Byte offsets of the word in the report's UTF-8 text.
  var start: Int
  var end: Int
  /// Lower case, diacritics and marks removed (`NameToken.plain`); a possessive `'s` stays.
  var plain: String
  /// The spelling-folded form (`NameToken.key`).
  var key: String
  /// Whether the word is an Arabic article (`al`, `el`, `ash-`) that keys leave out.
  var isArticle: Bool
  var shape: Shape
  /// A possessive word's forms without its `'s` ("Iraq's" → `iraq`); `nil` for other words.
  struct Stem: Hashable, Sendable {
    var plain: String
    var key: String
  }
  var possessiveStem: Stem?
  var gapBefore: Gap
  /// The vocabulary lists the word is on, and those its stem is on.
  var classes: Classes = []
  var stemClasses: Classes = []
  /// The actor aliases starting with the word, and with its stem (`ActorMatcher`), or −1.
  var aliasGroup: Int32 = -1
  var stemAliasGroup: Int32 = -1
  /// The sentence the word belongs to.
  var sentence: Int = 0

  /// Whether the word ends in a possessive `'s`.
  var isPossessive: Bool { possessiveStem != nil }
  /// The folded word without a possessive `'s`.
  var stem: String { possessiveStem?.plain ?? plain }
  /// The key of the word without a possessive `'s`.
  var stemKey: String { possessiveStem?.key ?? key }

  /// Whether the word may be part of a proper name.
  var isNameLike: Bool { shape == .capitalised || shape == .upper || shape == .uncased }
}
