/// Finds the place mentions of one sentence: gazetteer names (through the automaton), names a
/// report introduces as places without the gazetteer knowing them, and parts of countries
/// ("northern Syria").
///
/// A gazetteer name counts only where a name can be: capitalised (or in a script without
/// case), not a common English word, not inside an actor's name, and not part of a longer
/// proper name ("Wadi" in "Wadi al-Midar", "Qasim" in "Qasim Musla", "Mayadeen" in
/// "al-Mayadeen TV"). Headlines in title case are exempt from the last rule.
struct MentionFinder {
  let automaton: PlaceAutomaton
  let words: [Word]
  /// Words inside actor references.
  let covered: [Bool]

  /// First words of Arabic and Kurdish place names ("Tal Afar", "Umm Jrais", "Wadi Hauran").
  static let genericHeads: Set<String> = [
    "tal", "tall", "tel", "tell", "umm", "um", "wadi", "jabal", "jebel", "ain", "ayn", "ein",
    "deir", "dair", "dayr", "khirbet", "khirbat", "bir", "qasr", "kafr", "beit", "bayt", "jisr",
    "hammam", "qalaat", "qalat", "mazraat", "ras", "tallat", "jazirat", "hawi", "qaryat",
  ]

  /// Prepositions after which a capitalised name is taken to be a place.
  static let placePrepositions: Set<String> = [
    "in", "near", "into", "outside", "around", "toward", "towards", "at", "inside", "from",
  ]

  /// The mentions of `sentence` (number `index`), in text order, not overlapping.
  func mentions(in sentence: Sentence, index: Int) -> [MentionDraft] {
    let range = sentence.words
    let titleCase = isTitleCase(range)
    var found = dictionaryMentions(in: range, sentence: index, titleCase: titleCase)
    addIntroducedNames(in: range, sentence: index, to: &found)
    found.sort { $0.words.lowerBound < $1.words.lowerBound }
    for position in found.indices {
      found[position].direction = direction(before: found[position].words.lowerBound, in: range)
    }
    return found
  }

  // MARK: - Gazetteer names

  private func dictionaryMentions(in range: Range<Int>, sentence: Int, titleCase: Bool)
    -> [MentionDraft]
  {
    var found: [MentionDraft] = []
    var index = range.lowerBound
    while index < range.upperBound {
      guard canStartName(index) else {
        index += 1
        continue
      }
      let names = automaton.names(in: words, from: index, to: range.upperBound)
      let previousEnd = found.last?.words.upperBound ?? range.lowerBound
      let accepted = names.reversed().first { name in
        isAcceptable(
          index..<name.end, in: range, titleCase: titleCase, afterName: previousEnd == index)
      }
      guard let accepted else {
        index += 1
        continue
      }
      var mention = MentionDraft(
        words: withArticle(index)..<accepted.end, sentence: sentence, origin: .dictionary)
      mention.candidates = Array(automaton.placeNumbers(ofKey: accepted.key))
      found.append(mention)
      index = accepted.end
    }
    return found
  }

  private func canStartName(_ index: Int) -> Bool {
    !words[index].isArticle && words[index].isNameLike && !covered[index]
      && words[index].stemClasses.isDisjoint(with: [.notName, .demonym])
  }

  /// The first word of a name including an article written before it ("al-Ba'aj", "Ar
  /// Raqqah"), but not an English word that looks like one ("as", "at").
  private func withArticle(_ index: Int) -> Int {
    guard index > 0, words[index - 1].isArticle, words[index - 1].sentence == words[index].sentence
    else { return index }
    let article = words[index - 1]
    let joined = words[index].gapBefore.contains(.hyphen)
    return joined || article.plain == "al" || article.plain == "el" ? index - 1 : index
  }

  /// Whether words `name` can be a place name where they stand.
  private func isAcceptable(
    _ name: Range<Int>, in sentence: Range<Int>, titleCase: Bool, afterName: Bool
  ) -> Bool {
    guard !name.contains(where: { covered[$0] }) else { return false }
    let letters = name.reduce(0) { $0 + words[$1].stem.count }
    guard letters >= 3 else { return false }
    if let next = name.upperBound < sentence.upperBound ? name.upperBound : nil,
      isJoined(next), Lexicon.sayingVerbs.contains(words[next].plain)
    {
      return false
    }
    if let previous = wordBefore(name.lowerBound, in: sentence), isJoined(previous + 1),
      Lexicon.personRoles.contains(words[previous].plain)
    {
      return false
    }
    guard !titleCase else { return true }
    return !continuesAfter(name, in: sentence)
      && (afterName || !continuesBefore(name, in: sentence))
  }

