import Control

extension EventGrammar {
  /// Words that relate a place to a border or front ("from the north of P", "near P").
  static let relationWords: Set<String> = [
    "from", "near", "at", "in", "around", "close", "outside", "of", "north", "south", "east",
    "west", "northeast", "northwest", "southeast", "southwest", "via", "through", "along",
  ]

  /// Particles after an advance verb that lead to its place.
  static let advanceParticles: Set<String> = [
    "on", "to", "toward", "towards", "into", "at", "in", "upon",
  ]

  // MARK: - Advance

  /// "X reached P", "X advanced on/toward P", "X approached P", "X closed in on P", "X
  /// arrived at P"; "X reached the (Syrian) border (from near P)" advances to the border,
  /// located by the places the clause relates it to.
  func reach(_ trigger: Trigger, at index: Int) -> [EventDraft] {
    let sentence = words[index].sentence
    let clause = clause(of: index)
    let word = words[index].plain
    if let border = borderWord(after: index, in: clause) {
      return borderAdvance(at: index, border: border, clause: clause)
    }
    var start = index
    if trigger.form == .noun || !(word.hasPrefix("reach") || word.hasPrefix("approach")) {
      var particle = index + 1
      if word.hasPrefix("clos") {
        guard particle + 1 < clause.upperBound, words[particle].plain == "in" else { return [] }
        particle += 1
      }
      guard particle < clause.upperBound, Self.advanceParticles.contains(words[particle].plain)
      else { return [] }
      start = particle
    }
    let targets = places(after: start, in: clause, direct: true)
    let country = country(of: targets.first)
    let agent =
      trigger.form == .noun && index > 0 && actorAt[index - 1] >= 0
      ? resolve(actorAt[index - 1], country: country, sentence: sentence)
      : subject(of: index, country: country)
    return drafts(
      "reach", .advance, to: agent, from: nil, targets: targets, strength: 0.75, trigger: index)
  }

  /// The word "border(s)"/"frontier" of a border phrase right after an advance verb.
  private func borderWord(after index: Int, in clause: Range<Int>) -> Int? {
    let window = (index + 1)..<min(clause.upperBound, index + 7)
    for position in window {
      let word = words[position].plain
      if word == "border" || word == "borders" || word == "frontier" { return position }
      let allowed =
        word == "the" || word == "to" || word == "up" || mentionAt[position] >= 0
        || Lexicon.demonyms[word] != nil || word == "international" || word == "syrianiraqi"
      guard allowed else { return nil }
    }
    return nil
  }

  private func borderAdvance(at index: Int, border: Int, clause: Range<Int>) -> [EventDraft] {
    var countries = self.countries(in: index..<clause.upperBound)
    if countries.isEmpty { countries = self.countries(in: clause) }
    var related: [(mention: Int, relation: String)] = []
    var position = border + 1
    while position < clause.upperBound {
      let mention = mentionAt[position]
      if mention >= 0 {
        if !mentions[mention].isArea, isUsablePlace(mention) {
          related.append((mention, relationText(before: position, from: border + 1)))
        }
        position = mentions[mention].words.upperBound
        continue
      }
      position += 1
    }
    let placeCountry = related.first.flatMap { self.country(of: $0.mention) } ?? countries.first
    guard let agent = subject(of: index, country: placeCountry) else { return [] }
    let sentence = words[index].sentence
    let attributed = attributed[sentence]
    func draft(_ target: EventDraft.Target, _ strength: Double) -> EventDraft {
      EventDraft(
        sentence: sentence, trigger: index, rule: "reach-border", status: .advance,
        to: agent.id, from: nil, target: target, strength: strength,
        actorClarity: agent.clarity, isAttributed: attributed)
    }
    guard !related.isEmpty else {
      return [draft(.border(countries: countries, related: nil, relation: nil), 0.7)]
    }
    return related.map {
      draft(.border(countries: countries, related: $0.mention, relation: $0.relation), 0.75)
    }
  }

  /// The relation words right before a place ("from the north of", "from an area near").
  private func relationText(before position: Int, from lower: Int) -> String {
    var start = position
    while start - 1 >= lower, start > position - 6,
      Self.relationWords.contains(words[start - 1].plain)
        || ["the", "an", "a", "area", "areas", "district", "region", "parts"].contains(
          words[start - 1].plain)
    {
      start -= 1
    }
    while start < position, ["the", "an", "a"].contains(words[start].plain) { start += 1 }
    return (start..<position).map { words[$0].plain }.joined(separator: " ")
  }

  // MARK: - Siege

