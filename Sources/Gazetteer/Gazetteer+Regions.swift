import GeoJSON

extension Gazetteer {
  /// A part of a country: kind `region`, id `<country id>#<direction>`, named by the
  /// direction's adjective ("northern Syria"), its point placed in the extent of the
  /// country's gazetteer places (the northern part's at three quarters of the way north).
  /// It is a label point for a vague area, not a boundary. `nil` for a base that is not a
  /// country.
  func derivedRegion(_ direction: Direction, of base: Place) -> Place? {
    guard base.kind == .country, let index = placeIndex(id: base.id) else { return nil }
    var extent = Extent()
    let country = store.placeCountry[index]
    for place in 0..<store.placeCount where store.placeCountry[place] == country {
      guard SpatialIndex.isIndexed(Place.Kind(code: store.placeKind[place])) else { continue }
      extent.include(latitude: store.placeLatitude[place], longitude: store.placeLongitude[place])
    }
    var position = base.position
    if !extent.isEmpty {
      let fraction = direction.fraction
      position = Position(
        longitude: extent.west + (extent.east - extent.west) * fraction.longitude,
        latitude: extent.south + (extent.north - extent.south) * fraction.latitude)
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
