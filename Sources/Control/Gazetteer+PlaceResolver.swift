import Gazetteer

extension Gazetteer: PlaceResolver {
  /// The place with this gazetteer id (curated id, `geonames:<id>`, or a derived region).
  public func reference(id: String) -> PlaceReference? {
    place(id: id).map(Self.reference)
  }

  /// Resolves a place name as a ledger gives it, with exact and folded spellings only: a
  /// misspelling is reported as unresolved with the closest names as suggestions, never
  /// matched by guesswork. The gazetteer's own rule (`GeocodeResult.Status`) decides
  /// between one place and several.
  public func resolve(_ reference: String) -> PlaceResolution {
    let result = geocode(reference, options: GeocodeOptions(limit: 8, fuzzy: false))
    switch result.status {
    case .ok:
      guard let best = result.best else { return .unresolved(suggestions: []) }
      return .resolved(Self.reference(best.place))
    case .ambiguous:
      return .ambiguous(result.candidates.map { Self.reference($0.place) })
    case .unresolved:
      return .unresolved(
        suggestions: result.suggestions.map { "\($0.place.name) (\($0.place.id))" })
    }
  }

  private static func reference(_ place: Place) -> PlaceReference {
    PlaceReference(
      id: place.id, name: place.name, position: place.position, country: place.country,
      kind: place.kind.rawValue)
  }
}
