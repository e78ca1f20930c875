/// Finds the places a ledger names; the gazetteer implements it, tests use a small table.
public protocol PlaceResolver {
  /// The place with this exact gazetteer id, if any.
  func reference(id: String) -> PlaceReference?
  /// The place a name denotes, in any spelling the resolver knows.
  func resolve(_ reference: String) -> PlaceResolution
}
