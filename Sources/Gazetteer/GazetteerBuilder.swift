/// Reads gazetteer sources, merges rows that describe the same place, and builds the
/// store's image: places, name index, fuzzy neighbour table and spatial order.
///
/// Merging rules:
/// - GeoNames rows with the same geonameid merge: the later row's fields win, spellings are
///   pooled.
/// - A country-table row becomes the GeoNames row with its geonameid, if loaded, or a new
///   place whose point is its capital's (a GeoNames place of that country whose spelling
///   has the capital's key, the most populous if several), else the centre of the extent of
///   the country's places; a country with neither is left out.
/// - A curated row wins over the GeoNames row with its geonameid, or, without a geonameid,
///   over a GeoNames populated place within `sameplaceDistance` that shares a normalised
///   spelling with it; it keeps its own id, name, point, kind and provenance and takes the
///   GeoNames population and spellings. A curated id loaded again (a later file) replaces
///   the earlier row and keeps its spellings.
struct GazetteerBuilder {
  /// How far apart a curated row without geonameid and a GeoNames row may be and still be
  /// the same place, metres.
  static let samePlaceDistance = 5_000.0

  private var arena = StringArena()
  private var records: [PlaceRecord] = []
  private var byGeonameID: [Int: Int] = [:]
  private var byCuratedID: [String: Int] = [:]
  private var pendingCountries: [(record: PlaceRecord, capital: String)] = []

  /// Adds a GeoNames dump file.
  mutating func addGeoNames(path: String) throws(GazetteerError) {
    var rows: [PlaceRecord] = []
    try GeoNamesReader.read(path: path, arena: &arena, into: &rows)
    records.reserveCapacity(records.count + rows.count)
    for row in rows {
      guard let geonameid = row.geonameid else { continue }
      if let existing = byGeonameID[geonameid] {
        var merged = row
        merged.absorbNames(of: records[existing], arena: arena)
        records[existing] = merged
      } else {
        byGeonameID[geonameid] = records.count
        records.append(row)
      }
    }
  }

  /// Adds the country table; call after the GeoNames files.
  mutating func addCountries(path: String) throws(GazetteerError) {
    let licence = arena.intern("CC BY 4.0")
    for row in try CountryTableReader.read(path: path) {
      let name = arena.append(row.name)
      if let existing = byGeonameID[row.geonameid] {
        records[existing].kind = .country
        records[existing].population = max(records[existing].population, row.population)
        records[existing].addVariant(name, arena: arena)
        continue
      }
      let record = PlaceRecord(
        name: name, latitude: .nan, longitude: .nan, country: arena.intern(row.iso2),
        kind: .country, population: row.population, geonameid: row.geonameid,
        licence: licence, isCurated: false)
      pendingCountries.append((record, row.capital))
    }
  }

  /// Adds a curated places file; call after the GeoNames files and the country table.
  mutating func addCurated(path: String) throws(GazetteerError) {
    var rows: [PlaceRecord] = []
    try CuratedPlacesReader.read(path: path, arena: &arena, into: &rows)
    let nearby = nearbySamePlaces(for: rows)
    for (row, match) in zip(rows, nearby) {
      guard let id = row.curatedID.map({ arena.string($0) }) else { continue }
      var merged = row
      if let earlier = byCuratedID[id] {
        merged.absorbNames(of: records[earlier], arena: arena)
        if merged.geonameid == nil { merged.geonameid = records[earlier].geonameid }
        merged.population = records[earlier].population
        records[earlier] = merged
        continue
      }
      let target = row.geonameid.flatMap { byGeonameID[$0] } ?? match
      if let target {
        let geonames = records[target]
        merged.absorbNames(of: geonames, arena: arena)
        merged.population = geonames.population
        merged.geonameid = geonames.geonameid
        records[target] = merged
        byCuratedID[id] = target
      } else {
        byCuratedID[id] = records.count
        if let geonameid = row.geonameid { byGeonameID[geonameid] = records.count }
        records.append(merged)
      }
    }
  }

  /// For each curated row without geonameid, the GeoNames populated place that is the same
  /// place (see the type's rules), found by a latitude window over the records.
  private func nearbySamePlaces(for rows: [PlaceRecord]) -> [Int?] {
    var result = [Int?](repeating: nil, count: rows.count)
    let pending = rows.indices.filter { rows[$0].geonameid == nil }
    guard !pending.isEmpty else { return result }
    var folder = NameFolder()
    let rowKeys = pending.map { spellingKeys(of: rows[$0], folder: &folder) }
    let window = Self.samePlaceDistance / 111_000 * 1.01  // degrees of latitude
    var bestDistance = [Double](repeating: .infinity, count: rows.count)
    for (index, record) in records.enumerated() where !record.isCurated {
      guard [.city, .town, .village, .hamlet].contains(record.kind) else { continue }
      for (slot, rowIndex) in pending.enumerated() {
        let row = rows[rowIndex]
        guard abs(record.latitude - row.latitude) <= window else { continue }
        let distance = SphereMath.haversine(
          record.latitude, record.longitude, row.latitude, row.longitude)
        guard distance <= Self.samePlaceDistance, distance < bestDistance[rowIndex] else {
          continue
        }
        guard !rowKeys[slot].isDisjoint(with: spellingKeys(of: record, folder: &folder)) else {
          continue
        }
        bestDistance[rowIndex] = distance
        result[rowIndex] = index
      }
    }
    return result
  }

