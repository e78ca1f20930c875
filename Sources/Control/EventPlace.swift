import GeoJSON

/// Where a control event happened, as the ledger line gives it.
public enum EventPlace: Hashable, Sendable {
  /// A gazetteer id, or a name that must resolve to exactly one gazetteer place (`place`).
  case reference(String)
  /// A point given by WGS 84 coordinates with a name for it (`lat`, `lon`, `name`).
  case coordinates(name: String, position: Position)
  /// A name the source gives for a place nobody has located (`place` with
  /// `unlocated: true`): it resolves like `reference` once the gazetteer knows the name;
  /// until then it is kept without geometry instead of being guessed.
  case unlocated(name: String)

  /// The name or id as written in the ledger.
  public var text: String {
    switch self {
    case .reference(let text): text
    case .coordinates(let name, _): name
    case .unlocated(let name): name
    }
  }
}
