/// The verbs and nouns of war reporting that say a place changed hands, was fought over, was
/// besieged or was reached, with the grammatical form of each word.
struct Trigger: Hashable, Sendable {
  /// What the word says happened.
  enum Kind: String, Hashable, Sendable {
    /// capture, seize, take (control of), retake, recapture, regain, overrun, secure, wrest.
    case capture
    /// liberate, free, clear (of), and "the liberation of".
    case liberate
    /// drive, push, expel, oust, kick, flush, chase, rout … out of / from.
    case expel
    /// enter, storm, break into, move into.
    case enter
    /// fall (to), "the fall of".
    case fall
    /// lose, losing.
    case lose
    /// withdraw, retreat, pull out, flee, abandon.
    case withdraw
    /// reach, advance (on), approach, close in on, arrive.
    case reach
    /// besiege, encircle, surround, and "siege".
    case besiege
    /// fighting, clashes, battle, offensive, assault, attack, war …
    case contestNoun
    /// fought, clashed, attacked, battled.
    case contestVerb
  }

  /// The grammatical form, which decides voice and tense.
  enum Form: Hashable, Sendable {
    case base
    case third
    case past
    case participle
    /// A form that is both past tense and past participle ("captured").
    case pastOrParticiple
    case gerund
    case noun
  }

  var kind: Kind
  var form: Form

  /// Every verb form of every trigger verb, by folded word.
  static let verbs: [String: Trigger] = {
    var table: [String: Trigger] = [:]
    func verb(_ kind: Kind, _ forms: [String]) {
      // forms: base, third, past(/participle), [participle], gerund
      guard forms.count >= 4 else { return }
      table[forms[0]] = Trigger(kind: kind, form: .base)
      table[forms[1]] = Trigger(kind: kind, form: .third)
      if forms.count == 4 {
        table[forms[2]] = Trigger(kind: kind, form: .pastOrParticiple)
        table[forms[3]] = Trigger(kind: kind, form: .gerund)
      } else {
        table[forms[2]] = Trigger(kind: kind, form: .past)
        table[forms[3]] = Trigger(kind: kind, form: .participle)
        table[forms[4]] = Trigger(kind: kind, form: .gerund)
      }
    }
    verb(.capture, ["capture", "captures", "captured", "capturing"])
    verb(.capture, ["seize", "seizes", "seized", "seizing"])
    verb(.capture, ["take", "takes", "took", "taken", "taking"])
    verb(.capture, ["retake", "retakes", "retook", "retaken", "retaking"])
    verb(.capture, ["recapture", "recaptures", "recaptured", "recapturing"])
    verb(.capture, ["regain", "regains", "regained", "regaining"])
    verb(.capture, ["overrun", "overruns", "overran", "overrun", "overrunning"])
    verb(.capture, ["secure", "secures", "secured", "securing"])
    verb(.capture, ["wrest", "wrests", "wrested", "wresting"])
    verb(.capture, ["conquer", "conquers", "conquered", "conquering"])
    verb(.liberate, ["liberate", "liberates", "liberated", "liberating"])
    verb(.liberate, ["free", "frees", "freed", "freeing"])
    verb(.liberate, ["clear", "clears", "cleared", "clearing"])
    verb(.expel, ["drive", "drives", "drove", "driven", "driving"])
    verb(.expel, ["push", "pushes", "pushed", "pushing"])
    verb(.expel, ["expel", "expels", "expelled", "expelling"])
    verb(.expel, ["oust", "ousts", "ousted", "ousting"])
    verb(.expel, ["kick", "kicks", "kicked", "kicking"])
    verb(.expel, ["flush", "flushes", "flushed", "flushing"])
    verb(.expel, ["chase", "chases", "chased", "chasing"])
    verb(.expel, ["evict", "evicts", "evicted", "evicting"])
    verb(.expel, ["rout", "routs", "routed", "routing"])
    verb(.enter, ["enter", "enters", "entered", "entering"])
    verb(.enter, ["storm", "storms", "stormed", "storming"])
    verb(.enter, ["break", "breaks", "broke", "broken", "breaking"])
    verb(.enter, ["move", "moves", "moved", "moving"])
    verb(.fall, ["fall", "falls", "fell", "fallen", "falling"])
    verb(.lose, ["lose", "loses", "lost", "losing"])
    verb(.withdraw, ["withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"])
    verb(.withdraw, ["retreat", "retreats", "retreated", "retreating"])
    verb(.withdraw, ["pull", "pulls", "pulled", "pulling"])
    verb(.withdraw, ["flee", "flees", "fled", "fleeing"])
    verb(.withdraw, ["abandon", "abandons", "abandoned", "abandoning"])
    verb(.reach, ["reach", "reaches", "reached", "reaching"])
    verb(.reach, ["advance", "advances", "advanced", "advancing"])
    verb(.reach, ["approach", "approaches", "approached", "approaching"])
    verb(.reach, ["arrive", "arrives", "arrived", "arriving"])
    verb(.reach, ["close", "closes", "closed", "closing"])
    verb(.besiege, ["besiege", "besieges", "besieged", "besieging"])
    verb(.besiege, ["encircle", "encircles", "encircled", "encircling"])
    verb(.besiege, ["surround", "surrounds", "surrounded", "surrounding"])
    verb(.contestVerb, ["fight", "fights", "fought", "fighting"])
    verb(.contestVerb, ["clash", "clashes", "clashed", "clashing"])
    verb(.contestVerb, ["attack", "attacks", "attacked", "attacking"])
    verb(.contestVerb, ["battle", "battles", "battled", "battling"])
    return table
  }()

  /// Trigger nouns ("fighting", "the siege of", "the fall of"), by folded word.
  static let nouns: [String: Kind] = {
    var table: [String: Kind] = [:]
    for noun in [
      // Not "attack", "operation" or "war": bombings, raids and security sweeps are not
      // fights for a place.
      "fighting", "fight", "clashes", "clash", "battle", "battles", "offensive", "assault",
      "combat", "gunfights", "skirmishes", "onslaught", "counteroffensive",
    ] {
      table[noun] = .contestNoun
    }
    table["siege"] = .besiege
    table["encirclement"] = .besiege
    table["liberation"] = .liberate
    table["capture"] = .capture
    table["recapture"] = .capture
    table["fall"] = .fall
    table["advance"] = .reach
    table["entry"] = .enter
    return table
  }()

  /// Words before a word that can be a noun or a verb ("attack", "push") that make it the
  /// noun: determiners and the adjectives of war reporting.
  static let nounMarkers: Set<String> = [
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "major", "fierce",
    "heavy", "new", "ongoing", "renewed", "final", "large", "massive", "military", "ground",
    "full", "fresh", "big", "violent", "intense", "bloody", "street", "joint", "wide",
    "broad", "large-scale", "week-long", "months-long", "long", "day", "days", "of", "in",
    "after", "during", "amid", "since", "before", "following", "sporadic",
  ]

  /// Whether the form can be a passive participle.
  var canBePassive: Bool { form == .participle || form == .pastOrParticiple }
}
