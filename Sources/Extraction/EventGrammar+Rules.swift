import Control

extension EventGrammar {
  /// Words after "take" that make it something else ("took place", "took part").
  static let notTaking: Set<String> = [
    "place", "part", "note", "action", "care", "advantage", "steps", "refuge", "shelter",
    "responsibility", "aim", "time", "measures", "off", "up",
  ]

  /// Words between a capture verb and its place that make the capture partial ("80 percent
  /// of", "parts of", "several districts of").
  static let partialWords: Set<String> = [
    "percent", "per", "half", "part", "parts", "some", "most", "much", "several", "districts",
    "neighbourhoods", "neighborhoods", "quarters", "areas", "sections", "streets", "blocks",
  ]

  /// Words before "losing" that make it a loss not yet happened ("nears losing").
  static let nearLoss: Set<String> = ["nears", "near", "nearing", "close", "verge", "brink"]

  // MARK: - Building drafts

  /// Drafts for `targets`, dropping those that name no actor, the same actor twice, or a
  /// place no event is about.
  func drafts(
    _ rule: String, _ status: ControlStatus, to: Agent?, from: Agent?, targets: [Int],
    strength: Double, trigger: Int, notes: [String] = []
  ) -> [EventDraft] {
    guard let to else { return [] }
    let sentence = words[trigger].sentence
    return targets.compactMap { target in
      guard isUsablePlace(target), to.id != from?.id else { return nil }
      return EventDraft(
        sentence: sentence, trigger: trigger, rule: rule, status: status, to: to.id,
        from: from?.id, target: .place(target), strength: strength, actorClarity: to.clarity,
        isAttributed: attributed[sentence], notes: notes)
    }
  }

  /// The agent of a passive: "by X", else the actor the claim is attributed to, else the
  /// paragraph's subject; with the strength each reading earns.
  private func passiveAgent(_ trigger: Int, clause: Range<Int>, country: String?)
    -> (Agent?, Double)
  {
    let after = (trigger + 1)..<clause.upperBound
    if let agent = actor(after: ["by"], in: after, country: country) { return (agent, 0.85) }
    let sentence = words[trigger].sentence
    if let reporter = reportingActor(in: sentence, before: trigger) {
      return (Agent(id: reporter, clarity: 0.9), 0.75)
    }
    return (antecedent(in: sentence, before: trigger).map { Agent(id: $0, clarity: 0.75) }, 0.65)
  }

  // MARK: - Capture and liberation

  /// "X captured/seized/took (control of)/retook/liberated P (from Y)"; "P was liberated
  /// (from Y) (by X)".
  func capture(_ trigger: Trigger, at index: Int) -> [EventDraft] {
    let clause = clause(of: index)
    let name = trigger.kind == .liberate ? "liberate" : "capture"
    if index + 1 < clause.upperBound, words[index].plain.hasPrefix("t"),
      Self.notTaking.contains(words[index + 1].plain)
    {
      return []
    }
    let after = (index + 1)..<clause.upperBound
    if isPassive(trigger, at: index) {
      let targets = places(before: index, in: clause)
      let country = country(of: targets.first)
      let (agent, strength) = passiveAgent(index, clause: clause, country: country)
      let from = actor(after: ["from", "of"], in: after, country: country)
      return drafts(
        "\(name)-passive", .controlled, to: agent, from: from, targets: targets,
        strength: strength, trigger: index)
    }
    var targets = places(after: index, in: clause, direct: true)
    if targets.isEmpty, let antecedent = relativePlace(of: clause) { targets = [antecedent] }
    let country = country(of: targets.first)
    let from = actor(after: ["from", "of"], in: after, country: country)
    // "retook 80 percent of Mosul", "seized parts of Deir ez-Zor": a fight, not control.
    let partial =
      targets.first.map { first in
        let start = mentions[first].words.lowerBound
        return start > index
          && ((index + 1)..<start).contains { Self.partialWords.contains(words[$0].plain) }
      } ?? false
    return drafts(
      partial ? "\(name)-partial" : "\(name)-active", partial ? .contested : .controlled,
      to: subject(of: index, country: country), from: from, targets: targets,
      strength: trigger.form == .gerund ? 0.85 : 0.9, trigger: index)
  }

