import Foundation
import Gazetteer
import GeoJSON

/// Chooses the place each mention denotes and scores it, using what the whole report says.
///
/// A candidate's score (0–1) adds up:
/// - its kind and size: a country 0.95, a city 0.9, a town 0.8, a region, crossing or base
///   0.75, a village 0.65, a hamlet 0.55, anything else 0.45; up to +0.05 for population;
///   +0.1 for a curated place (the conflict's own places);
/// - its country: +0.15 when the sentence names it ("inside Syria", "the Iraqi side"), +0.1
///   when the report does, +0.05 in the theatre (the countries of the curated places) when
///   the report names no country, −0.35 outside the theatre, and −0.3 more for a name not
///   written as a place ("in X");
/// - the phrase's kind ("the village of X", "X city"): +0.1 when it fits, −0.1 when not;
/// - spatial coherence: distance to the places the report names unambiguously: +0.15 within
///   60 km, +0.08 within 200 km, −0.1 beyond 600 km, −0.2 beyond 1,500 km; a village or
///   hamlet already loses 0.1 beyond 200 km and 0.2 beyond 600 km;
/// - a bare name of a small uncurated place (village, hamlet, other) not written as a place
///   loses 0.3: personal names are often spelled like villages.
/// A fuzzy match (one edit away) keeps 70% of its score, weighed by spelling similarity,
/// and is taken only when the plain spellings are 85% alike, or 70% alike and the place is
/// within 200 km of a place the report names or in a country the sentence names.
/// A gazetteer name is kept as a place at 0.5 (0.55 when written as a place, where a wrong
/// namesake is likelier than a wrong reading).
struct PlaceScorer {
  let automaton: PlaceAutomaton
  let gazetteer: Gazetteer
  let normalizer: NameNormalizer
  /// The countries of the curated places.
  let theatre: Set<String>
  let cache = LookupCache()

  /// Score below which a gazetteer name is not taken as a place.
  static let threshold = 0.5
  /// The threshold for names written as places ("in X", "the town of X").
  static let placeThreshold = 0.55
  /// The threshold for a near-miss spelling, whose score is already weighed down by its
  /// similarity (and which must be supported, see `matchFuzzily`).
  static let fuzzyThreshold = 0.4
  /// Spelling similarity at which a near miss is accepted on its own, and with support.
  static let closeSpelling = 0.85
  static let nearSpelling = 0.7
  /// How near a place the report names a near-miss spelling's place must be, metres.
  static let fuzzySupportDistance = 200_000.0

  init(automaton: PlaceAutomaton, gazetteer: Gazetteer, normalizer: NameNormalizer) {
    self.automaton = automaton
    self.gazetteer = gazetteer
    self.normalizer = normalizer
    var theatre: Set<String> = []
    for place in automaton.places where !place.id.hasPrefix("geonames:") {
      for code in place.countryCodes { theatre.insert(String(code)) }
    }
    self.theatre = theatre
  }

  /// What the report says about countries.
  struct Context {
    var reportCountries: Set<String> = []
    var sentenceCountries: [Int: Set<String>] = [:]
    var anchors: [(mention: Int, position: Position)] = []
  }

  /// Resolves `mentions` in place: countries first, then every name without, then again
  /// with spatial coherence; names the gazetteer lacks are tried one edit away.
  /// - Parameters:
  ///   - mentions: the report's mentions.
  ///   - words: the report's words.
  func resolve(_ mentions: inout [MentionDraft], words: [Word]) {
    var context = Context()
    for word in words where word.stemClasses.contains(.demonym) {
      if let country = Lexicon.demonyms[word.stem] {
        context.reportCountries.insert(country)
        context.sentenceCountries[word.sentence, default: []].insert(country)
      }
    }
    for index in mentions.indices where mentions[index].origin == .dictionary {
      if let country = countryPlace(of: mentions[index]) {
        mentions[index].place = regionOrCountry(country, direction: mentions[index].direction)
        mentions[index].score = 1
        for code in country.countryCodes {
          context.reportCountries.insert(String(code))
          context.sentenceCountries[mentions[index].sentence, default: []].insert(String(code))
        }
      }
    }
    for index in mentions.indices where mentions[index].candidates.isEmpty {
      // A name introduced as a place may still be a gazetteer name the automaton passed
      // over ("Rojava" in "Rojava-Northern Syria").
      if let keyIndex = automaton.keyIndex(words: words, range: mentions[index].words) {
        mentions[index].candidates = Array(automaton.placeNumbers(ofKey: keyIndex))
      }
    }
    for pass in 0..<2 {
      for index in mentions.indices where !mentions[index].isArea {
        choose(&mentions[index], index: index, context: context, words: words)
      }
      if pass == 0 { context.anchors = anchors(mentions) }
    }
    for index in mentions.indices where mentions[index].place == nil {
      guard mentions[index].origin != .dictionary || mentions[index].cue != nil else { continue }
      // A name written as a place whose gazetteer namesakes do not fit is a name the
      // gazetteer lacks.
      mentions[index].origin =
        mentions[index].origin == .dictionary ? .introduced : mentions[index].origin
      // Only names the text presents as places are worth a near-miss search; a capitalised
      // word after "in" may be anything.
      if mentions[index].origin == .introduced {
        matchFuzzily(&mentions[index], index: index, context: context, words: words)
      }
    }
  }

