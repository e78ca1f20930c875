/// The byte-level engine behind `NameNormalizer`: folds one name at a time into reusable
/// buffers, so that indexing hundreds of thousands of names allocates almost nothing.
///
/// Stages: (1) every scalar is folded by `ScalarFoldTable` (case, diacritics, marks, Arabic
/// letter variants) and punctuation splits tokens; (2) article tokens are marked (`al`, `el`
/// as words; `ar-`, `ash-`, `adh-`… when hyphenated or assimilated to the next word, as in
/// "Ar Raqqah"); the Arabic article `ال` is removed from the front of a word; (3) the plain
/// form joins the remaining tokens; (4) the key folds each Latin token's spelling
/// (`SpellingFold`) and joins them, collapsing doubled letters across the joins.
struct NameFolder {
  /// One token: its folded bytes in `letters` and where it came from in the input.
  struct Token {
    var start: Int
    var end: Int
    var sourceStart: Int
    var sourceEnd: Int
    var hyphenAfter = false
    var isArticle = false
    var isASCII = true
  }

  private(set) var letters: [UInt8] = []
  private(set) var tokens: [Token] = []
  /// The plain form of the last folded name: letters without articles or separators.
  private(set) var plain: [UInt8] = []
  /// The key of the last folded name.
  private(set) var key: [UInt8] = []
  /// Whether the last folded name had an Arabic article (`al-`, `Ash `, `ال`…), which says
  /// the spelling renders an Arabic name.
  private(set) var hadArticle = false
  /// `ScalarFoldTable.table`, held here so the hot loop does not re-check its lazy global.
  private let foldTable = ScalarFoldTable.table

  init() {
    letters.reserveCapacity(256)
    plain.reserveCapacity(256)
    key.reserveCapacity(256)
  }

  /// Folds `input` (UTF-8; invalid bytes are skipped) into `tokens`, `plain` and `key`.
  mutating func fold(_ input: UnsafeBufferPointer<UInt8>) {
    tokenize(input)
    markArticles()
    buildPlainAndKey()
  }

  /// Folds a string.
  mutating func fold(_ text: String) {
    var text = text
    text.withUTF8 { fold($0) }
  }

  /// The key of the tokens after stripping an article glued to the front of a word
  /// ("Alhasakah", "Arraqqa", "Deir Ezzor"), or `nil` when no token has one.
  mutating func keyWithoutGluedArticles() -> [UInt8]? {
    var changed = false
    var result: [UInt8] = []
    for token in tokens where !token.isArticle {
      let skip = token.isASCII ? gluedArticleLength(token) : 0
      if skip > 0 { changed = true }
      appendKey(start: token.start + skip, end: token.end, isASCII: token.isASCII, to: &result)
    }
    guard changed else { return nil }
    SpellingFold.collapseDoubles(&result)
    return result
  }

  /// The key of one token (word table and spelling folds, no cross-token collapsing).
  mutating func tokenKeyBytes(_ token: Token) -> [UInt8] {
    var result: [UInt8] = []
    appendKey(start: token.start, end: token.end, isASCII: token.isASCII, to: &result)
    return result
  }

  // MARK: - Stage 1: scalars and tokens

  private mutating func tokenize(_ input: UnsafeBufferPointer<UInt8>) {
    letters.removeAll(keepingCapacity: true)
    tokens.removeAll(keepingCapacity: true)
    hadArticle = false
    var open: Token? = nil
    var index = 0
    let count = input.count
    while index < count {
      let start = index
      let value = Self.decode(input, &index)
      let fold = value < ScalarFoldTable.limit ? foldTable[Int(value)] : ScalarFoldTable.high(value)
      switch fold {
      case ScalarFoldTable.drop:
        open?.sourceEnd = index
      case ScalarFoldTable.separator, ScalarFoldTable.hyphen:
        if var token = open {
          token.hyphenAfter = fold == ScalarFoldTable.hyphen
          close(&token)
          open = nil
        }
      default:
        if open == nil {
          open = Token(start: letters.count, end: letters.count, sourceStart: start, sourceEnd: 0)
        }
        append(fold)
        open?.sourceEnd = index
        if fold >= 0x80 && fold & ScalarFoldTable.packedFlag == 0 { open?.isASCII = false }
      }
    }
    if var token = open { close(&token) }
  }

  private mutating func close(_ token: inout Token) {
    token.end = letters.count
    if !token.isASCII { stripArabicArticle(&token) }
    tokens.append(token)
  }

  /// Removes the article `ال` written on the front of an Arabic word of at least two more
  /// letters (`الموصل` → `موصل`).
  private mutating func stripArabicArticle(_ token: inout Token) {
    guard token.end - token.start >= 8, startsWithArabicArticle(token) else { return }
    token.start += 4
    hadArticle = true
  }

  /// Whether a token of at least four bytes starts with `ال` (UTF-8 D8 A7 D9 84).
  private func startsWithArabicArticle(_ token: Token) -> Bool {
    letters[token.start] == 0xD8 && letters[token.start + 1] == 0xA7
      && letters[token.start + 2] == 0xD9 && letters[token.start + 3] == 0x84
  }

  private mutating func append(_ fold: UInt32) {
    if fold & ScalarFoldTable.packedFlag != 0 {
      var packed = fold & 0x00FF_FFFF
      while packed != 0 {
        letters.append(UInt8(packed & 0xFF))
        packed >>= 8
      }
      return
    }
    // Table entries are valid scalars; U+FFFD only guards against a corrupt table.
    UTF8.encode(Unicode.Scalar(fold) ?? "\u{FFFD}") { letters.append($0) }
  }

