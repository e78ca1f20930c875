/// Which border a distance is measured to: the land border between two countries
/// (`IQ-SY`, `SY-IQ`, `IRQ-SYR` are the same) or all land borders of one country (`SY`).
public struct BorderSelector: Hashable, Sendable, CustomStringConvertible {
  /// The country codes, ISO 3166 alpha-3 (or Natural Earth's code for entities without one),
  /// sorted: one for all of a country's borders, two for a pair.
  public let countries: [String]

  /// Whether this names one country's borders rather than a pair.
  public var isSingleCountry: Bool { countries.count == 1 }

  /// `IRQ-SYR` or `SYR`.
  public var description: String { countries.joined(separator: "-") }

  /// - Parameter countries: one or two alpha-3 codes, in any order.
  public init(countries: [String]) {
    self.countries = countries.map { $0.uppercased() }.sorted()
  }

  /// Parses one country (`SY`, `SYR`) or a pair (`IQ-SY`, `IRQ-SYR`) (any case, alpha-2 and alpha-3 may be mixed,
  /// `/` works as well as `-`).
  /// - Parameters:
  ///   - text: the selector.
  ///   - codes: the ISO table that maps alpha-2 to alpha-3.
  ///   - otherCodes: further alpha-3 codes to accept as they are, e.g. Natural Earth codes of
  ///     entities without an ISO code that appear in the boundary file.
  /// - Throws: `BordersError(.invalidSelector)` for a malformed selector,
  ///   `.unknownCountry` for a code that is in neither table.
  public init(
    parsing text: String, codes: CountryCodes, otherCodes: Set<String> = []
  ) throws(BordersError) {
    let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" }).map {
      String($0).trimmingSpaces.uppercased()
    }
    guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty }),
      text.filter({ $0 == "-" || $0 == "/" }).count == parts.count - 1
    else {
      throw BordersError(
        .invalidSelector,
        "'\(text)' is not a border: expected two country codes such as IQ-SY or IRQ-SYR, "
          + "or one (SY) for all of a country's land borders")
    }
    var resolved: [String] = []
    for part in parts {
      if let entry = codes.entry(for: part) {
        resolved.append(entry.iso3)
      } else if otherCodes.contains(part) {
        resolved.append(part)
      } else {
        throw BordersError(
          .unknownCountry,
          "'\(part)' in '\(text)' is not a country code: use ISO 3166 alpha-2 (IQ) or "
            + "alpha-3 (IRQ)")
      }
    }
    self.init(countries: resolved)
  }
}

extension String {
  var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