  /// The country a mention names, when one of its candidates is a country and the phrase
  /// does not say it is a smaller place.
  private func countryPlace(of mention: MentionDraft) -> Place? {
    guard mention.cue == nil || mention.cue == .area else { return nil }
    return mention.candidates.lazy.map { automaton.places[Int($0)] }.first { $0.kind == .country }
  }

  /// The gazetteer's derived region for "northern Syria", or the country.
  private func regionOrCountry(_ country: Place, direction: String?) -> Place {
    guard let direction,
      let region = cache.region(country.id + "#" + direction, compute: gazetteer.place(id:))
    else { return country }
    return region
  }

  /// The mentions resolved with a clear lead, as points that others should be near.
  private func anchors(_ mentions: [MentionDraft]) -> [(mention: Int, position: Position)] {
    mentions.indices.compactMap { index in
      let mention = mentions[index]
      guard let place = mention.place, !mention.isArea, mention.score >= 0.7 else { return nil }
      return (index, place.position)
    }
  }

  private func choose(
    _ mention: inout MentionDraft, index: Int, context: Context, words: [Word]
  ) {
    guard !mention.candidates.isEmpty else { return }
    let written = isWrittenAsPlace(mention, words: words)
    var best: (number: Int32, score: Double)? = nil
    var second = 0.0
    for number in mention.candidates {
      let value = score(
        automaton.profiles[Int(number)], mention: mention, index: index, context: context,
        writtenAsPlace: written)
      if value > (best?.score ?? -1) {
        second = best?.score ?? 0
        best = (number, value)
      } else {
        second = max(second, value)
      }
    }
    guard let best else { return }
    let threshold = written ? Self.placeThreshold : Self.threshold
    guard best.score >= threshold else {
      mention.place = nil
      mention.score = 0
      return
    }
    mention.place = automaton.places[Int(best.number)]
    // A close second makes the choice less certain.
    let margin = best.score - second
    mention.score = (margin < 0.1 && mention.candidates.count > 1 ? best.score - 0.1 : best.score)
  }

  /// The score of `place` for `mention` (see the type's documentation).
  func score(
    _ place: PlaceProfile, mention: MentionDraft, index: Int, context: Context,
    writtenAsPlace: Bool
  ) -> Double {
    var value = Self.kindWeight(place.kind)
    value += 0.05 * min(1, log10(Double(place.population) + 1) / 7)
    let curated = place.isCurated
    if curated { value += 0.1 }
    let small = place.kind == .village || place.kind == .hamlet || place.kind == .other
    if place.isIn(context.sentenceCountries[mention.sentence] ?? []) {
      value += 0.15
    } else if place.isIn(context.reportCountries) {
      value += 0.1
    } else if place.isIn(theatre) {
      value += context.reportCountries.isEmpty ? 0.05 : 0
    } else {
      value -= writtenAsPlace ? 0.35 : 0.65
    }
    if let cue = mention.cue { value += Self.fit(cue, place.kind) }
    value += proximity(place, index: index, context: context)
    if small, !curated, !writtenAsPlace, mention.cue == nil { value -= 0.3 }
    return min(1, max(0, value))
  }

  private static func kindWeight(_ kind: Place.Kind) -> Double {
    switch kind {
    case .country: 0.95
    case .city: 0.9
    case .town: 0.8
    case .region, .borderCrossing, .airbase: 0.75
    case .village: 0.65
    case .hamlet: 0.55
    case .other: 0.45
    }
  }

