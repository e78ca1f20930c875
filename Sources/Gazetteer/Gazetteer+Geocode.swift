extension Gazetteer {
  /// Ranked candidates for a place name as a report spells it.
  ///
  /// Exact and folded spellings come first; a leading compass direction makes a part of a
  /// country ("northern Syria"); otherwise misspellings are matched within a small weighted
  /// edit distance. Candidates are ranked by string similarity, the place's kind and size,
  /// and proximity to `options.near`; `options.countries` filters. A name that matches
  /// nothing is `unresolved`, with the closest spellings as suggestions, never a guess.
  /// - Parameters:
  ///   - name: the name, any script.
  ///   - options: filter, bias and limit.
  public func geocode(_ name: String, options: GeocodeOptions = GeocodeOptions()) -> GeocodeResult {
    var matcher = GeocodeMatcher(gazetteer: self, options: options)
    return matcher.geocode(name)
  }

  /// Geocodes many names with the same options, reusing buffers between them.
  /// - Parameters:
  ///   - names: the names, in order.
  ///   - options: filter, bias and limit.
  /// - Returns: one result per name, in order.
  public func geocode(_ names: [String], options: GeocodeOptions = GeocodeOptions())
    -> [GeocodeResult]
  {
    var matcher = GeocodeMatcher(gazetteer: self, options: options)
    return names.map { matcher.geocode($0) }
  }
}
