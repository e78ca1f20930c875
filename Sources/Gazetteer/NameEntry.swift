/// One entry of the name index: a normalised key and the places that have a spelling with
/// that key.
public struct NameEntry: Hashable, Sendable {
  /// The key, as `NameNormalizer.normalize` makes it.
  public var key: String
  /// Ids of the places (`Place.id`), in gazetteer order, without repeats.
  public var placeIDs: [String]

  /// - Parameters:
  ///   - key: normalised key.
  ///   - placeIDs: ids of the places with that key.
  public init(key: String, placeIDs: [String]) {
    self.key = key
    self.placeIDs = placeIDs
  }
}
