import Gazetteer

/// The words, sentences and paragraphs of a report.
///
/// Words come from the gazetteer's `NameNormalizer`, so that a run of words keys exactly as
/// the gazetteer keys a name. Paragraphs are separated by blank lines (or by line breaks, in
/// a text without blank lines); sentences end at `.`, `!` or `?` before a capital, a digit
/// or a quote, except after an initial or a common abbreviation ("U.S.", "Gen.", "Lt.").
struct TextLayout: Sendable {
  let bytes: [UInt8]
  private(set) var words: [Word] = []
  private(set) var sentences: [Sentence] = []

  /// - Parameters:
  ///   - report: the report.
  ///   - normalizer: the gazetteer's name normaliser.
  ///   - vocabulary: the lists words are looked up in.
  init(report: Report, normalizer: NameNormalizer, vocabulary: Vocabulary = .rules) {
    bytes = Array(report.text.utf8)
    let lineBreaksParagraphs = !Self.hasBlankLine(bytes)
    let headerLineEnd = report.headerRange.map { range in
      bytes[range.upperBound...].firstIndex(of: 0x0A) ?? bytes.count
    }
    let text = report.text
    let utf8 = text.utf8
    var previousEnd = 0
    for token in normalizer.tokens(in: text) {
      let start = utf8.distance(from: utf8.startIndex, to: token.range.lowerBound)
      if let header = report.headerRange, start < header.upperBound { continue }
      var end = utf8.distance(from: utf8.startIndex, to: token.range.upperBound)
      end = trimmedEnd(start: start, end: end)
      var gap = Self.gap(bytes[previousEnd..<start], lineBreaksParagraphs: lineBreaksParagraphs)
      if previousEnd == 0 { gap.insert(.paragraph) }
      if let headerLineEnd, previousEnd <= headerLineEnd, start > headerLineEnd {
        gap.insert(.paragraph)
      }
      words.append(
        word(
          token, start: start, end: end, gap: gap, normalizer: normalizer, vocabulary: vocabulary))
      previousEnd = end
    }
    splitSentences()
  }