  /// The word before `index` in the sentence, skipping an article ("Karim al-Nouri").
  private func wordBefore(_ index: Int, in sentence: Range<Int>) -> Int? {
    var previous = index - 1
    if previous >= sentence.lowerBound, words[previous].isArticle { previous -= 1 }
    return previous >= sentence.lowerBound ? previous : nil
  }

  private func isJoined(_ index: Int) -> Bool {
    words[index].gapBefore.isDisjoint(with: Word.Gap.breaksPhrase)
  }

  /// Whether a capitalised word right after `name` makes it part of a longer proper name
  /// ("Wadi al-Midar", "Mayadeen TV"), unless it is a place noun ("Mosul city") or another
  /// place joined by a hyphen ("Iraq-Syria").
  private func continuesAfter(_ name: Range<Int>, in sentence: Range<Int>) -> Bool {
    let next = name.upperBound
    guard next < sentence.upperBound, isJoined(next), !words[next - 1].isPossessive else {
      return false
    }
    if words[next].isArticle {
      return next + 1 < sentence.upperBound && isJoined(next + 1) && words[next + 1].isNameLike
    }
    let word = words[next]
    guard word.isNameLike, !covered[next] else { return false }
    if Lexicon.placeTail.contains(word.plain) || word.stemClasses.contains(.demonym) {
      return false
    }
    let hyphenated = word.gapBefore.contains(.hyphen)
    return !hyphenated || automaton.names(in: words, from: next, to: sentence.upperBound).isEmpty
  }

  /// Whether a capitalised word right before `name` (not the sentence's first word) makes it
  /// part of a longer proper name ("Karim al-Nouri", "Wadi al-Midar").
  private func continuesBefore(_ name: Range<Int>, in sentence: Range<Int>) -> Bool {
    guard let previous = wordBefore(name.lowerBound, in: sentence), isJoined(previous + 1),
      isJoined(name.lowerBound)
    else { return false }
    let word = words[previous]
    guard word.isNameLike, !covered[previous], !word.isPossessive else { return false }
    if previous == sentence.lowerBound && !Self.genericHeads.contains(word.plain) {
      return false
    }
    return word.stemClasses.isDisjoint(with: [.notName, .demonym])
  }

  /// A headline: most words capitalised, including short ones.
  private func isTitleCase(_ range: Range<Int>) -> Bool {
    let letters = range.filter { words[$0].shape != .number }
    guard letters.count >= 4 else { return false }
    let capitalised = letters.filter { words[$0].shape != .lower }.count
    return capitalised * 4 >= letters.count * 3
  }

  // MARK: - Names the gazetteer lacks

  /// Adds names introduced as places ("the village of X", "X and Y villages", "Tal X") and
  /// names after prepositions of place, unless a gazetteer name is already there; gives
  /// gazetteer names the kind their phrase says ("Mosul city").
  private func addIntroducedNames(
    in range: Range<Int>, sentence: Int, to found: inout [MentionDraft]
  ) {
    var introduced: [(Range<Int>, PlaceCue?, MentionDraft.Origin)] = []
    for index in range {
      let word = words[index]
      guard !word.classes.isDisjoint(with: [.placeNoun, .genericHead, .placePreposition]) else {
        continue
      }
      if let cue = Lexicon.placeNouns[word.plain] {
        if index + 2 < range.upperBound, words[index + 1].plain == "of" {
          for run in runs(startingAt: index + 2, in: range) {
            introduced.append((run, cue, .introduced))
          }
        }
        for run in runs(endingAt: index, in: range) { introduced.append((run, cue, .introduced)) }
      } else if Self.genericHeads.contains(word.plain), word.isNameLike,
        let run = run(from: index, in: range), run.count >= 2
      {
        introduced.append((run, nil, .introduced))
      } else if Self.placePrepositions.contains(word.plain), word.shape == .lower,
        index + 1 < range.upperBound, let run = run(from: index + 1, in: range)
      {
        introduced.append((run, nil, .located))
      }
    }
    for (run, cue, origin) in introduced {
      if let existing = found.firstIndex(where: { $0.words.overlaps(run) }) {
        if found[existing].cue == nil { found[existing].cue = cue }
        continue
      }
      var mention = MentionDraft(words: run, sentence: sentence, origin: origin)
      mention.cue = cue
      found.append(mention)
    }
  }

