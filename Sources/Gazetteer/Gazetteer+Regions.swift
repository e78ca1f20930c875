import GeoJSON

extension Gazetteer {
  /// A part of a country: kind `region`, id `<country id>#<direction>`, named by the
  /// direction's adjective ("northern Syria"), its point placed in the extent of the
  /// country's gazetteer places (the northern part's at three quarters of the way north).
  /// It is a label point for a vague area, not a boundary. `nil` for a base that is not a
  /// country.
  func derivedRegion(_ direction: Direction, of base: Place) -> Place? {
    guard base.kind == .country, let index = placeIndex(id: base.id) else { return nil }
    var south = Double.infinity
    var north = -Double.infinity
    var west = Double.infinity
    var east = -Double.infinity
    let country = store.placeCountry[index]
    for place in 0..<store.placeCount where store.placeCountry[place] == country {
      guard SpatialIndex.isIndexed(Place.Kind(code: store.placeKind[place])) else { continue }
      south = min(south, store.placeLatitude[place])
      north = max(north, store.placeLatitude[place])
      west = min(west, store.placeLongitude[place])
      east = max(east, store.placeLongitude[place])
    }
    var position = base.position
    if south.isFinite {
      let fraction = direction.fraction
      position = Position(
        longitude: west + (east - west) * fraction.longitude,
        latitude: south + (north - south) * fraction.latitude)
    }
    return Place(
      id: base.id + "#" + direction.rawValue, name: direction.adjective + " " + base.name,
      position: position, country: base.country, kind: .region,
      source: "derived from " + base.source
        + "; point: the \(direction.adjective) part of the extent of its gazetteer places",
      licence: base.licence,
      note: "A vague area, not a boundary: the point only labels it.")
  }
}
