/// Folds place names as English-language reporting spells them into keys that the
/// gazetteer indexes, so that "Tal Afar", "Tall ‘Afar" and "Tel-Afar" meet, as do
/// "Qamishli", "Al Qāmishlī" and "Kamishli", and "الموصل" and "المَوْصِل".
///
/// Two forms come out:
/// - the **plain form**: lower case, diacritics and the ʿayn/hamza marks (ʿ ʾ ‘ ’ ' ` ´)
///   removed, Turkish and Kurdish letters (ş ç ı ğ ê î û) folded, Arabic harakat
///   (U+064B–U+065F) and tatweel removed and the letter variants unified (أ إ آ ٱ → ا,
///   ى → ي, ة → ه, ؤ → و, ئ → ي, Persian/Kurdish ک ی گ → ك ي ك), articles (al-, el-, ash-,
///   ال…) and separators (spaces, hyphens) dropped. Foundation's diacritic folding is not
///   used: it keeps Arabic harakat on Linux and is slow.
/// - the **key**: the plain form with the common spelling alternations folded as well
///   (ou/u, ee/i, aa/a, doubled letters, final h, q/k, j/dj/g, w/ou, y/i, and the generic
///   words Umm/Um/Om, Tal/Tall/Tell, Abu/Abou, Wadi/Wady, Jabal/Jebel, Deir/Dayr, …); see
///   `SpellingFold` for the full list.
public struct NameNormalizer: Sendable {
  /// A normaliser; it holds no state, its tables are shared.
  public init() {}

  /// The normalised key of a name: what the gazetteer indexes and looks up.
  /// - Parameter name: any spelling, Latin or Arabic script.
  public func normalize(_ name: String) -> String {
    var folder = NameFolder()
    folder.fold(name)
    return String(decoding: folder.key, as: UTF8.self)
  }

  /// The plain form of a name: folded for case, diacritics, marks and articles, but with its
  /// spelling kept, for telling an exact spelling from a merely equivalent one.
  /// - Parameter name: any spelling.
  public func plainForm(_ name: String) -> String {
    var folder = NameFolder()
    folder.fold(name)
    return String(decoding: folder.plain, as: UTF8.self)
  }

  /// The words of `text` with their folded forms and ranges, articles marked.
  ///
  /// Words are split at spaces, hyphens and punctuation; apostrophes and the ʿayn/hamza marks
  /// join (`Ba'aj` is one word). An article depends on the word after it ("Ar Raqqah"), so
  /// tokenise the whole sentence, not single words.
  /// - Parameter text: any text.
  public func tokens(in text: String) -> [NameToken] {
    var folder = NameFolder()
    folder.fold(text)
    let utf8 = text.utf8
    return folder.tokens.map { token in
      let lower = utf8.index(utf8.startIndex, offsetBy: token.sourceStart)
      let upper = utf8.index(utf8.startIndex, offsetBy: token.sourceEnd)
      return NameToken(
        range: lower..<upper,
        plain: String(decoding: folder.letters[token.start..<token.end], as: UTF8.self),
        key: String(decoding: folder.tokenKeyBytes(token), as: UTF8.self),
        isArticle: token.isArticle)
    }
  }

  /// The key of a run of consecutive tokens from `tokens(in:)`: the keys of its non-article
  /// tokens joined, with letters doubled across the joins collapsed. For the tokens of a
  /// whole name this equals `normalize` of that name.
  /// - Parameter tokens: consecutive tokens of one text.
  public func key(of tokens: some Sequence<NameToken>) -> String {
    var bytes: [UInt8] = []
    for token in tokens where !token.isArticle { bytes.append(contentsOf: token.key.utf8) }
    SpellingFold.collapseDoubles(&bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}
