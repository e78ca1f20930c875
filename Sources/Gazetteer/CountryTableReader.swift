/// Reads the country table (`gazetteer/geonames/countries.tsv`): a header line, then
/// `iso2, iso3, name, capital, population, geonameid`.
enum CountryTableReader {
  /// One country row.
  struct Row {
    var iso2: String
    var iso3: String
    var name: String
    var capital: String
    var population: Int
    var geonameid: Int
  }

  static let header = ["iso2", "iso3", "name", "capital", "population", "geonameid"]

  /// The rows of `path`, in order.
  /// - Throws: `GazetteerError` naming the file, line and column of a bad header or row.
  static func read(path: String) throws(GazetteerError) -> [Row] {
    var rows: [Row] = []
    var sawHeader = false
    try TSVReader(path: path).forEachLine { (line: inout TSVReader.Line) throws(GazetteerError) in
      guard sawHeader else {
        guard line.strings == header else {
          throw GazetteerError(
            .invalidHeader,
            "the country table needs the header '"
              + header.joined(separator: "\\t") + "'", file: path, line: line.number, column: 1)
        }
        sawHeader = true
        return
      }
      try line.requireColumns(header.count, file: path)
      guard line.field(0).count == 2, !line.field(2).isEmpty else {
        throw GazetteerError(
          .missingField, "row needs a two-letter iso2 code and a name", file: path,
          line: line.number, column: 1)
      }
      guard let geonameid = try line.integer(5, "geonameid", file: path), geonameid > 0 else {
        throw line.invalid(5, "geonameid", file: path)
      }
      rows.append(
        Row(
          iso2: line.string(0), iso3: line.string(1), name: line.string(2),
          capital: line.string(3),
          population: try line.integer(4, "population", file: path) ?? 0, geonameid: geonameid))
    }
    return rows
  }
}
