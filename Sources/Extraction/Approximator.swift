/// Estimates where a name the gazetteer lacks lies, when its sentence relates it to a known
/// place, so that it can be mapped with an honest uncertainty instead of being guessed or
/// dropped.
///
/// Relations read after the name (past a place noun, a list it belongs to, commas and
/// brackets):
/// - "(about N km) west of P": P moved N km (10 km when no distance is given) along the
///   direction; `geo_precision` 2, uncertainty half the distance but at least 5 km (10 km
///   without a distance);
/// - "near P", "outside P", "close to P", "on the outskirts of P": P's point, precision 2,
///   uncertainty 10 km;
/// - "in P district/province/countryside", "in the P countryside": P's point, precision 3,
///   uncertainty 25 km;
/// - "in northern Syria" and other parts of countries: the region's label point, precision 3,
///   uncertainty 150 km.
struct Approximator {
  let layout: TextLayout
  let mentionAt: [Int]
  private var words: [Word] { layout.words }

  static let defaultOffset = 10_000.0  // m
  static let nearUncertainty = 10_000.0  // m
  static let districtUncertainty = 25_000.0  // m
  static let regionUncertainty = 150_000.0  // m

  /// Sets `approximation` on every unresolved mention whose sentence relates it to a
  /// resolved one.
  func approximate(_ mentions: inout [MentionDraft], sentences: [Sentence]) {
    for index in mentions.indices where mentions[index].place == nil {
      let sentence = sentences[mentions[index].sentence].words
      mentions[index].approximation = relation(
        after: mentions[index].words.upperBound, in: sentence, mentions: mentions)
    }
  }

  private func relation(after start: Int, in sentence: Range<Int>, mentions: [MentionDraft])
    -> MentionDraft.Approximation?
  {
    var position = start
    while position < sentence.upperBound, position < start + 14 {
      let word = words[position]
      if let found = relation(at: position, in: sentence, mentions: mentions) { return found }
      let mention = mentionAt[position]
      if mention >= 0 {
        position = mentions[mention].words.upperBound
        continue
      }
      let skippable =
        ["and", "the", "of", "a", ","].contains(word.plain)
        || Lexicon.placeNouns[word.plain] != nil || word.isArticle
      guard skippable || word.gapBefore.contains(.openBracket) else { return nil }
      position += 1
    }
    return nil
  }

  /// A relation phrase starting at `position`.
  private func relation(at position: Int, in sentence: Range<Int>, mentions: [MentionDraft])
    -> MentionDraft.Approximation?
  {
    var index = position
    var distance: Double? = nil
    if ["about", "some", "around", "roughly", "approximately"].contains(words[index].plain) {
      index += 1
    }
    if index < sentence.upperBound, let (metres, next) = measure(at: index, in: sentence) {
      distance = metres
      index = next
    }
    guard index < sentence.upperBound else { return nil }
    let word = words[index].plain
    if let bearing = Lexicon.directions[word], !word.hasSuffix("ern"),
      index + 1 < sentence.upperBound, words[index + 1].plain == "of",
      let (anchor, end) = anchor(at: index + 2, in: sentence, mentions: mentions),
      let place = mentions[anchor].place
    {
      let offset = distance ?? Self.defaultOffset
      return MentionDraft.Approximation(
        position: Spherical.destination(from: place.position, bearing: bearing, distance: offset),
        uncertainty: distance.map { max(5_000, $0 / 2) } ?? Self.nearUncertainty,
        geoPrecision: 2, relation: text(position..<end), anchor: anchor)
    }
    guard distance == nil else { return nil }
    var next = index + 1
    switch word {
    case "near", "outside", "close", "on":
      while next < sentence.upperBound,
        ["to", "the", "outskirts", "of", "edge", "edges"].contains(words[next].plain)
      {
        next += 1
      }
      if word == "on", next == index + 1 { return nil }
      guard let (anchor, end) = self.anchor(at: next, in: sentence, mentions: mentions),
        let place = mentions[anchor].place
      else { return nil }
      return MentionDraft.Approximation(
        position: place.position, uncertainty: Self.nearUncertainty, geoPrecision: 2,
        relation: text(position..<end), anchor: anchor)
    case "in":
      while next < sentence.upperBound, words[next].plain == "the" { next += 1 }
      guard
        let (anchor, end) = self.anchor(at: next, in: sentence, mentions: mentions, areas: true),
        let place = mentions[anchor].place
      else { return nil }
      if place.kind == .region {
        return MentionDraft.Approximation(
          position: place.position, uncertainty: Self.regionUncertainty, geoPrecision: 3,
          relation: text(position..<end), anchor: anchor)
      }
      guard place.kind != .country, end < sentence.upperBound,
        ["district", "province", "governorate", "countryside", "subdistrict", "region", "area"]
          .contains(words[end].plain)
      else { return nil }
      return MentionDraft.Approximation(
        position: place.position, uncertainty: Self.districtUncertainty, geoPrecision: 3,
        relation: text(position..<(end + 1)), anchor: anchor)
    default:
      return nil
    }
  }

  /// A resolved mention starting at `index` (countries and regions only when `areas`).
  private func anchor(
    at index: Int, in sentence: Range<Int>, mentions: [MentionDraft], areas: Bool = false
  ) -> (Int, Int)? {
    guard index < sentence.upperBound else { return nil }
    var position = index
    if words[position].plain == "the", position + 1 < sentence.upperBound { position += 1 }
    if mentionAt[position] < 0, Lexicon.directions[words[position].plain] != nil,
      position + 1 < sentence.upperBound
    {
      position += 1
    }
    let mention = mentionAt[position]
    guard mention >= 0, let place = mentions[mention].place else { return nil }
    let isArea = place.kind == .country || place.kind == .region
    guard areas || !isArea else { return nil }
    return (mention, mentions[mention].words.upperBound)
  }

  /// Numbers written as words in distances ("six miles").
  private static let numbers: [String: Double] = [
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
  ]
  /// Units of distance, metres each.
  private static let units: [String: Double] = [
    "km": 1_000, "kms": 1_000, "kilometres": 1_000, "kilometers": 1_000, "miles": 1_609.344,
    "mile": 1_609.344,
  ]

  /// "10 km", "10-km", "10km", "six miles": metres and the index after.
  private func measure(at index: Int, in sentence: Range<Int>) -> (Double, Int)? {
    let word = words[index].plain
    for (unit, factor) in Self.units where word.hasSuffix(unit) {
      if let value = Double(word.dropLast(unit.count)) { return (value * factor, index + 1) }
    }
    guard let value = Double(word) ?? Self.numbers[word], index + 1 < sentence.upperBound,
      let factor = Self.units[words[index + 1].plain]
    else { return nil }
    return (value * factor, index + 2)
  }

  private func text(_ range: Range<Int>) -> String { layout.text(words: range) }
}