  /// Decodes one scalar at `index` and advances past it; a malformed byte reads as a space.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> UInt32 {
    let lead = UInt32(bytes[index])
    if lead < 0x80 {
      index += 1
      return lead
    }
    let length: Int
    var value: UInt32
    switch lead {
    case 0xC2...0xDF: (length, value) = (2, lead & 0x1F)
    case 0xE0...0xEF: (length, value) = (3, lead & 0x0F)
    case 0xF0...0xF4: (length, value) = (4, lead & 0x07)
    default:
      index += 1
      return 0x20
    }
    guard index + length <= bytes.count else {
      index = bytes.count
      return 0x20
    }
    for offset in 1..<length {
      let byte = UInt32(bytes[index + offset])
      guard byte & 0xC0 == 0x80 else {
        index += 1
        return 0x20
      }
      value = value << 6 | byte & 0x3F
    }
    index += length
    return value
  }

  // MARK: - Stage 2: articles

  private mutating func markArticles() {
    guard tokens.count > 1 else { return }
    for index in 0..<(tokens.count - 1) {
      tokens[index].isArticle = isArticle(tokens[index], before: tokens[index + 1])
      if tokens[index].isArticle { hadArticle = true }
    }
  }

  /// `al`/`el` as words; `ul-`; and the sun-letter forms (`ar`, `as`, `ash`, `ad`, `adh`,
  /// `at`, `ath`, `az`, `an`, also with `e`/`u`) when hyphenated or followed by a word that
  /// starts with the same consonant, as BGN/PCGN writes them ("Ash Shaddādī"). The Arabic
  /// word `ال` on its own is an article too.
  private func isArticle(_ token: Token, before next: Token) -> Bool {
    let length = token.end - token.start
    guard token.isASCII else { return length == 4 && startsWithArabicArticle(token) }
    guard (2...3).contains(length) else { return false }
    let vowel = letters[token.start]
    guard vowel == UInt8(ascii: "a") || vowel == UInt8(ascii: "e") || vowel == UInt8(ascii: "u")
    else { return false }
    let consonant = letters[token.start + 1]
    if length == 2, consonant == UInt8(ascii: "l") {
      return vowel != UInt8(ascii: "u") || token.hyphenAfter
    }
    if length == 3 {
      let second = letters[token.start + 2]
      guard second == UInt8(ascii: "h"), Self.digraphArticleConsonants.contains(consonant)
      else { return false }
    } else if !Self.sunLetters.contains(consonant) {
      return false
    }
    return token.hyphenAfter || (next.isASCII && letters[next.start] == consonant)
  }

  private static let sunLetters: Set<UInt8> = Set("tdrzsn".utf8)
  private static let digraphArticleConsonants: Set<UInt8> = Set("sdtz".utf8)

  /// Length of an article glued to the front of an ASCII token (`al`, `el`, or an
  /// assimilated `ar` + `r…`, `ash` + `sh…`), leaving at least three letters; else 0.
  private func gluedArticleLength(_ token: Token) -> Int {
    let length = token.end - token.start
    guard length >= 5 else { return 0 }
    let bytes = letters[token.start..<token.end]
    let first = bytes[token.start]
    guard first == UInt8(ascii: "a") || first == UInt8(ascii: "e") else { return 0 }
    let second = bytes[token.start + 1]
    let third = bytes[token.start + 2]
    if second == UInt8(ascii: "l") { return 2 }
    if Self.sunLetters.contains(second), third == second { return 2 }
    if second == UInt8(ascii: "s"), third == UInt8(ascii: "h"), length >= 6,
      bytes[token.start + 3] == UInt8(ascii: "s"), bytes[token.start + 4] == UInt8(ascii: "h")
    {
      return 3
    }
    return 0
  }

  // MARK: - Stages 3 and 4: plain form and key

  private mutating func buildPlainAndKey() {
    plain.removeAll(keepingCapacity: true)
    key.removeAll(keepingCapacity: true)
    let allArticles = tokens.allSatisfy(\.isArticle)
    letters.withUnsafeBufferPointer { buffer in
      for token in tokens where !token.isArticle || allArticles {
        let word = UnsafeBufferPointer(rebasing: buffer[token.start..<token.end])
        plain.append(contentsOf: word)
        Self.appendKey(word, isASCII: token.isASCII, to: &key)
      }
    }
    SpellingFold.collapseDoubles(&key)
  }

  private func appendKey(start: Int, end: Int, isASCII: Bool, to output: inout [UInt8]) {
    letters.withUnsafeBufferPointer { buffer in
      Self.appendKey(
        UnsafeBufferPointer(rebasing: buffer[start..<end]), isASCII: isASCII, to: &output)
    }
  }

  private static func appendKey(
    _ word: UnsafeBufferPointer<UInt8>, isASCII: Bool, to output: inout [UInt8]
  ) {
    guard isASCII else {
      output.append(contentsOf: word)
      return
    }
    if let canonical = SpellingFold.canonicalWord(word) {
      canonical.withUnsafeBufferPointer { SpellingFold.fold($0, into: &output) }
    } else {
      SpellingFold.fold(word, into: &output)
    }
  }
}