  /// Verbs that end a siege ("broke the siege of", "lifted the siege").
  static let siegeEnders: Set<String> = [
    "break", "breaks", "broke", "broken", "breaking", "lift", "lifts", "lifted", "lifting",
    "end", "ends", "ended", "ending", "ease", "eased",
  ]

  /// "X besieged/encircled/surrounded P", "P was besieged by X".
  func besiege(_ trigger: Trigger, at index: Int) -> [EventDraft] {
    let sentence = words[index].sentence
    let clause = clause(of: index)
    let after = (index + 1)..<clause.upperBound
    if isPassive(trigger, at: index) {
      let targets = places(before: index, in: clause)
      let country = country(of: targets.first)
      var agent = actor(after: ["by"], in: after, country: country)
      if agent == nil, words[index].plain.hasPrefix("besieg") {
        agent = reportingActor(in: sentence, before: index).map { Agent(id: $0, clarity: 0.8) }
      }
      // "government forces have been besieged by the jihadists": the subject is besieged.
      let besieged = spanIndices(in: clause.lowerBound..<index).last(where: canBeSubject)
        .flatMap { resolve($0, country: country, sentence: sentence) }
      return drafts(
        "besiege-passive", .besieged, to: agent, from: besieged, targets: targets,
        strength: 0.75, trigger: index)
    }
    let targets = places(after: index, in: clause, direct: false)
    let country = country(of: targets.first)
    return drafts(
      "besiege-active", .besieged, to: subject(of: index, country: country), from: nil,
      targets: targets, strength: 0.8, trigger: index)
  }

  /// "X laid siege to P", "X imposed a siege on Y inside P", "P is under (Y's) siege", "the
  /// siege of P (by X)".
  func siegeNoun(at index: Int) -> [EventDraft] {
    let clause = clause(of: index)
    let ending = max(clause.lowerBound, index - 4)..<index
    guard !ending.contains(where: { Self.siegeEnders.contains(words[$0].plain) }) else {
      return []
    }
    let after = (index + 1)..<clause.upperBound
    let before = index > clause.lowerBound ? words[index - 1] : nil
    if before?.plain == "under" || (index >= 2 && words[index - 2].plain == "under") {
      let targets = places(before: index, in: clause)
      let country = country(of: targets.first)
      let besieger =
        actor(after: ["by"], in: after, country: country)
        ?? actor(rightBefore: index, country: country)
      return drafts(
        "siege-under", .besieged, to: besieger, from: nil, targets: targets, strength: 0.8,
        trigger: index)
    }
    guard let preposition = after.first,
      ["to", "on", "of", "around"].contains(words[preposition].plain)
    else { return [] }
    let targets = places(after: preposition, in: clause, direct: false, reach: 8)
    let country = country(of: targets.first)
    let besieged = actor(
      after: ["on", "of"], in: preposition..<clause.upperBound, country: country)
    let besieger =
      actor(after: ["by"], in: after, country: country)
      ?? actor(rightBefore: index, country: country)
      ?? subject(of: index, country: country)
    return drafts(
      "siege", .besieged, to: besieger, from: besieged, targets: targets, strength: 0.8,
      trigger: index)
  }

  /// The actor whose span ends right before word `index` ("the SDF's siege", "ISIS siege").
  private func actor(rightBefore index: Int, country: String?) -> Agent? {
    guard index > 0, actorAt[index - 1] >= 0 else { return nil }
    return resolve(actorAt[index - 1], country: country, sentence: words[index].sentence)
  }

  // MARK: - Fighting

