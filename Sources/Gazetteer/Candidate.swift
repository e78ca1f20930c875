/// One place a name may denote, with how well it fits.
public struct Candidate: Hashable, Sendable {
  /// How the name met the place's spelling.
  public enum Match: String, Hashable, Sendable {
    /// The same spelling up to case, diacritics, marks, articles and separators.
    case exact
    /// The same normalised key: a known spelling alternation (Qamishli/Kamishli).
    case folded
    /// Within a small edit distance of a spelling's key: a misspelling.
    case fuzzy
    /// A part of a country named by direction ("northern Syria").
    case derived
  }

  /// The place.
  public var place: Place
  /// Overall fit in 0…1: string similarity weighed with the place's kind and size and, when
  /// asked, its proximity. Comparable between candidates of one query only.
  public var score: Double
  /// String similarity alone, 0…1 (1 for an exact spelling).
  public var similarity: Double
  /// The spelling of the place that matched.
  public var matchedVariant: String
  /// How the name met the spelling.
  public var match: Match
  /// Distance from the `near` point, metres, when one was given.
  public var distanceFromNear: Double?

  /// - Parameters:
  ///   - place: the place.
  ///   - score: overall fit, 0…1.
  ///   - similarity: string similarity, 0…1.
  ///   - matchedVariant: the spelling that matched.
  ///   - match: how it matched.
  ///   - distanceFromNear: metres from the bias point, if any.
  public init(
    place: Place, score: Double, similarity: Double, matchedVariant: String, match: Match,
    distanceFromNear: Double? = nil
  ) {
    self.place = place
    self.score = score
    self.similarity = similarity
    self.matchedVariant = matchedVariant
    self.match = match
    self.distanceFromNear = distanceFromNear
  }
}
