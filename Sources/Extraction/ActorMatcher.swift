import Control
import Gazetteer

/// Finds actor names from the actors file in report words, and the generic phrases war
/// reports use for them.
///
/// Aliases match word by word on folded forms, so case, diacritics, apostrophes, hyphens and
/// articles do not matter ("al-Hashd al-Sha'bi", "Hashd al-Shaabi"), except that an alias
/// word of two or three capitals must be in capitals in the text too ("IS", not "is").
struct ActorMatcher: Sendable {
  private struct Alias: Sendable {
    var words: [String]
    var needsCapitals: [Bool]
    var actor: String
  }

  private var aliasGroups: [[Alias]] = []
  /// Alias group index by the aliases' first folded word (for `Vocabulary`).
  private(set) var groupByFirstWord: [String: Int] = [:]
  /// Actor ids for "<adjective> forces" phrases, by adjective.
  private var nationalForces: [String: String] = [:]
  /// Actor ids of the state forces of a country, by ISO code.
  private(set) var stateForces: [String: String] = [:]
  /// The Kurdish forces of Iraq and of Syria.
  private(set) var kurdishForces: (iraq: String?, syria: String?)
  /// The Kurdish-led alliance of Syria.
  private(set) var kurdishLedSyria: String?
  /// Jihadist actors, most likely first.
  private(set) var jihadistActors: [String] = []

  /// - Parameters:
  ///   - catalog: the actors.
  ///   - normalizer: the name normaliser that folds report words.
  init(catalog: ActorCatalog, normalizer: NameNormalizer) {
    for actor in catalog.actors {
      for name in [actor.name] + actor.aliases {
        let tokens = normalizer.tokens(in: name).filter { !$0.isArticle }
        guard let first = tokens.first else { continue }
        let capitals = tokens.map { token in
          let written = name[token.range]
          return (2...3).contains(written.count) && written.allSatisfy(\.isUppercase)
        }
        let alias = Alias(words: tokens.map(\.plain), needsCapitals: capitals, actor: actor.id)
        if let group = groupByFirstWord[first.plain] {
          aliasGroups[group].append(alias)
        } else {
          groupByFirstWord[first.plain] = aliasGroups.count
          aliasGroups.append([alias])
        }
      }
    }
    for group in aliasGroups.indices {
      aliasGroups[group].sort { $0.words.count > $1.words.count }
    }
    for (adjective, country) in Lexicon.demonyms {
      let title = adjective.prefix(1).uppercased() + adjective.dropFirst()
      let phrases = ["forces", "army", "military", "government forces", "armed forces"]
      if let actor = phrases.lazy.compactMap({ catalog.resolve("\(title) \($0)") }).first {
        nationalForces[adjective] = actor.id
        stateForces[country] = stateForces[country] ?? actor.id
      }
      if let actor = catalog.resolve("\(title) government forces") {
        stateForces[country] = actor.id
      }
    }
    kurdishForces = (
      catalog.resolve("Kurdish Peshmerga")?.id ?? catalog.resolve("Peshmerga")?.id,
      catalog.resolve("YPG")?.id
    )
    kurdishLedSyria = catalog.resolve("SDF")?.id
    jihadistActors = ["ISIS", "HTS"].compactMap { catalog.resolve($0)?.id }
  }

  /// The actor id for "<adjective> forces" ("iraqi" → the Iraqi Security Forces).
  func nationalForcesID(_ adjective: String) -> String? { nationalForces[adjective] }

  /// The actor references in `words`, in text order, none overlapping.
  func spans(in words: [Word], sentences: [Sentence]) -> [ActorSpan] {
    var spans: [ActorSpan] = []
    for sentence in sentences {
      var index = sentence.words.lowerBound
      while index < sentence.words.upperBound {
        if let span = span(at: index, in: words, end: sentence.words.upperBound) {
          spans.append(span)
          index = span.words.upperBound
        } else {
          index += 1
        }
      }
    }
    return spans
  }

  private func span(at index: Int, in words: [Word], end: Int) -> ActorSpan? {
    guard !words[index].isArticle else { return nil }
    if let (matchEnd, actor) = alias(at: index, in: words, end: end) {
      return finish(start: index, end: matchEnd, reference: .named(actor), in: words, limit: end)
    }
    return generic(at: index, in: words, end: end)
  }

  /// The longest alias starting at word `index`: the end of its words and the actor id.
  private func alias(at index: Int, in words: [Word], end: Int) -> (Int, String)? {
    let group = Int(words[index].aliasGroup)
    if group >= 0, let match = alias(at: index, in: words, end: end, candidates: aliasGroups[group])
    {
      return match
    }
    let stemGroup = Int(words[index].stemAliasGroup)
    guard words[index].isPossessive, stemGroup >= 0 else { return nil }
    return alias(at: index, in: words, end: end, candidates: aliasGroups[stemGroup])
  }

