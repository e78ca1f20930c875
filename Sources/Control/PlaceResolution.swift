/// The outcome of looking a place name up: one place, several, or none.
public enum PlaceResolution: Hashable, Sendable {
  /// The name denotes this place.
  case resolved(PlaceReference)
  /// The name fits these places equally well; the ledger must say which (by id).
  case ambiguous([PlaceReference])
  /// No place has this name; `suggestions` are close names, best first.
  case unresolved(suggestions: [String])
}