  private static func fit(_ cue: PlaceCue, _ kind: Place.Kind) -> Double {
    let fits: Bool
    switch cue {
    case .village: fits = [.village, .hamlet, .town].contains(kind)
    case .town: fits = [.town, .village, .city].contains(kind)
    case .city: fits = [.city, .town].contains(kind)
    case .district: fits = [.city, .town, .region, .other].contains(kind)
    case .area: fits = kind != .country
    case .crossing: fits = kind == .borderCrossing || kind == .village || kind == .hamlet
    case .site: fits = true
    }
    return fits ? 0.1 : -0.1
  }

  private func proximity(_ place: PlaceProfile, index: Int, context: Context) -> Double {
    guard place.kind != .country, place.kind != .region else { return 0 }
    var nearest = Double.infinity
    for anchor in context.anchors where anchor.mention != index {
      nearest = min(nearest, Spherical.distance(place.position, anchor.position))
    }
    guard nearest.isFinite else { return 0 }
    let small = place.kind == .village || place.kind == .hamlet
    switch nearest {
    case ..<60_000: return 0.15
    case ..<200_000: return 0.08
    case ..<600_000: return small ? -0.1 : 0
    case ..<1_500_000: return small ? -0.2 : -0.1
    default: return -0.2
    }
  }

  /// Whether the text presents the mention as a place: a place noun with it, or a
  /// preposition of place or a verb of capture right before it.
  func isWrittenAsPlace(_ mention: MentionDraft, words: [Word]) -> Bool {
    if mention.cue != nil { return true }
    var previous = mention.words.lowerBound - 1
    while previous >= 0, words[previous].plain == "the" || words[previous].isArticle {
      previous -= 1
    }
    guard previous >= 0, words[previous].sentence == mention.sentence else { return false }
    let word = words[previous].plain
    return Lexicon.locatives.contains(word) || Trigger.verbs[word] != nil
  }

  // MARK: - Fuzzy matching

  /// Tries the spellings one edit away from a name the report introduces as a place, in the
  /// report's countries (or the theatre), preferring the closest spelling and the best place.
  private func matchFuzzily(
    _ mention: inout MentionDraft, index: Int, context: Context, words: [Word]
  ) {
    let text = Self.nameText(mention.words, words: words)
    let key = normalizer.normalize(text)
    guard key.utf8.count >= 3, key.utf8.allSatisfy({ $0 < 0x80 }) else { return }
    let plain = normalizer.plainForm(text)
    let countries = context.reportCountries.union(theatre)
    var best: (place: Place, score: Double)? = nil
    for keyIndex in cache.keysOneEditAway(key, compute: automaton.keysOneEditAway) {
      for number in automaton.placeNumbers(ofKey: keyIndex) {
        let place = automaton.places[Int(number)]
        guard !Set(place.countryCodes.map(String.init)).isDisjoint(with: countries),
          place.kind != .country, place.kind != .region
        else { continue }
        let similarity = spellingSimilarity(plain, place)
        let value =
          0.7 * similarity
          * score(
            automaton.profiles[Int(number)], mention: mention, index: index, context: context,
            writtenAsPlace: true)
        if value > (best?.score ?? 0) { best = (place, value) }
      }
    }
    guard let best, best.score >= Self.fuzzyThreshold else { return }
    // A near-miss spelling needs support: very close, or near a place the report names, or
    // in a country its sentence names.
    let similarity = spellingSimilarity(plain, best.place)
    let codes = Set(best.place.countryCodes.map(String.init))
    let supported =
      context.anchors.contains { anchor in
        anchor.mention != index
          && Spherical.distance(anchor.position, best.place.position) < Self.fuzzySupportDistance
      } || !codes.isDisjoint(with: context.sentenceCountries[mention.sentence] ?? [])
    guard similarity >= Self.closeSpelling || (supported && similarity >= Self.nearSpelling) else {
      return
    }
    mention.place = best.place
    mention.score = best.score
    mention.isFuzzy = true
  }

  /// 1 − (edit distance to the closest spelling of `place`) / length, on plain forms.
  private func spellingSimilarity(_ plain: String, _ place: Place) -> Double {
    let target = Array(plain.utf8)
    var best = 0.0
    for spelling in [place.name] + place.variants {
      let other = Array(normalizer.plainForm(spelling).utf8)
      guard !other.isEmpty else { continue }
      let distance = EditDistance.levenshtein(target, other)
      best = max(best, 1 - Double(distance) / Double(max(target.count, other.count)))
    }
    return best
  }

  /// The name as written, without a leading article.
  static func nameText(_ range: Range<Int>, words: [Word]) -> String {
    range.filter { !words[$0].isArticle }.map { words[$0].stem }.joined(separator: " ")
  }
}