  /// "the liberation/capture of P (from Y)", announced or achieved by the clause's subject.
  func captureNoun(_ trigger: Trigger, at index: Int) -> [EventDraft] {
    let clause = clause(of: index)
    guard index + 1 < clause.upperBound, words[index + 1].plain == "of" else { return [] }
    let targets = places(after: index + 1, in: clause, direct: true, reach: 4)
    let country = country(of: targets.first)
    let from = actor(after: ["from"], in: (index + 1)..<clause.upperBound, country: country)
    let agent =
      actor(after: ["by"], in: (index + 1)..<clause.upperBound, country: country)
      ?? subject(of: index, country: country)
    return drafts(
      "\(trigger.kind.rawValue)-noun", .controlled, to: agent, from: from, targets: targets,
      strength: 0.75, trigger: index)
  }

  /// The place a relative clause hangs on: "Tuz Khurmatu, which the militias seized".
  func relativePlace(of clause: Range<Int>) -> Int? {
    guard ["which", "that", "where"].contains(words[clause.lowerBound].plain),
      clause.lowerBound > 0, mentionAt[clause.lowerBound - 1] >= 0
    else { return nil }
    let mention = mentionAt[clause.lowerBound - 1]
    return isUsablePlace(mention) ? mention : nil
  }

  // MARK: - Expulsion

  /// "X drove/pushed Y out of P", "X expelled Y from P", "Y was pushed out of P (by X)";
  /// "pushed into P" enters, "pushed toward P" advances.
  func expel(_ trigger: Trigger, at index: Int) -> [EventDraft] {
    let sentence = words[index].sentence
    let clause = clause(of: index)
    let window = (index + 1)..<min(clause.upperBound, index + 9)
    guard
      let particle = window.first(where: {
        ["out", "from", "away", "into", "toward", "towards", "back"].contains(words[$0].plain)
          && actorAt[$0] < 0
      })
    else { return [] }
    let particleWord = words[particle].plain
    if particleWord == "into" || particleWord == "toward" || particleWord == "towards" {
      let targets = places(after: particle, in: clause, direct: true)
      let country = country(of: targets.first)
      let status: ControlStatus = particleWord == "into" ? .contested : .advance
      return drafts(
        "expel-\(particleWord)", status, to: subject(of: index, country: country), from: nil,
        targets: targets, strength: 0.7, trigger: index)
    }
    var start = particle
    if particleWord != "from", particle + 1 < clause.upperBound,
      ["of", "from"].contains(words[particle + 1].plain)
    {
      start = particle + 1
    }
    var targets = places(after: start, in: clause, direct: true)
    if targets.isEmpty, particleWord == "out" {
      // "flushed out ISIS from P": the object after the particle.
      if let preposition = ((particle + 1)..<clause.upperBound).first(where: {
        ["from", "of"].contains(words[$0].plain)
      }) {
        targets = places(after: preposition, in: clause, direct: true)
      }
    }
    let country = country(of: targets.first)
    if isPassive(trigger, at: index) {
      let loser = spanIndices(in: clause.lowerBound..<index).last(where: canBeSubject).flatMap {
        resolve($0, country: country, sentence: sentence)
      }
      var (agent, strength) = passiveAgent(index, clause: clause, country: country)
      if agent == nil || agent?.id == loser?.id,
        let other = loser.flatMap({ opponent(of: $0.id, in: sentence) })
      {
        (agent, strength) = (Agent(id: other, clarity: 0.7), 0.6)
      }
      return drafts(
        "expel-passive", .controlled, to: agent, from: loser, targets: targets,
        strength: strength, trigger: index)
    }
    let objectRange = (index + 1)..<max(index + 1, start)
    guard let object = spanIndices(in: objectRange).first ?? spanIndices(in: particle..<start).first
    else { return [] }
    let from = resolve(object, country: country, sentence: sentence)
    return drafts(
      "expel-active", .controlled, to: subject(of: index, country: country), from: from,
      targets: targets, strength: 0.9, trigger: index)
  }

  // MARK: - Entering, falling, losing, withdrawing

  /// "X entered/stormed P", "X broke/moved into P", "P was stormed by X": fighting inside the
  /// place, not yet control.
  func enter(_ trigger: Trigger, at index: Int) -> [EventDraft] {
    guard trigger.form != .noun else { return [] }
    let clause = clause(of: index)
    let word = words[index].plain
    let needsInto = !(word.hasPrefix("enter") || word.hasPrefix("storm"))
    var start = index
    if needsInto {
      guard index + 1 < clause.upperBound, words[index + 1].plain == "into" else { return [] }
      start = index + 1
    }
    let strength = word.hasPrefix("storm") ? 0.75 : 0.7
    if isPassive(trigger, at: index) {
      let targets = places(before: index, in: clause)
      let country = country(of: targets.first)
      let agent = actor(after: ["by"], in: (index + 1)..<clause.upperBound, country: country)
      return drafts(
        "enter-passive", .contested, to: agent, from: nil, targets: targets,
        strength: strength, trigger: index)
    }
    let targets = places(after: start, in: clause, direct: true)
    let country = country(of: targets.first)
    return drafts(
      "enter-active", .contested, to: subject(of: index, country: country), from: nil,
      targets: targets, strength: strength, trigger: index)
  }

