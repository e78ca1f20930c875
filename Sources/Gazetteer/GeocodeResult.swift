/// The answer to one name: ranked candidates and whether the best one is a clear answer.
public struct GeocodeResult: Hashable, Sendable {
  /// Whether the name resolved.
  ///
  /// The rule: `unresolved` when no place matches (exactly, by key, or within the fuzzy
  /// distance) after the country filter; `ok` when the best candidate's similarity is at
  /// least `GeocodeResult.minimumConfidentSimilarity` (not a weak fuzzy match) and it is the
  /// only candidate or leads the second by at least `GeocodeResult.clearMargin` in score;
  /// `ambiguous` otherwise. The best candidate of an ambiguous name is still the most likely
  /// one.
  public enum Status: String, Hashable, Sendable {
    case ok
    case ambiguous
    case unresolved
  }

  /// The score lead that makes the best candidate a clear answer.
  public static let clearMargin = 0.1
  /// The similarity below which even a lone candidate is only ambiguous (a weak fuzzy
  /// match, such as a single typo in a short name).
  public static let minimumConfidentSimilarity = 0.5

  /// The name as given.
  public var query: String
  /// Whether the name resolved, and how clearly.
  public var status: Status
  /// Matching places, best first; empty when unresolved.
  public var candidates: [Candidate]
  /// For an unresolved name: the closest places by spelling, ignoring the country filter and
  /// the fuzzy distance limit, best first.
  public var suggestions: [Candidate]

  /// - Parameters:
  ///   - query: the name as given.
  ///   - status: ok, ambiguous or unresolved.
  ///   - candidates: ranked candidates.
  ///   - suggestions: closest names when unresolved.
  public init(
    query: String, status: Status, candidates: [Candidate], suggestions: [Candidate] = []
  ) {
    self.query = query
    self.status = status
    self.candidates = candidates
    self.suggestions = suggestions
  }

  /// The best candidate, if any.
  public var best: Candidate? { candidates.first }
}