  private func spellingKeys(of record: PlaceRecord, folder: inout NameFolder) -> Set<[UInt8]> {
    var keys: Set<[UInt8]> = []
    for id in [record.name] + record.variants {
      arena.withBytes(id) { folder.fold($0) }
      if !folder.key.isEmpty { keys.insert(folder.key) }
    }
    return keys
  }

  // MARK: - Building

  /// The image of everything added so far, in memory the caller owns.
  /// - Parameter cacheKey: recorded in the image, to recognise a cache file later.
  mutating func image(cacheKey: String) -> UnsafeMutableRawBufferPointer {
    var index = IndexBuilder()
    index.reserve(spellings: records.reduce(0) { $0 + 1 + $1.variants.count })
    var places = records
    var capitals = CapitalFinder(pending: pendingCountries)
    for (number, record) in places.enumerated() {
      let countries = capitals.countries(of: record) ?? []
      for spelling in [record.name] + record.variants {
        guard index.add(spelling: spelling, place: UInt32(number), arena: arena) else { continue }
        for country in countries {
          capitals.consider(record, place: number, key: index.lastKey, country: country)
        }
      }
      for country in countries { capitals.extend(record, country: country) }
    }
    for var country in capitals.resolved(places: places, arena: &arena) {
      let number = UInt32(places.count)
      for spelling in [country.name] + country.variants {
        _ = index.add(spelling: spelling, place: number, arena: arena)
      }
      country.isCurated = false
      places.append(country)
    }
    return assemble(places: places, index: index, cacheKey: cacheKey)
  }

  private func assemble(
    places: [PlaceRecord], index: IndexBuilder, cacheKey: String
  ) -> UnsafeMutableRawBufferPointer {
    var image = StoreImage()
    image.add(.text, arena.bytes)
    image.add(.textStarts, arena.starts)
    let none = GazetteerStore.none
    image.add(.placeName, places.map(\.name))
    image.add(.placeCuratedID, places.map { $0.curatedID ?? none })
    var variantStarts: [UInt32] = [0]
    var variants: [UInt32] = []
    for place in places {
      variants += place.variants
      variantStarts.append(UInt32(variants.count))
    }
    image.add(.placeVariantStart, variantStarts)
    image.add(.placeLatitude, places.map(\.latitude))
    image.add(.placeLongitude, places.map(\.longitude))
    image.add(.placePopulation, places.map { Int64($0.population) })
    image.add(.placeGeonameid, places.map { Int64($0.geonameid ?? -1) })
    image.add(.placeKind, places.map { $0.kind.code })
    image.add(.placeCountry, places.map(\.country))
    image.add(.placeSource, places.map { $0.source ?? none })
    image.add(.placeLicence, places.map(\.licence))
    image.add(.placeNote, places.map { $0.note ?? none })
    image.add(
      .placeProminence,
      places.map { place in
        let code = place.featureCode.map { arena.string($0) }
        let value = Prominence.of(
          kind: place.kind, population: place.population, featureCode: code,
          curated: place.isCurated)
        return UInt8((value * 255).rounded())
      })
    image.add(.variants, variants)
    index.addSections(to: &image)
    image.add(.curatedSlots, Self.slots(for: places) { $0.curatedID.map { arena.hash32($0) } })
    image.add(.geonameSlots, Self.slots(for: places) { $0.geonameid.map { Hash.mix(UInt64($0)) } })
    image.add(.spatialOrder, SpatialIndex.order(of: places))
    return image.build(cacheKey: cacheKey)
  }

  /// An open-addressing table (power-of-two size, at most half full) of place number + 1 by
  /// the hash `hash` gives, for the places that have one.
  private static func slots(
    for places: [PlaceRecord], hash: (PlaceRecord) -> UInt32?
  ) -> [UInt32] {
    let hashed = places.enumerated().compactMap { number, place in
      hash(place).map { (number, $0) }
    }
    var capacity = 16
    while capacity < hashed.count * 2 { capacity <<= 1 }
    var slots = [UInt32](repeating: 0, count: capacity)
    for (number, value) in hashed {
      var slot = Int(value) & (capacity - 1)
      while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
      slots[slot] = UInt32(number + 1)
    }
    return slots
  }
}

extension StringArena {
  /// The 32-bit FNV-1a hash of string `id`, as `GazetteerStore.place(curatedID:)` computes it.
  func hash32(_ id: UInt32) -> UInt32 { withBytes(id) { Hash.fnv32($0) } }
}

extension Place.Kind {
  /// The kind's number in the store.
  var code: UInt8 { UInt8(Self.allCases.firstIndex(of: self) ?? 0) }

  /// The kind with store number `code`.
  init(code: UInt8) {
    self = Int(code) < Self.allCases.count ? Self.allCases[Int(code)] : .other
  }
}