  /// A capitalised name starting at `index`: name-like words (with articles between), up to
  /// five, not crossing punctuation, not actor words, not ending on a place noun.
  private func run(from index: Int, in range: Range<Int>) -> Range<Int>? {
    guard index < range.upperBound, canStartName(index) || words[index].isArticle else {
      return nil
    }
    if words[index].isArticle {
      guard index + 1 < range.upperBound, canStartName(index + 1) else { return nil }
    }
    let start = index
    var end = start
    while end < range.upperBound, end - start < 6 {
      let word = words[end]
      if end > start, !isJoined(end) { break }
      if covered[end] || Lexicon.placeNouns[word.plain] != nil { break }
      if word.isArticle {
        guard end + 1 < range.upperBound, words[end + 1].isNameLike else { break }
      } else {
        guard word.isNameLike, end == start || !word.stemClasses.contains(.notName) else { break }
      }
      end += 1
      if word.isPossessive { break }
    }
    while end > start, words[end - 1].isArticle { end -= 1 }
    return end > start ? start..<end : nil
  }

  /// The names listed after a place noun ("the villages of X, Y and Z").
  private func runs(startingAt index: Int, in range: Range<Int>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var position = index
    while let run = run(from: position, in: range) {
      result.append(run)
      position = run.upperBound
      guard position < range.upperBound else { break }
      if words[position].plain == "and", words[position].gapBefore.isSubset(of: [.comma]) {
        position += 1
      } else if !words[position].gapBefore.contains(.comma) {
        break
      }
    }
    return result
  }

  /// The names listed before a place noun ("the Wadi al-Midar and Taru villages").
  private func runs(endingAt noun: Int, in range: Range<Int>) -> [Range<Int>] {
    guard isJoined(noun) else { return [] }
    var result: [Range<Int>] = []
    var end = noun
    while true {
      var start = end
      while start - 1 >= range.lowerBound, start == end || isJoined(start), end - start < 5,
        canExtendRunBack(to: start - 1)
      {
        start -= 1
      }
      while start + 1 < end, words[start].isArticle, !words[start + 1].gapBefore.contains(.hyphen),
        words[start].plain != "al", words[start].plain != "el"
      {
        start += 1
      }
      guard start < end, let first = (start..<end).first(where: { !words[$0].isArticle }),
        canStartName(first)
      else { break }
      result.append(start..<end)
      if start - 1 > range.lowerBound, words[start - 1].plain == "and", isJoined(start) {
        end = start - 1
      } else if words[start].gapBefore == .comma {
        end = start
      } else {
        break
      }
    }
    return result
  }

  private func canExtendRunBack(to index: Int) -> Bool {
    let word = words[index]
    guard !covered[index] else { return false }
    if word.isArticle { return true }
    return word.isNameLike && word.stemClasses.isDisjoint(with: [.notName, .demonym])
  }

  // MARK: - Parts of countries

  /// The compass direction written right before a name ("northern", "north-eastern",
  /// "northeast"), as the gazetteer's derived-region id suffix.
  private func direction(before index: Int, in range: Range<Int>) -> String? {
    guard index > range.lowerBound else { return nil }
    let last = words[index - 1].plain
    var first: String? = nil
    if index - 2 >= range.lowerBound, words[index - 1].gapBefore.contains(.hyphen) {
      first = words[index - 2].plain
    }
    let stem = { (word: String) -> String in
      word.hasSuffix("ern") ? String(word.dropLast(3)) : word
    }
    let combined = (first.map(stem) ?? "") + stem(last)
    let known = [
      "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
      "central",
    ]
    if known.contains(combined), first != nil { return combined }
    return known.contains(stem(last)) ? stem(last) : nil
  }
}
