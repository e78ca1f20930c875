extension EventGrammar {
  /// Prepositions that end a direct object: a place after them is not what the verb acts on
  /// ("captured ISIS positions in Mosul" is not a capture of Mosul).
  static let objectEnders: Set<String> = [
    "in", "near", "from", "at", "on", "with", "by", "to", "for", "after", "before", "inside",
    "outside", "around", "toward", "towards", "into", "since", "during", "while", "amid",
    "under", "against", "west", "east", "north", "south", "between", "across", "through",
  ]

  /// Words that may stand between a verb and its place, or between listed places.
  static let placeFillers: Set<String> = [
    "the", "a", "an", "of", "control", "over", "back", "full", "all", "most", "much", "parts",
    "part", "rest", "remaining", "key", "strategic", "nearby", "border", "small", "large",
    "ancient", "northern", "southern", "eastern", "western", "central", "northwestern",
    "northeastern", "southwestern", "southeastern", "entire", "whole", "town", "city",
    "village", "villages", "towns", "cities", "district", "area", "areas", "region",
    "outskirts", "gates", "edge", "edges", "centre", "center", "heart", "downtown", "its",
    "their", "last", "final", "holdouts", "holdout", "stronghold", "strongholds", "bastion",
    "de", "facto", "capital", "historic", "old", "neighbourhood", "neighborhood", "suburb",
    "countryside", "mainly", "predominantly", "christian", "yazidi", "kurdish", "arab",
    "sunni", "shiite", "shia", "turkmen", "so-called", "called", "known", "as",
  ]

  /// Whether mention `index` can be an event's place: not a country or vague region, not a
  /// meeting's venue.
  func isUsablePlace(_ index: Int) -> Bool {
    !mentions[index].isArea && !isVenue(index)
  }

  /// The mention a place phrase at `position` denotes: a mention starting there, or "the
  /// city" / "the town" / "the village" referring to the last place named in the paragraph.
  func place(at position: Int) -> Int? {
    let mention = mentionAt[position]
    if mention >= 0 { return mention }
    guard words[position].plain == "the", position + 1 < words.count,
      let cue = Lexicon.placeNouns[words[position + 1].plain],
      [.city, .town, .village].contains(cue),
      words[position + 1].sentence == words[position].sentence
    else { return nil }
    let following = position + 2 < words.count ? words[position + 2].plain : ""
    guard following != "of" else { return nil }
    return antecedentPlace(before: position, cue: cue)
  }

  /// The last place named before `index` in its paragraph that fits a "the city" phrase.
  private func antecedentPlace(before index: Int, cue: PlaceCue) -> Int? {
    let paragraph = sentences[words[index].sentence].paragraph
    for mention in stride(from: mentions.count - 1, through: 0, by: -1) {
      let draft = mentions[mention]
      guard draft.words.upperBound <= index else { continue }
      guard sentences[draft.sentence].paragraph == paragraph else { return nil }
      guard !draft.isArea, isUsablePlace(mention), !isRelationAnchor(mention) else { continue }
      guard let place = draft.place else {
        // A name the gazetteer lacks, of the same kind (or none said).
        if draft.cue == nil || draft.cue == cue { return mention }
        continue
      }
      switch cue {
      case .city where [.city, .town].contains(place.kind): return mention
      case .town where [.town, .city, .village].contains(place.kind): return mention
      case .village where [.village, .hamlet, .town].contains(place.kind): return mention
      default: continue
      }
    }
    return nil
  }

  /// The places after word `index` in `range`: the first place (within `reach` words, past
  /// countries and regions, stopping at another verb of war, and, for a `direct` object, at
  /// a preposition), and the places listed with it ("X, Y and Z").
  func places(after index: Int, in range: Range<Int>, direct: Bool, reach: Int = 8) -> [Int] {
    var position = index + 1
    let limit = min(range.upperBound, index + 1 + reach)
    while position < limit {
      if let mention = place(at: position) {
        if mentionAt[position] >= 0, mentions[mention].isArea {
          position = mentions[mention].words.upperBound
          continue
        }
        return isUsablePlace(mention) ? listed(from: mention, at: position, in: range) : []
      }
      let word = words[position].plain
      if position > index + 1, Trigger.verbs[word] != nil, actorAt[position] < 0 { return [] }
      if direct, Self.objectEnders.contains(word) { return [] }
      position += 1
    }
    return []
  }

  /// The places before word `index` in `range` (a passive's subject), nearest first found,
  /// returned in text order with the places listed before it.
  func places(before index: Int, in range: Range<Int>) -> [Int] {
    // "…Deir ez-Zor, where government forces have been besieged": the place the clause hangs
    // on.
    if let antecedent = relativePlace(of: range) { return [antecedent] }
    var position = index - 1
    while position >= range.lowerBound {
      let mention = mentionAt[position]
      if mention >= 0 {
        if mentions[mention].isArea || isRelationAnchor(mention) {
          position = mentions[mention].words.lowerBound - 1
          continue
        }
        guard isUsablePlace(mention) else { return [] }
        return listedBefore(mention, in: range)
      }
      if words[position].plain == "the", let anaphor = place(at: position),
        isUsablePlace(anaphor)
      {
        return [anaphor]
      }
      position -= 1
    }
    return []
  }

  /// Whether a mention only locates another place ("15 km south of Mosul", "near Sinjar").
  func isRelationAnchor(_ mention: Int) -> Bool {
    var position = mentions[mention].words.lowerBound - 1
    let sentence = sentences[mentions[mention].sentence].words
    while position >= sentence.lowerBound, words[position].plain == "the" { position -= 1 }
    guard position >= sentence.lowerBound else { return false }
    let word = words[position].plain
    if ["near", "outside"].contains(word) { return true }
    guard word == "of", position - 1 >= sentence.lowerBound else { return false }
    let before = words[position - 1].plain
    return Lexicon.directions[before] != nil && !before.hasSuffix("ern")
  }

  /// The first place and those listed after it with commas, "and" or "as well as".
  private func listed(from first: Int, at position: Int, in range: Range<Int>) -> [Int] {
    var result = [first]
    var next = mentionAt[position] >= 0 ? mentions[first].words.upperBound : position + 2
    while next < range.upperBound {
      var probe = next
      var sawLink = words[probe].gapBefore.contains(.comma)
      while probe < range.upperBound, probe < next + 5, mentionAt[probe] < 0 {
        let word = words[probe].plain
        if word == "and" || word == "well" || word == "as" || word == "&" {
          sawLink = true
        } else if !Self.placeFillers.contains(word) {
          break
        }
        probe += 1
      }
      guard sawLink, probe < range.upperBound, mentionAt[probe] >= 0 else { break }
      let mention = mentionAt[probe]
      guard !mentions[mention].isArea, isUsablePlace(mention) else { break }
      result.append(mention)
      next = mentions[mention].words.upperBound
    }
    return result
  }

  /// The places listed before and including `last`.
  private func listedBefore(_ last: Int, in range: Range<Int>) -> [Int] {
    var result = [last]
    var start = mentions[last].words.lowerBound
    while start > range.lowerBound {
      var probe = start - 1
      var sawLink = words[start].gapBefore.contains(.comma)
      while probe >= range.lowerBound, probe > start - 5, mentionAt[probe] < 0 {
        let word = words[probe].plain
        if word == "and" || word == "well" || word == "as" {
          sawLink = true
        } else if !Self.placeFillers.contains(word) {
          break
        }
        probe -= 1
      }
      guard sawLink, probe >= range.lowerBound, mentionAt[probe] >= 0 else { break }
      let mention = mentionAt[probe]
      guard !mentions[mention].isArea, isUsablePlace(mention) else { break }
      result.insert(mention, at: 0)
      start = mentions[mention].words.lowerBound
    }
    return result
  }

  /// The country of a mention's place (its first code), for resolving "Kurdish forces".
  func country(of mention: Int?) -> String? {
    guard let mention, let place = mentions[mention].place else { return nil }
    return place.countryCodes.first.map(String.init)
  }

  /// The countries named in `range` by name or adjective, in order, without repeats.
  func countries(in range: Range<Int>) -> [String] {
    var result: [String] = []
    for position in range {
      var code: String? = Lexicon.demonyms[words[position].stem]
      let mention = mentionAt[position]
      if mention >= 0, let place = mentions[mention].place, place.kind == .country {
        code = place.countryCodes.first.map(String.init)
      }
      if let code, !result.contains(code) { result.append(code) }
    }
    return result
  }
}