  private func alias(at index: Int, in words: [Word], end: Int, candidates: [Alias])
    -> (Int, String)?
  {
    for alias in candidates {
      var position = index
      var matched = true
      for (offset, expected) in alias.words.enumerated() {
        while position < end, position > index, words[position].isArticle { position += 1 }
        guard position < end else {
          matched = false
          break
        }
        let word = words[position]
        let isLast = offset == alias.words.count - 1
        let joined = position == index || word.gapBefore.isDisjoint(with: Word.Gap.breaksPhrase)
        let text = isLast ? (word.plain == expected ? word.plain : word.stem) : word.plain
        guard joined, text == expected, !alias.needsCapitals[offset] || word.shape == .upper,
          isLast || !word.isPossessive
        else {
          matched = false
          break
        }
        position += 1
      }
      if matched { return (position, alias.actor) }
    }
    return nil
  }

  /// First words of generic phrases (`generic(at:in:end:)`).
  static let genericStarts: Set<String> = Lexicon.pronouns.union(Lexicon.demonyms.keys).union([
    "kurdish", "government", "progovernment", "regime", "proregime", "jihadists", "militants",
    "extremists", "terrorists", "insurgents", "jihadist", "the",
  ])

  /// Generic phrases: "Iraqi troops", "government forces", "the militants", "they".
  private func generic(at index: Int, in words: [Word], end: Int) -> ActorSpan? {
    guard words[index].classes.contains(.actorStart) else { return nil }
    let word = words[index]
    let plain = word.plain
    if Lexicon.pronouns.contains(plain), word.shape != .upper {
      return ActorSpan(words: index..<index + 1, reference: .anaphor, isSpeaker: false)
    }
    let reference: ActorReference
    var head = index + 1
    switch plain {
    case "kurdish":
      let led =
        index + 1 < end && words[index + 1].plain == "led"
        && words[index + 1].gapBefore == .hyphen
      reference = led ? .kurdishLed : .kurdish
    case "government", "progovernment", "regime", "proregime": reference = .government
    case _ where nationalForces[plain] != nil: reference = .national(plain)
    case "jihadists", "militants", "extremists", "terrorists", "insurgents", "jihadist":
      reference = .jihadists
      head = index
    case "the":
      guard let noun = forceNoun(after: index, in: words, end: end, allowModifiers: true) else {
        return nil
      }
      let head = words[noun].plain
      let referenceAtHead: ActorReference =
        ["militants", "jihadists", "extremists", "terrorists", "insurgents"].contains(head)
        ? .jihadists
        : noun == index + 1 && (head == "army" || head == "military")
          ? .government : .anaphor
      return finish(start: noun, end: noun + 1, reference: referenceAtHead, in: words, limit: end)
    default:
      return nil
    }
    if head > index {
      guard let noun = forceNoun(after: index, in: words, end: end, allowModifiers: false) else {
        return nil
      }
      head = noun
    }
    return finish(start: index, end: head + 1, reference: reference, in: words, limit: end)
  }

  /// The index of a force noun right after `index` (past at most two modifiers when
  /// `allowModifiers`, e.g. "the US-backed forces", "the elite counter-terrorism troops").
  private func forceNoun(after index: Int, in words: [Word], end: Int, allowModifiers: Bool)
    -> Int?
  {
    var position = index + 1
    let limit = min(end, index + (allowModifiers ? 5 : 3))
    while position < limit {
      let word = words[position]
      guard word.gapBefore.isDisjoint(with: Word.Gap.breaksPhrase), word.shape != .number,
        alias(at: position, in: words, end: end) == nil
      else {
        return nil
      }
      if Lexicon.anaphoricForces.contains(word.plain) || word.plain == "forces" {
        return position
      }
      guard word.shape == .lower || word.gapBefore.contains(.hyphen) || allowModifiers else {
        return nil
      }
      position += 1
    }
    return nil
  }

  /// The span with a following force noun and a leading article taken in, and whether a
  /// person's role follows.
  private func finish(
    start: Int, end: Int, reference: ActorReference, in words: [Word], limit: Int
  ) -> ActorSpan {
    var start = start
    var end = end
    if start > 0, words[start - 1].isArticle, words[start].gapBefore.contains(.hyphen) {
      start -= 1
    }
    if end < limit, !words[end - 1].isPossessive, Lexicon.forceNouns.contains(words[end].plain),
      words[end].gapBefore.isDisjoint(with: Word.Gap.breaksPhrase)
    {
      end += 1
    }
    let isSpeaker =
      end < limit && Lexicon.personRoles.contains(words[end].plain)
      && words[end].gapBefore.isDisjoint(with: Word.Gap.breaksPhrase)
    return ActorSpan(words: start..<end, reference: reference, isSpeaker: isSpeaker)
  }
}
