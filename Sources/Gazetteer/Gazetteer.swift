import GeoJSON

/// Places loaded from GeoNames dumps, curated TSVs and a country table, indexed by
/// normalised name (exact and fuzzy) and by position.
///
/// Immutable once loaded and safe to share between threads. Loading the shipped set parses
/// about 9 MB of text; with a `cacheDirectory` the built index is kept in a file there
/// (keyed by the sources' paths, sizes and modification times, rebuilt when any changes,
/// written atomically) and later loads map it instead of parsing.
public struct Gazetteer: Sendable {
  let store: GazetteerStore

  init(store: GazetteerStore) {
    self.store = store
  }

  /// Loads and merges gazetteer sources.
  ///
  /// GeoNames rows with the same geonameid merge; curated rows win over the GeoNames row
  /// for the same place (same geonameid, or the same spelling within 5 km); see
  /// `GazetteerBuilder` for the rules.
  /// - Parameters:
  ///   - geonames: GeoNames dump files (`IQ.txt`, `cities500.txt`, `allCountries.txt`), in
  ///     order; later rows win.
  ///   - curated: curated places TSVs, in order; later files win.
  ///   - countries: the country table (`countries.tsv`), if countries should be places.
  ///   - cacheDirectory: where to keep the built index; `nil` builds it every time.
  /// - Throws: `GazetteerError` naming the file, line and column of the first bad row.
  public static func load(
    geonames: [String], curated: [String] = [], countries: String? = nil,
    cacheDirectory: String? = nil
  ) throws(GazetteerError) -> Gazetteer {
    let sources = GazetteerSources(geonames: geonames, curated: curated, countries: countries)
    let cache = try cacheDirectory.map { (directory) throws(GazetteerError) in
      try GazetteerCache(directory: directory, sources: sources)
    }
    if let store = cache?.load() { return Gazetteer(store: store) }
    var builder = GazetteerBuilder()
    for path in geonames { try builder.addGeoNames(path: path) }
    if let countries { try builder.addCountries(path: countries) }
    for path in curated { try builder.addCurated(path: path) }
    guard let store = GazetteerStore(image: builder.image(cacheKey: cache?.key ?? "")) else {
      throw GazetteerError(.io, "internal error: the built index is inconsistent")
    }
    cache?.save(store.image)
    return Gazetteer(store: store)
  }

  /// The files of the shipped gazetteer under `dataDirectory` (frontline's `gazetteer/`
  /// folder), with `extra` files added: GeoNames dumps and curated TSVs, told apart by
  /// their first line (a curated file starts with its header).
  public static func shippedSources(
    dataDirectory: String, extra: [String] = []
  ) throws(GazetteerError) -> (geonames: [String], curated: [String], countries: String) {
    let directory = dataDirectory.hasSuffix("/") ? String(dataDirectory.dropLast()) : dataDirectory
    var geonames = [
      directory + "/geonames/region-cities500.txt", directory + "/geonames/world-cities15000.txt",
    ]
    var curated = [directory + "/places.tsv", directory + "/regions.tsv"]
    for path in extra {
      if try GazetteerSources.isCurated(path) {
        curated.append(path)
      } else {
        geonames.append(path)
      }
    }
    return (geonames, curated, directory + "/geonames/countries.tsv")
  }

  /// Loads the shipped gazetteer from frontline's data folder, plus `extra` files.
  /// - Parameters:
  ///   - dataDirectory: the `gazetteer/` folder.
  ///   - extra: more GeoNames dumps or curated TSVs (told apart by their first line).
  ///   - cacheDirectory: where to keep the built index; `nil` builds it every time.
  /// - Throws: `GazetteerError` for a missing or malformed file.
  public static func loadShipped(
    dataDirectory: String, extra: [String] = [], cacheDirectory: String? = nil
  ) throws(GazetteerError) -> Gazetteer {
    let files = try shippedSources(dataDirectory: dataDirectory, extra: extra)
    return try load(
      geonames: files.geonames, curated: files.curated, countries: files.countries,
      cacheDirectory: cacheDirectory)
  }

  // MARK: - Places

  /// How many places there are (countries included).
  public var count: Int { store.placeCount }

  /// The place with this id: a curated id, `geonames:<geonameid>` (also for a curated place
  /// merged with that GeoNames row), or a derived region id (`geonames:163843#north`) as
  /// geocoding returns them.
  public func place(id: String) -> Place? {
    if let hash = id.lastIndex(of: "#") {
      guard let base = place(id: String(id[..<hash])),
        let direction = Direction(rawValue: String(id[id.index(after: hash)...]))
      else { return nil }
      return derivedRegion(direction, of: base)
    }
    return placeIndex(id: id).map(place(at:))
  }

  /// The store number of the place with this (non-derived) id.
  func placeIndex(id: String) -> Int? {
    if id.hasPrefix("geonames:"), let number = Int(id.dropFirst("geonames:".count)) {
      return store.place(geonameid: number)
    }
    return store.place(curatedID: id)
  }

  /// All places, in store order.
  public var places: [Place] { (0..<store.placeCount).map(place(at:)) }

  /// The place with store number `index`.
  func place(at index: Int) -> Place {
    let store = self.store
    let geonameid = store.placeGeonameid[index]
    let variants = store.variants[
      Int(store.placeVariantStart[index])..<Int(store.placeVariantStart[index + 1])]
    let source = store.placeSource[index]
    let note = store.placeNote[index]
    return Place(
      id: placeID(at: index), name: store.string(store.placeName[index]),
      variants: variants.map(store.string),
      position: Position(
        longitude: store.placeLongitude[index], latitude: store.placeLatitude[index]),
      country: store.string(store.placeCountry[index]),
      kind: Place.Kind(code: store.placeKind[index]),
      population: Int(store.placePopulation[index]),
      source: source != GazetteerStore.none ? store.string(source) : "GeoNames \(geonameid)",
      licence: store.string(store.placeLicence[index]),
      geonameid: geonameid >= 0 ? Int(geonameid) : nil,
      note: note != GazetteerStore.none ? store.string(note) : nil)
  }

  /// The id of the place with store number `index`, without making the whole place.
  func placeID(at index: Int) -> String {
    let curated = store.placeCuratedID[index]
    return curated != GazetteerStore.none
      ? store.string(curated) : "geonames:\(store.placeGeonameid[index])"
  }

  // MARK: - Name index

  /// How many distinct normalised keys the name index holds.
  public var nameKeyCount: Int { store.keyCount }

  /// Every entry of the name index (normalised key → place ids), for building a dictionary
  /// automaton over report text; keys come from `NameNormalizer.normalize`.
  public var nameEntries: [NameEntry] {
    (0..<store.keyCount).map { key in
      NameEntry(
        key: String(decoding: store.key(UInt32(key)), as: UTF8.self),
        placeIDs: placeNumbers(key: UInt32(key)).map(placeID(at:)))
    }
  }

  /// The places that have a spelling with this normalised key, in gazetteer order.
  public func places(forKey key: String) -> [Place] {
    var key = key
    guard let id = key.withUTF8({ store.keyID($0) }) else { return [] }
    return placeNumbers(key: id).map(place(at:))
  }

  private func placeNumbers(key: UInt32) -> [Int] {
    var seen: Set<Int> = []
    return (Int(store.postingStarts[Int(key)])..<Int(store.postingStarts[Int(key) + 1]))
      .map { Int(store.postingPlace[$0]) }
      .filter { seen.insert($0).inserted }
  }
}
