/// Reads the GeoNames dump format ("geoname" table: `allCountries.txt`, `IQ.txt`,
/// `cities500.txt`…): 19 tab-separated columns, no header, UTF-8.
///
/// Columns used: 0 geonameid, 1 name, 2 asciiname, 3 alternatenames (comma-separated),
/// 4 latitude, 5 longitude, 6 feature class, 7 feature code, 8 country code, 14 population.
/// The others are checked only for being there.
enum GeoNamesReader {
  static let columnCount = 19

  /// Appends one record per row of `path` to `records`.
  ///
  /// Alternate names that are Latin script without a capital letter ("almqdadyt") are
  /// GeoNames' machine transliterations of Arabic and Persian spellings, and up to five
  /// capital letters ("KAC", "BH") are airport codes and abbreviations; nobody writes either
  /// for a place in a report, and they would only make fuzzy matches noisy, so they are
  /// skipped.
  /// - Throws: `GazetteerError` naming the file, line and column of a malformed row.
  static func read(
    path: String, arena: inout StringArena, into records: inout [PlaceRecord]
  ) throws(GazetteerError) {
    var spellings = SpellingSet()
    let licence = arena.intern("CC BY 4.0")
    try TSVReader(path: path).forEachLine { (line: inout TSVReader.Line) throws(GazetteerError) in
      let record = try Self.record(
        from: line, path: path, licence: licence, arena: &arena, spellings: &spellings)
      records.append(record)
    }
  }

  private static func record(
    from line: TSVReader.Line, path: String, licence: UInt32, arena: inout StringArena,
    spellings: inout SpellingSet
  ) throws(GazetteerError) -> PlaceRecord {
    try line.requireColumns(columnCount, row: "GeoNames row", file: path)
    if let column = line.firstInvalidUTF8Column() {
      throw GazetteerError(
        .invalidText, "not valid UTF-8", file: path, line: line.number, column: column)
    }
    guard let geonameid = try line.integer(0, "geonameid", file: path), geonameid > 0 else {
      throw GazetteerError(
        .missingField, "GeoNames row has no geonameid", file: path, line: line.number, column: 1)
    }
    guard !line.field(1).isEmpty else {
      throw GazetteerError(
        .missingField, "GeoNames row \(geonameid) has no name", file: path, line: line.number,
        column: line.column(1))
    }
    let latitude = try coordinate(line, 4, "latitude", limit: 90, path: path)
    let longitude = try coordinate(line, 5, "longitude", limit: 180, path: path)
    let population = try line.integer(14, "population", file: path) ?? 0
    guard population >= 0 else { throw line.invalid(14, "population", file: path) }
    let name = arena.append(line.field(1))
    var record = PlaceRecord(
      name: name, latitude: latitude, longitude: longitude,
      country: arena.intern(line.string(8)),
      kind: kind(featureClass: line.string(6), code: line.string(7), population: population),
      population: population, geonameid: geonameid, licence: licence, isCurated: false,
      featureCode: line.field(7).isEmpty ? nil : arena.intern(line.string(7)))
    spellings.reset(name: line.field(1), id: name)
    addSpelling(line.field(2), to: &record, arena: &arena, spellings: &spellings)
    let alternates = line.field(3)
    var start = 0
    for index in 0...alternates.count where index == alternates.count || alternates[index] == 0x2C {
      let alternate = UnsafeBufferPointer(rebasing: alternates[start..<index])
      if isWrittenSpelling(alternate) {
        addSpelling(alternate, to: &record, arena: &arena, spellings: &spellings)
      }
      start = index + 1
    }
    return record
  }

  private static func addSpelling(
    _ bytes: UnsafeBufferPointer<UInt8>, to record: inout PlaceRecord, arena: inout StringArena,
    spellings: inout SpellingSet
  ) {
    guard !bytes.isEmpty, let id = spellings.append(bytes, to: &arena) else { return }
    record.variants.append(id)
  }

  private static func coordinate(
    _ line: TSVReader.Line, _ index: Int, _ what: String, limit: Double, path: String
  ) throws(GazetteerError) -> Double {
    guard let value = try line.decimal(index, what, file: path) else {
      throw GazetteerError(
        .missingField, "GeoNames row has no \(what)", file: path, line: line.number,
        column: line.column(index))
    }
    guard abs(value) <= limit else {
      throw GazetteerError(
        .outOfRange, "\(what) \(value) is outside [-\(Int(limit)), \(Int(limit))]", file: path,
        line: line.number, column: line.column(index))
    }
    return value
  }

  /// Whether an alternate name is a spelling people write (see `read`).
  static func isWrittenSpelling(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var hasCapital = false
    var hasOther = false
    var latinOnly = true
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        index += 1
        if byte >= 0x41 && byte <= 0x5A {
          hasCapital = true
        } else if byte >= 0x61 && byte <= 0x7A {
          hasOther = true
        }
        continue
      }
      hasOther = true
      let value = NameFolder.decode(bytes, &index)
      if value >= 0x0370 && !(0x1E00..<0x1F00).contains(value) && !(0x2018...0x2019).contains(value)
      {
        latinOnly = false
      } else if !hasCapital, Unicode.Scalar(value)?.properties.isUppercase == true {
        hasCapital = true
      }
    }
    if latinOnly && !hasCapital { return false }
    if hasCapital && !hasOther && bytes.count <= 5 { return false }
    return true
  }

  /// The kind of a GeoNames feature: populated places by population (city ≥ 100,000,
  /// town ≥ 10,000, else village), hamlet for sections, localities, farms and abandoned or
  /// historical places without population; countries and administrative divisions; border
  /// posts and military airbases; everything else `other`.
  static func kind(featureClass: String, code: String, population: Int) -> Place.Kind {
    switch featureClass {
    case "P", "":
      if population == 0, hamletCodes.contains(code) { return .hamlet }
      return population >= 100_000 ? .city : population >= 10_000 ? .town : .village
    case "A":
      return code.hasPrefix("PCL") || code == "TERR" ? .country : .region
    case "L":
      return code == "RGN" || code == "RGNE" || code == "AREA" ? .region : .other
    case "S":
      return code == "PSTB" ? .borderCrossing : code == "AIRB" ? .airbase : .other
    default:
      return .other
    }
  }

  private static let hamletCodes: Set<String> = [
    "PPLX", "PPLL", "PPLF", "PPLQ", "PPLH", "PPLW", "PPLCH", "STLMT",
  ]
}