  /// "P fell to X", "P fell into the hands of X", "the fall of P to X".
  func fall(_ trigger: Trigger, at index: Int) -> [EventDraft] {
    let clause = clause(of: index)
    let after = (index + 1)..<min(clause.upperBound, index + 8)
    if trigger.form == .noun {
      guard index + 1 < clause.upperBound, words[index + 1].plain == "of" else { return [] }
      let targets = places(after: index + 1, in: clause, direct: true, reach: 4)
      let country = country(of: targets.first)
      let agent = actor(after: ["to"], in: after, country: country)
      return drafts(
        "fall-noun", .controlled, to: agent, from: nil, targets: targets, strength: 0.75,
        trigger: index)
    }
    let targets = places(before: index, in: clause)
    let country = country(of: targets.first)
    let agent =
      index + 1 < clause.upperBound && ["to", "into", "under"].contains(words[index + 1].plain)
      ? actor(after: ["to", "of"], in: after, country: country) : nil
    return drafts(
      "fall", .controlled, to: agent, from: nil, targets: targets, strength: 0.85,
      trigger: index)
  }

  /// "X lost P (to Y)"; "X nears losing its holdouts in P" is a contest, with Y the other side
  /// named in the paragraph or, failing that, the state forces of P's country.
  func lose(_ trigger: Trigger, at index: Int) -> [EventDraft] {
    let sentence = words[index].sentence
    guard !isPassive(trigger, at: index) else { return [] }
    let clause = clause(of: index)
    let targets = places(after: index, in: clause, direct: false)
    guard let first = targets.first else { return [] }
    let country = country(of: first)
    guard let loser = subject(of: index, country: country) else { return [] }
    let before = max(clause.lowerBound, index - 4)..<index
    let progressive =
      trigger.form == .gerund && index > clause.lowerBound
      && Lexicon.passiveAuxiliaries.contains(words[index - 1].plain)
    let near = progressive || before.contains { Self.nearLoss.contains(words[$0].plain) }
    let after = (index + 1)..<clause.upperBound
    var notes: [String] = []
    var agent = actor(after: ["to"], in: after, country: country)
    var strength = near ? 0.55 : 0.8
    if agent == nil {
      if let other = opponent(of: loser.id, in: sentence, after: index) {
        agent = Agent(id: other, clarity: 0.7)
      } else if near, let country, let state = matcher.stateForces[country] {
        agent = Agent(id: state, clarity: 0.6)
        notes.append("the other side is not named; taken as the state forces of \(country)")
      }
      strength -= 0.1
    }
    return drafts(
      near ? "lose-near" : "lose", near ? .contested : .controlled, to: agent, from: loser,
      targets: targets, strength: strength, trigger: index, notes: notes)
  }

  /// "X withdrew/retreated/pulled out from P", "X fled/abandoned P": the other side named in
  /// the paragraph takes it.
  func withdraw(_ trigger: Trigger, at index: Int) -> [EventDraft] {
    let sentence = words[index].sentence
    guard !isPassive(trigger, at: index) else { return [] }
    let clause = clause(of: index)
    let word = words[index].plain
    var start = index
    let next = index + 1 < clause.upperBound ? words[index + 1].plain : ""
    if word.hasPrefix("pull") {
      guard next == "out" || next == "back" else { return [] }
      start = index + 1
    }
    let direct = word.hasPrefix("fle") || word.hasPrefix("abandon")
    if !direct {
      guard
        let preposition = ((start + 1)..<min(clause.upperBound, start + 3)).first(where: {
          ["from", "of"].contains(words[$0].plain)
        })
      else { return [] }
      start = preposition
    }
    let targets = places(after: start, in: clause, direct: true)
    let country = country(of: targets.first)
    guard let loser = subject(of: index, country: country),
      let winner = opponent(of: loser.id, in: sentence, after: index)
    else { return [] }
    return drafts(
      "withdraw", .controlled, to: Agent(id: winner, clarity: 0.7), from: loser,
      targets: targets, strength: 0.65, trigger: index,
      notes: ["withdrawal of \(loser.id); the other side named in the report takes the place"])
  }
}
