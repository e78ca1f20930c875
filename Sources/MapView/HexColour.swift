/// CSS hex colours: validation for simplestyle-spec values and stable colours for actors that
/// the actors table does not know.
enum HexColour {
  /// Colours for unknown actors, distinct from each other and readable on the light map.
  private static let palette = [
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#9467bd", "#ff7f0e", "#2ca02c",
  ]

  /// `#rrggbb` in lower case for `#rgb`, `#rrggbb`, `rgb` or `rrggbb`; `nil` for anything else,
  /// so that no arbitrary text ever reaches a style attribute.
  static func normalise(_ text: String) -> String? {
    let digits = text.hasPrefix("#") ? text.dropFirst() : Substring(text)
    guard digits.count == 3 || digits.count == 6, digits.allSatisfy(\.isHexDigit) else {
      return nil
    }
    let lower = digits.lowercased()
    if lower.count == 6 { return "#" + lower }
    return "#" + lower.map { "\($0)\($0)" }.joined()
  }

  /// A colour from the palette chosen by a stable hash (FNV-1a) of `key`, so the same unknown
  /// actor gets the same colour in every map.
  static func fallback(for key: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key.lowercased().utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return palette[Int(hash % UInt64(palette.count))]
  }
}
