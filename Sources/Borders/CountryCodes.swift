/// ISO 3166-1 alpha-2 ↔ alpha-3 codes and names, loaded from a `countries.tsv` table
/// (GeoNames `countryInfo` columns `iso2`, `iso3`, `name`, …), plus the Natural Earth
/// `adm0_a3` codes that differ from ISO.
public struct CountryCodes: Hashable, Sendable {
  /// One country: alpha-2, alpha-3 and name.
  public struct Entry: Hashable, Sendable {
    /// ISO 3166-1 alpha-2, e.g. `IQ`.
    public var iso2: String
    /// ISO 3166-1 alpha-3, e.g. `IRQ`.
    public var iso3: String
    /// The country's name in the table.
    public var name: String
  }

  /// Natural Earth `adm0_a3` codes for entities whose ISO alpha-3 code differs; the boundary
  /// lines use them. Entities with no ISO code (Somaliland `SOL`, Northern Cyprus `CYN`, …)
  /// keep their Natural Earth code.
  public static let naturalEarthAliases: [String: String] = [
    "PSX": "PSE", "SDS": "SSD", "SAH": "ESH", "KOS": "XKX",
  ]

  /// The entries, in file order.
  public let entries: [Entry]
  private let byCode: [String: Int]

  /// Parses a tab-separated table with a header line naming at least the columns `iso2`,
  /// `iso3` and `name`.
  /// - Parameters:
  ///   - text: the table.
  ///   - file: its name, for errors.
  /// - Throws: `BordersError(.invalidData)` with the line and column of a malformed row.
  public init(tsv text: String, file: String? = nil) throws(BordersError) {
    // "\r\n" is one Character in Swift, so CRLF files split the same way.
    var lines = text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    if lines.last?.isEmpty == true { lines.removeLast() }
    guard let header = lines.first else {
      throw BordersError(.invalidData, "empty country table", file: file, line: 1, column: 1)
    }
    let columns = header.split(separator: "\t", omittingEmptySubsequences: false)
    guard let iso2Column = columns.firstIndex(of: "iso2"),
      let iso3Column = columns.firstIndex(of: "iso3"),
      let nameColumn = columns.firstIndex(of: "name")
    else {
      throw BordersError(
        .invalidData, "the header must name the columns iso2, iso3 and name", file: file,
        line: 1, column: 1)
    }
    var entries: [Entry] = []
    var byCode: [String: Int] = [:]
    for (offset, line) in lines.enumerated().dropFirst() where !line.isEmpty {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      let needed = max(iso2Column, iso3Column, nameColumn)
      guard fields.count > needed else {
        throw BordersError(
          .invalidData,
          "expected at least \(needed + 1) tab-separated columns, got \(fields.count)",
          file: file, line: offset + 1, column: 1)
      }
      let iso2 = fields[iso2Column].uppercased()
      let iso3 = fields[iso3Column].uppercased()
      guard Self.isCode(iso2, length: 2), Self.isCode(iso3, length: 3) else {
        let column = fields[0..<iso2Column].reduce(1) { $0 + $1.count + 1 }
        throw BordersError(
          .invalidData, "'\(iso2)'/'\(iso3)' are not ISO 3166 alpha-2/alpha-3 codes",
          file: file, line: offset + 1, column: column)
      }
      byCode[iso2] = entries.count
      byCode[iso3] = entries.count
      entries.append(Entry(iso2: iso2, iso3: iso3, name: fields[nameColumn]))
    }
    for (alias, iso3) in Self.naturalEarthAliases {
      if let index = byCode[iso3] { byCode[alias] = index }
    }
    self.entries = entries
    self.byCode = byCode
  }

  /// Loads the table from a file, such as frontline's `gazetteer/geonames/countries.tsv`.
  /// - Throws: `BordersError` naming the file.
  public init(path: String) throws(BordersError) {
    let bytes = try DataFile.read(path)
    try self.init(tsv: String(decoding: bytes, as: UTF8.self), file: path)
  }

  /// The entry for an alpha-2, alpha-3 or Natural Earth code, any case.
  public func entry(for code: String) -> Entry? {
    byCode[code.uppercased()].map { entries[$0] }
  }

  /// The ISO alpha-3 code a boundary line's Natural Earth `adm0_a3` code stands for: the ISO
  /// code where one exists, else the Natural Earth code itself.
  public static func iso3(naturalEarth code: String) -> String {
    naturalEarthAliases[code] ?? code
  }

  static func isCode(_ text: String, length: Int) -> Bool {
    text.utf8.count == length && text.utf8.allSatisfy { (65...90).contains($0) }
  }
}