  /// "fighting/clashes/an offensive/the battle in/on/for P (against Y)", "the Mosul
  /// offensive"; the fighter is the actor right before the noun ("an SDF offensive", "the
  /// SDF's offensive") or the clause's subject; "between X and Y" names both sides.
  func contestNoun(at index: Int) -> [EventDraft] {
    let sentence = words[index].sentence
    let clause = clause(of: index)
    let window = (index + 1)..<min(clause.upperBound, index + 11)
    var targets: [Int] = []
    let prepositions: Set<String> = [
      "in", "on", "for", "at", "near", "around", "inside", "over", "across", "outside", "against",
      "toward", "towards", "into",
    ]
    for position in window where targets.isEmpty && prepositions.contains(words[position].plain) {
      targets = places(after: position, in: clause, direct: true, reach: 6)
    }
    if targets.isEmpty, index > clause.lowerBound, mentionAt[index - 1] >= 0 {
      let mention = mentionAt[index - 1]
      if isUsablePlace(mention) { targets = [mention] }
    }
    var purposeObject: Agent? = nil
    if targets.isEmpty, let purpose = purposeVerb(in: window) {
      // "an offensive to retake Tal Afar", "an offensive to drive ISIS out of Mosul".
      targets = places(after: purpose, in: clause, direct: false, reach: 8)
      let placeCountry = self.country(of: targets.first)
      if let object = spanIndices(in: (purpose + 1)..<clause.upperBound).first {
        purposeObject = resolve(object, country: placeCountry, sentence: sentence)
      }
    }
    guard let first = targets.first else { return [] }
    let country = country(of: first)
    let range = (index + 1)..<clause.upperBound
    if let sides = sidesBetween(in: range, country: country) {
      return drafts(
        "contest-between", .contested, to: sides.0, from: sides.1, targets: targets,
        strength: 0.6, trigger: index)
    }
    let possessor = index > 0 && actorAt[index - 1] >= 0 ? actorAt[index - 1] : nil
    let adjacent = index >= 2 && actorAt[index - 2] >= 0 ? actorAt[index - 2] : nil
    let fighter =
      (possessor ?? adjacent).flatMap { resolve($0, country: country, sentence: sentence) }
      ?? subject(of: index, country: country)
      ?? firstActor(in: sentence, country: country)
    var enemy =
      actor(after: ["against", "with", "on"], in: range, country: country) ?? purposeObject
    if enemy?.id == fighter?.id { enemy = purposeObject?.id == fighter?.id ? nil : purposeObject }
    return drafts(
      "contest-noun", .contested, to: fighter, from: enemy, targets: targets, strength: 0.6,
      trigger: index)
  }

  /// "X fought (Y) in P", "X clashed with Y near P", "X attacked P".
  func contestVerb(_ trigger: Trigger, at index: Int) -> [EventDraft] {
    let sentence = words[index].sentence
    guard !isPassive(trigger, at: index) else { return [] }
    let clause = clause(of: index)
    let targets = places(after: index, in: clause, direct: false, reach: 12)
    guard let first = targets.first else { return [] }
    let country = country(of: first)
    let firstStart = mentions[first].words.lowerBound
    let range = (index + 1)..<(firstStart > index ? firstStart : clause.upperBound)
    let enemy =
      actor(after: ["with", "against"], in: range, country: country)
      ?? spanIndices(in: range).first.flatMap { resolve($0, country: country, sentence: sentence) }
    let strength = words[index].plain.hasPrefix("attack") ? 0.5 : 0.6
    return drafts(
      "contest-verb", .contested, to: subject(of: index, country: country), from: enemy,
      targets: targets, strength: strength, trigger: index)
  }

  /// The verb of a purpose clause in `window`: "to retake", "to drive", "to dislodge".
  private func purposeVerb(in window: Range<Int>) -> Int? {
    for position in window where words[position].plain == "to" {
      let next = position + 1
      guard next < window.upperBound || next < words.count else { return nil }
      if let trigger = Trigger.verbs[words[next].plain], trigger.form == .base { return next }
      if Self.purposeVerbs.contains(words[next].plain) { return next }
    }
    return nil
  }

  /// Verbs of purpose clauses that are not triggers themselves.
  static let purposeVerbs: Set<String> = ["dislodge", "oust", "expel", "crush", "defeat", "evict"]

  /// The first actor of sentence `index` that is not a speaker or the object of "against",
  /// "from", "of", "on" or "by", wherever it stands ("Fighting raged in X as Iraqi troops
  /// pressed on", "…, with Iraqi troops advancing").
  func firstActor(in sentence: Int, country: String?) -> Agent? {
    let excluded: Set<String> = ["against", "from", "of", "on", "by", "according"]
    for span in spanIndices(in: sentences[sentence].words)
    where !spans[span].isSpeaker && !excluded.contains(wordBefore(span: span)) {
      if let agent = resolve(span, country: country, sentence: sentence) {
        return Agent(id: agent.id, clarity: agent.clarity * 0.9)
      }
    }
    return nil
  }

  /// "between X and Y": both sides of a fight.
  private func sidesBetween(in range: Range<Int>, country: String?) -> (Agent, Agent)? {
    guard let between = range.first(where: { words[$0].plain == "between" }) else { return nil }
    let following = spanIndices(in: (between + 1)..<range.upperBound)
    guard following.count >= 2,
      let first = resolve(following[0], country: country, sentence: words[between].sentence),
      let second = resolve(following[1], country: country, sentence: words[between].sentence)
    else { return nil }
    return (first, second)
  }
}
