/// Gives the countries of the country table a point while the builder indexes the places:
/// their capital's, else the centre of the extent of their places.
struct CapitalFinder {
  private struct Pending {
    var record: PlaceRecord
    var capitalName: String
    var capitalKey: [UInt8]
    var capital: (place: Int, population: Int)?
    var extent = Extent()
  }

  private var pending: [Pending]
  private var byCountry: [UInt32: [Int]] = [:]

  init(pending countries: [(record: PlaceRecord, capital: String)]) {
    var folder = NameFolder()
    pending = countries.map { country in
      folder.fold(country.capital)
      return Pending(record: country.record, capitalName: country.capital, capitalKey: folder.key)
    }
    for (index, country) in pending.enumerated() {
      byCountry[country.record.country, default: []].append(index)
    }
  }

  /// The pending countries `record` lies in, if any.
  func countries(of record: PlaceRecord) -> [Int]? { byCountry[record.country] }

  /// Notes `place` as the capital of `country` if `key` is the capital's key and the place
  /// is the most populous such so far.
  mutating func consider(_ record: PlaceRecord, place: Int, key: [UInt8], country: Int) {
    guard !pending[country].capitalKey.isEmpty, key == pending[country].capitalKey,
      SpatialIndex.isIndexed(record.kind)
    else { return }
    if let current = pending[country].capital, current.population >= record.population { return }
    pending[country].capital = (place, record.population)
  }

  /// Widens the extent of `country` by the point of `record`.
  mutating func extend(_ record: PlaceRecord, country: Int) {
    guard record.latitude.isFinite, SpatialIndex.isIndexed(record.kind) else { return }
    pending[country].extent.include(latitude: record.latitude, longitude: record.longitude)
  }

  /// The countries that got a point, with provenance saying where the point comes from.
  func resolved(places: [PlaceRecord], arena: inout StringArena) -> [PlaceRecord] {
    pending.compactMap { country in
      var record = country.record
      let id = record.geonameid.map(String.init) ?? "?"
      if let capital = country.capital {
        let place = places[capital.place]
        record.latitude = place.latitude
        record.longitude = place.longitude
        let capitalSource = place.geonameid.map { "GeoNames \($0)" } ?? "curated"
        record.source = arena.append(
          "GeoNames \(id); point: its capital \(country.capitalName) (\(capitalSource))")
      } else if !country.extent.isEmpty {
        let extent = country.extent
        record.latitude = (extent.south + extent.north) / 2
        record.longitude = (extent.west + extent.east) / 2
        record.source = arena.append(
          "GeoNames \(id); point: centre of the extent of its places")
      } else {
        return nil
      }
      return record
    }
  }
}