  /// The text of a byte range.
  func text(_ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  /// The text of the words `range`, as written (with the punctuation between them).
  func text(words range: Range<Int>) -> String {
    guard let first = range.first, let last = range.last else { return "" }
    return text(words[first].start..<words[last].end)
  }

  /// The text of a name's words, without a possessive "'s" at its end ("Mosul's" → "Mosul").
  func name(words range: Range<Int>) -> String { text(nameBytes(words: range)) }

  /// The byte range of a name's words, without a possessive "'s" at its end.
  func nameBytes(words range: Range<Int>) -> Range<Int> {
    guard let first = range.first, let last = range.last else { return 0..<0 }
    var end = words[last].end
    if words[last].isPossessive {
      end -= 2
      if bytes[end] != UInt8(ascii: "'") { end -= 2 }
    }
    return words[first].start..<end
  }

  // MARK: - Words

  /// The end of a token without trailing apostrophes, which the normaliser drops inside
  /// names but which close single-quoted phrases ('Iranian project').
  private func trimmedEnd(start: Int, end: Int) -> Int {
    var end = end
    while end > start + 1 {
      if bytes[end - 1] == UInt8(ascii: "'") {
        end -= 1
      } else if end >= start + 4, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
        bytes[end - 1] == 0x99 || bytes[end - 1] == 0x98
      {
        end -= 3
      } else {
        break
      }
    }
    return end
  }

  private func word(
    _ token: NameToken, start: Int, end: Int, gap: Word.Gap, normalizer: NameNormalizer,
    vocabulary: Vocabulary
  ) -> Word {
    let shape = Self.shape(bytes[start..<end])
    let apostrophe = possessiveApostrophe(start: start, end: end)
    let possessive = apostrophe.map { apostrophe in
      Word.Stem(
        plain: String(token.plain.dropLast()), key: normalizer.normalize(text(start..<apostrophe)))
    }
    var word = Word(
      start: start, end: end, plain: token.plain, key: token.key, isArticle: token.isArticle,
      shape: shape, possessiveStem: possessive, gapBefore: gap)
    let entry = vocabulary.entry(token.plain)
    let stemEntry = possessive.map { vocabulary.entry($0.plain) } ?? entry
    word.classes = entry.classes
    word.stemClasses = stemEntry.classes
    word.aliasGroup = entry.aliasGroup
    word.stemAliasGroup = stemEntry.aliasGroup
    return word
  }

  /// The offset of the apostrophe of a possessive `'s` / `’s` ending the word, if any.
  private func possessiveApostrophe(start: Int, end: Int) -> Int? {
    guard end - start >= 4, bytes[end - 1] == UInt8(ascii: "s") else { return nil }
    if bytes[end - 2] == UInt8(ascii: "'") { return end - 2 }
    if bytes[end - 4] == 0xE2, bytes[end - 3] == 0x80, bytes[end - 2] == 0x99 { return end - 4 }
    return nil
  }

  private static func shape(_ word: ArraySlice<UInt8>) -> Word.Shape {
    guard let first = word.first else { return .lower }
    switch first {
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      return .number
    case UInt8(ascii: "A")...UInt8(ascii: "Z"):
      var letters = 0
      for byte in word
      where (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") {
        guard byte <= UInt8(ascii: "Z") else { return .capitalised }
        letters += 1
      }
      return letters >= 2 ? .upper : .capitalised
    case 0..<0x80:
      return .lower
    default:
      let scalar = String(decoding: word.prefix(4), as: UTF8.self).unicodeScalars.first
      guard let properties = scalar?.properties else { return .lower }
      if properties.isUppercase { return .capitalised }
      if properties.isLowercase { return .lower }
      return .uncased
    }
  }

  // MARK: - Gaps

  private static func hasBlankLine(_ bytes: [UInt8]) -> Bool {
    var sawNewline = false
    for byte in bytes {
      switch byte {
      case 0x0A:
        if sawNewline { return true }
        sawNewline = true
      case 0x20, 0x09, 0x0D: continue
      default: sawNewline = false
      }
    }
    return false
  }

  private static func gap(_ bytes: ArraySlice<UInt8>, lineBreaksParagraphs: Bool) -> Word.Gap {
    var gap = Word.Gap.none
    var newlines = 0
    var sawSpace = false
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      switch byte {
      case 0x0A:
        newlines += 1
        gap.insert(.newline)
      case 0x20, 0x09, 0x0D: sawSpace = true
      case UInt8(ascii: ","): gap.insert(.comma)
      case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): gap.insert(.stop)
      case UInt8(ascii: ";"): gap.insert(.semicolon)
      case UInt8(ascii: ":"): gap.insert(.colon)
      case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"): gap.insert(.quote)
      case UInt8(ascii: "("), UInt8(ascii: "["): gap.insert(.openBracket)
      case UInt8(ascii: ")"), UInt8(ascii: "]"): gap.insert(.closeBracket)
      case UInt8(ascii: "/"): gap.insert(.slash)
      case UInt8(ascii: "-"): gap.insert(.hyphen)
      case 0xC2
      where index + 1 < bytes.endIndex
        && (bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB):
        gap.insert(.quote)
      case 0xE2 where index + 2 < bytes.endIndex && bytes[index + 1] == 0x80:
        switch bytes[index + 2] {
        case 0x93, 0x94: gap.insert(.dash)
        case 0x90, 0x91: gap.insert(.hyphen)
        case 0x98...0x9F: gap.insert(.quote)
        default: break
        }
      default: break
      }
      index += 1
    }
    if gap.contains(.hyphen), sawSpace || newlines > 0 {
      gap.remove(.hyphen)
      gap.insert(.dash)
    }
    if newlines >= 2 || (newlines >= 1 && lineBreaksParagraphs) { gap.insert(.paragraph) }
    return gap
  }

  // MARK: - Sentences

  private static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "brig", "sgt", "capt", "cpl", "adm",
    "gov", "sen", "rep", "prof", "st", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "etc", "jr", "sr",
  ]

  private mutating func splitSentences() {
    var paragraph = -1
    var first = 0
    for index in words.indices {
      let gap = words[index].gapBefore
      let isParagraph = gap.contains(.paragraph)
      if index > 0, isParagraph || endsSentence(before: index) {
        closeSentence(first..<index, paragraph: paragraph)
        first = index
      }
      if isParagraph { paragraph += 1 }
    }
    if first < words.count { closeSentence(first..<words.count, paragraph: max(paragraph, 0)) }
  }

  private func endsSentence(before index: Int) -> Bool {
    let word = words[index]
    guard word.gapBefore.contains(.stop) else { return false }
    let previous = words[index - 1]
    let next = word.shape
    guard next != .lower || word.gapBefore.contains(.quote) else { return false }
    let stopText = bytes[previous.end..<word.start]
    guard let stop = stopText.firstIndex(where: { $0 == 0x2E || $0 == 0x21 || $0 == 0x3F }) else {
      return false
    }
    if bytes[stop] == UInt8(ascii: ".") {
      let isInitial = previous.end - previous.start == 1 && previous.shape != .lower
      if isInitial || Self.abbreviations.contains(previous.plain) { return false }
    }
    return true
  }

  private mutating func closeSentence(_ range: Range<Int>, paragraph: Int) {
    guard let firstWord = range.first, let lastWord = range.last else { return }
    var start = words[firstWord].start
    while let length = openingLength(before: start) { start -= length }
    var end = words[lastWord].end
    while let length = closingLength(at: end) { end += length }
    for index in range { words[index].sentence = sentences.count }
    sentences.append(Sentence(start: start, end: end, words: range, paragraph: max(paragraph, 0)))
  }

  /// The byte length of an opening quote or bracket ending at `offset`, if any.
  private func openingLength(before offset: Int) -> Int? {
    guard offset > 0 else { return nil }
    switch bytes[offset - 1] {
    case UInt8(ascii: "\""), UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "'"): return 1
    case 0x9C, 0x98:
      return offset >= 3 && bytes[offset - 3] == 0xE2 && bytes[offset - 2] == 0x80 ? 3 : nil
    default: return nil
    }
  }

  /// The byte length of closing punctuation (stop, quote, bracket) at `offset`, if any.
  private func closingLength(at offset: Int) -> Int? {
    guard offset < bytes.count else { return nil }
    switch bytes[offset] {
    case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""),
      UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "'"):
      return 1
    case 0xE2
    where offset + 2 < bytes.count && bytes[offset + 1] == 0x80
      && (bytes[offset + 2] == 0x9D || bytes[offset + 2] == 0x99):
      return 3
    default:
      return nil
    }
  }
}
