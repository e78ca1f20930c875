/// Reads the curated places TSV (`gazetteer/places.tsv`): a header line, then
/// `id, name, variants, lat, lon, country, kind, geonameid, source, licence, note`, with the
/// variants separated by `|`. Blank lines and lines starting with `#` are skipped.
enum CuratedPlacesReader {
  static let header = [
    "id", "name", "variants", "lat", "lon", "country", "kind", "geonameid", "source", "licence",
    "note",
  ]

  /// Appends one record per row of `path` to `records`.
  /// - Throws: `GazetteerError` naming the file, line and column of a bad header or row
  ///   (wrong column count, empty id or name, bad number, unknown kind, duplicate id).
  static func read(
    path: String, arena: inout StringArena, into records: inout [PlaceRecord]
  ) throws(GazetteerError) {
    var sawHeader = false
    var ids: Set<String> = []
    try TSVReader(path: path).forEachLine { (line: inout TSVReader.Line) throws(GazetteerError) in
      if line.bytes.first == UInt8(ascii: "#") { return }
      if let column = line.firstInvalidUTF8Column() {
        throw GazetteerError(
          .invalidText, "not valid UTF-8", file: path, line: line.number, column: column)
      }
      guard sawHeader else {
        try checkHeader(line, path: path)
        sawHeader = true
        return
      }
      let record = try Self.record(from: line, path: path, arena: &arena)
      let id = line.string(0)
      guard ids.insert(id).inserted else {
        throw GazetteerError(
          .duplicateID, "id '\(id)' appears twice in this file", file: path, line: line.number,
          column: 1)
      }
      records.append(record)
    }
    guard sawHeader else {
      throw GazetteerError(
        .invalidHeader, "empty file; expected the header \(header.joined(separator: " "))",
        file: path, line: 1, column: 1)
    }
  }

  private static func checkHeader(_ line: TSVReader.Line, path: String) throws(GazetteerError) {
    let names = line.strings
    guard names == header else {
      throw GazetteerError(
        .invalidHeader,
        "curated places need the header '\(header.joined(separator: "\\t"))', found '"
          + names.joined(separator: "\\t") + "'", file: path, line: line.number, column: 1)
    }
  }

  private static func record(
    from line: TSVReader.Line, path: String, arena: inout StringArena
  ) throws(GazetteerError) -> PlaceRecord {
    try line.requireColumns(header.count, file: path)
    for (index, what) in [(0, "id"), (1, "name"), (3, "lat"), (4, "lon")]
    where line.field(index).isEmpty {
      throw GazetteerError(
        .missingField, "\(what) is empty", file: path, line: line.number,
        column: line.column(index))
    }
    let latitude = try line.decimal(3, "lat", file: path) ?? 0
    let longitude = try line.decimal(4, "lon", file: path) ?? 0
    guard abs(latitude) <= 90 else { throw outOfRange(line, 3, "lat", path: path) }
    guard abs(longitude) <= 180 else { throw outOfRange(line, 4, "lon", path: path) }
    let country = line.string(5)
    guard isCountryList(country) else {
      throw GazetteerError(
        .missingField,
        "country '\(country)' must be ISO 3166-1 alpha-2 codes joined by '/' (IQ, IQ/SY)",
        file: path, line: line.number, column: line.column(5))
    }
    let kindText = line.string(6)
    guard let kind = Place.Kind(rawValue: kindText) else {
      throw GazetteerError(
        .unknownKind,
        "kind '\(kindText)' is not one of "
          + Place.Kind.allCases.map(\.rawValue).joined(separator: ", "),
        file: path, line: line.number, column: line.column(6))
    }
    let geonameid = try line.integer(7, "geonameid", file: path)
    if let geonameid, geonameid <= 0 { throw line.invalid(7, "geonameid", file: path) }
    var record = PlaceRecord(
      curatedID: arena.append(line.field(0)), name: arena.append(line.field(1)),
      latitude: latitude, longitude: longitude, country: arena.intern(country), kind: kind,
      population: 0, geonameid: geonameid, source: arena.append(line.field(8)),
      licence: arena.intern(line.string(9)),
      note: line.field(10).isEmpty ? nil : arena.append(line.field(10)), isCurated: true)
    let variants = line.field(2)
    var start = 0
    for index in 0...variants.count where index == variants.count || variants[index] == 0x7C {
      if index > start {
        let id = arena.append(UnsafeBufferPointer(rebasing: variants[start..<index]))
        record.addVariant(id, arena: arena)
      }
      start = index + 1
    }
    return record
  }

  private static func outOfRange(
    _ line: TSVReader.Line, _ index: Int, _ what: String, path: String
  ) -> GazetteerError {
    GazetteerError(
      .outOfRange, "\(what) \(line.string(index)) is out of range", file: path,
      line: line.number, column: line.column(index))
  }

  private static func isCountryList(_ text: String) -> Bool {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    return !parts.isEmpty
      && parts.allSatisfy { part in
        part.utf8.count == 2 && part.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
      }
  }
}
