import GeoJSON

extension Snapshot {
  /// Reads back the features `frontline snapshot` writes (see `features(actors:)`), so two
  /// snapshot files can be compared. Places are identified by `place_id`; styling and names
  /// are ignored.
  /// - Parameters:
  ///   - features: the features of one snapshot (all with the same `date`).
  ///   - date: the snapshot's day when known otherwise (a FeatureCollection's `date`
  ///     member); needed when there are no features.
  ///   - file: the file name for messages.
  /// - Throws: `ControlError(.malformedSnapshot)` naming the feature and property.
  public init(features: [Feature], date collectionDate: Day? = nil, file: String?)
    throws(ControlError)
  {
    var date = collectionDate
    var states: [PlaceState] = []
    var seen: Set<String> = []
    for (index, feature) in features.enumerated() where feature.isPlaceFeature {
      let reader = FeatureProperties(feature: feature, index: index, file: file)
      let (state, featureDate) = try reader.state()
      if let date, date != featureDate {
        throw reader.error(
          "'date' \(featureDate) differs from \(date) before it; a snapshot file holds one "
            + "date (split a series first)")
      }
      date = featureDate
      guard seen.insert(state.place.id).inserted else {
        throw reader.error("place_id '\(state.place.id)' appears twice")
      }
      states.append(state)
    }
    guard let date else {
      throw ControlError(
        .malformedSnapshot,
        "no features and no 'date': not a snapshot written by frontline "
          + "snapshot", file: file)
    }
    self.init(date: date, states: states)
  }

  /// Reads back a snapshot file's object: a FeatureCollection (whose `date` member dates
  /// an empty snapshot) or a single Feature.
  /// - Parameters:
  ///   - object: the file's GeoJSON.
  ///   - file: the file name for messages.
  /// - Throws: `ControlError(.malformedSnapshot)`.
  public init(_ object: GeoJSONObject, file: String?) throws(ControlError) {
    var date: Day?
    if case .featureCollection(let collection) = object,
      let text = collection.foreignMembers["date"]?.stringValue
    {
      guard let day = Day(iso: text) else {
        throw ControlError(
          .malformedSnapshot, "the collection's 'date' is not an ISO 8601 day: '\(text)'",
          file: file)
      }
      date = day
    }
    try self.init(features: object.features, date: date, file: file)
  }
}

extension Feature {
  /// Whether this is one of a snapshot's place features rather than an area or front line
  /// that `snapshot --areas --fronts` writes beside them (those are not Points and have no
  /// `place_id`).
  fileprivate var isPlaceFeature: Bool {
    switch geometry {
    case nil, .point?: true
    default: properties?["place_id"] != nil
    }
  }
}

/// Typed access to one snapshot feature's properties, with errors naming the feature.
private struct FeatureProperties {
  let feature: Feature
  let index: Int
  let file: String?

  func error(_ message: String) -> ControlError {
    ControlError(.malformedSnapshot, "features[\(index)]: \(message)", file: file)
  }

  func state() throws(ControlError) -> (PlaceState, Day) {
    guard feature.properties != nil else { throw error("no properties") }
    let id = try string("place_id")
    let place = LedgerPlace(
      id: id, name: try optionalString("name") ?? id,
      position: try position(), country: try optionalString("country"),
      kind: try optionalString("kind"))
    let state = PlaceState(
      place: place, controller: try optionalString("controller"),
      status: try enumeration("status", ControlStatus.self),
      challenger: try optionalString("challenger"), since: try day("since"),
      sincePrecision: try optionalEnumeration("since_precision", DatePrecision.self) ?? .day,
      confidence: try number("confidence"),
      geoPrecision: try number("geo_precision").flatMap { GeoPrecision(rawValue: Int($0)) }
        ?? .exact,
      sources: try strings("sources"), evidence: try strings("evidence"),
      eventIDs: try strings("events"))
    return (state, try day("date"))
  }

  private func value(_ key: String) -> JSONValue? {
    guard let value = feature.properties?[key], value != .null else { return nil }
    return value
  }

  private func optionalString(_ key: String) throws(ControlError) -> String? {
    guard let value = value(key) else { return nil }
    guard let text = value.stringValue else { throw error("'\(key)' must be a string") }
    return text
  }

  private func string(_ key: String) throws(ControlError) -> String {
    guard let text = try optionalString(key), !text.isEmpty else {
      throw error("missing '\(key)'; is this a frontline snapshot?")
    }
    return text
  }

  private func number(_ key: String) throws(ControlError) -> Double? {
    guard let value = value(key) else { return nil }
    guard let number = value.numberValue else { throw error("'\(key)' must be a number") }
    return number
  }

  private func strings(_ key: String) throws(ControlError) -> [String] {
    guard let value = value(key) else { return [] }
    guard let array = value.arrayValue else { throw error("'\(key)' must be an array") }
    var result: [String] = []
    for element in array {
      guard let text = element.stringValue else {
        throw error("'\(key)' must hold strings")
      }
      result.append(text)
    }
    return result
  }

  private func day(_ key: String) throws(ControlError) -> Day {
    let text = try string(key)
    guard let day = Day(iso: text) else {
      throw error("'\(key)' is not an ISO 8601 day YYYY-MM-DD: '\(text)'")
    }
    return day
  }

  private func enumeration<Value: RawRepresentable & CaseIterable>(
    _ key: String, _ type: Value.Type
  ) throws(ControlError) -> Value where Value.RawValue == String {
    guard let value = try optionalEnumeration(key, type) else {
      throw error("missing '\(key)'; is this a frontline snapshot?")
    }
    return value
  }

  private func optionalEnumeration<Value: RawRepresentable & CaseIterable>(
    _ key: String, _ type: Value.Type
  ) throws(ControlError) -> Value? where Value.RawValue == String {
    guard let text = try optionalString(key) else { return nil }
    guard let value = Value(rawValue: text) else {
      let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
      throw error("'\(key)' must be one of \(allowed), found '\(text)'")
    }
    return value
  }

  private func position() throws(ControlError) -> Position? {
    switch feature.geometry {
    case nil: return nil
    case .point(let position)?: return position
    case let geometry?: throw error("geometry is a \(geometry.typeName); snapshots hold Points")
    }
  }
}
