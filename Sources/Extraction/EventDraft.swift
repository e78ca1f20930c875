import Control

/// A control event as a rule found it, before dates, merging and confidence are settled.
struct EventDraft: Hashable, Sendable {
  /// What the event is about.
  enum Target: Hashable, Sendable {
    /// A place mention (index into the report's mentions).
    case place(Int)
    /// An international border, located by a place the sentence relates it to ("from an
    /// area near Sinjar") when there is one.
    case border(countries: [String], related: Int?, relation: String?)
  }

  var sentence: Int
  /// The trigger word.
  var trigger: Int
  /// The rule that fired, e.g. `expel-active`, `liberate-passive`, `reach-border`.
  var rule: String
  var status: ControlStatus
  var to: String
  var from: String?
  var target: Target
  /// How much the rule's reading is trusted, 0–1, before the place and the actors count.
  var strength: Double
  /// How clearly the acting actor is named: 1 by name, less for generic phrases and
  /// pronouns.
  var actorClarity: Double
  /// Whether the sentence reports a claim ("according to", "said").
  var isAttributed: Bool
  /// Free text for the ledger's `note`.
  var notes: [String] = []
}
