import Gazetteer
import GeoJSON

/// A place mention while the extractor works on it: where it is, which gazetteer places it
/// may denote, and what was decided.
struct MentionDraft: Hashable, Sendable {
  /// How the mention was found.
  enum Origin: Hashable, Sendable {
    /// A gazetteer name found by the automaton.
    case dictionary
    /// A capitalised name introduced as a place ("the village of X", "X district", a name
    /// starting with Tal, Umm, Wadi…) that the gazetteer lacks.
    case introduced
    /// A capitalised name right after a preposition of place ("in X", "near X") that the
    /// gazetteer lacks.
    case located
  }

  /// Where an unresolved name lies relative to a known place.
  struct Approximation: Hashable, Sendable {
    var position: Position
    /// Metres.
    var uncertainty: Double
    /// 2: near a place; 3: only a region.
    var geoPrecision: Int
    /// The words of the relation ("west of al-Qahtaniyah").
    var relation: String
    /// The mention index of the known place.
    var anchor: Int
  }

  var words: Range<Int>
  var sentence: Int
  var origin: Origin
  /// Place numbers (into `PlaceAutomaton.places`) the name may denote.
  var candidates: [Int32] = []
  var cue: PlaceCue?
  /// For "northern Syria": the direction (an id suffix of the gazetteer's derived regions).
  var direction: String?

  /// The chosen place, once resolved (a gazetteer place or a derived region).
  var place: Place?
  /// Fit of the chosen place, 0–1.
  var score = 0.0
  /// Whether the name matched a gazetteer spelling only within an edit.
  var isFuzzy = false
  var approximation: Approximation?

  /// Whether the mention is a country or a vague region, which no control event is about.
  var isArea: Bool { place.map { $0.kind == .country || $0.kind == .region } ?? false }
}
