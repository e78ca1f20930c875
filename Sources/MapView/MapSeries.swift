import GeoJSON

/// A time series of map states, such as `frontline snapshot --as-of-each month`: one step per
/// date, each with the features that hold on that date. The HTML map steps through it with a
/// slider.
public struct MapSeries: Hashable, Sendable {
  /// The state on one date.
  public struct Step: Hashable, Sendable {
    /// The date as written in the input, ISO 8601 (`2017-06-01`).
    public var date: String
    /// The features on that date.
    public var features: [Feature]

    /// - Parameters:
    ///   - date: an ISO 8601 date, so that dates sort as text.
    ///   - features: the features of that date.
    public init(date: String, features: [Feature]) {
      self.date = date
      self.features = features
    }
  }

  /// The steps, oldest first, dates distinct.
  public let steps: [Step]

  /// Groups features by the date in `dateProperty`.
  /// - Parameters:
  ///   - features: the series' features, in any order.
  ///   - dateProperty: the property holding each feature's date (`date`).
  ///   - file: where the features came from, for messages.
  /// - Throws: `.invalidSeries` naming the first feature without a string date, or when there
  ///   are no features.
  public init(features: [Feature], dateProperty: String = "date", file: String? = nil)
    throws(MapViewError)
  {
    var byDate: [String: [Feature]] = [:]
    for (index, feature) in features.enumerated() {
      guard let date = feature.properties?[dateProperty]?.stringValue, !date.isEmpty else {
        throw MapViewError(
          .invalidSeries,
          "feature \(index) has no '\(dateProperty)' text property; every feature of a time "
            + "series needs the date it holds on", file: file)
      }
      byDate[date, default: []].append(feature)
    }
    try self.init(steps: byDate.keys.sorted().map { Step(date: $0, features: byDate[$0] ?? []) })
  }

  /// - Parameter steps: one step per date.
  /// - Throws: `.invalidSeries` when `steps` is empty or two steps share a date.
  public init(steps: [Step]) throws(MapViewError) {
    guard !steps.isEmpty else {
      throw MapViewError(.invalidSeries, "a time series needs at least one dated feature")
    }
    let sorted = steps.sorted { $0.date < $1.date }
    for (earlier, later) in zip(sorted, sorted.dropFirst()) where earlier.date == later.date {
      throw MapViewError(.invalidSeries, "two steps of the series share the date \(later.date)")
    }
    self.steps = sorted
  }

  /// Sorts inputs into layers shown all the time and a time series: inputs whose every
  /// feature is a dated snapshot state (`date` and `controller` members, as `frontline
  /// snapshot` writes them) form the series, when together they span two dates or more; with
  /// `force`, every input does, grouped by `date`.
  /// - Parameters:
  ///   - layers: the inputs.
  ///   - force: group every input by `date`, whatever its features look like.
  /// - Throws: `.invalidSeries` with `force` when a feature has no date.
  public static func gather(_ layers: [MapLayer], force: Bool = false) throws(MapViewError)
    -> (layers: [MapLayer], series: MapSeries?)
  {
    let isDated = layers.map { layer in
      force || (!layer.features.isEmpty && layer.features.allSatisfy(isSnapshotState))
    }
    let dated = zip(layers, isDated).filter(\.1).map(\.0)
    let features = dated.flatMap(\.features)
    let dates = Set(features.compactMap { $0.properties?["date"]?.stringValue })
    guard force || dates.count >= 2 else { return (layers, nil) }
    let series = try MapSeries(features: features, file: dated.count == 1 ? dated[0].name : nil)
    return (zip(layers, isDated).filter { !$0.1 }.map(\.0), series)
  }

  private static func isSnapshotState(_ feature: Feature) -> Bool {
    guard let properties = feature.properties else { return false }
    return properties["date"]?.stringValue != nil && properties["controller"] != nil
  }

  /// The index of the last step on or before `date` (ISO 8601 text); the first step when
  /// every step is later.
  public func stepIndex(onOrBefore date: String) -> Int {
    steps.lastIndex { $0.date <= date } ?? 0
  }

  /// What changed at each step against the step before, per feature index of the step: a
  /// place whose controller changed was captured; one that became contested or besieged, or
  /// was relieved, says so; a place not in the step before is new. The first step has none.
  func changes() -> [[Int: MapChange]] {
    var result: [[Int: MapChange]] = [[:]]
    for (previous, step) in zip(steps, steps.dropFirst()) {
      var before: [String: Feature] = [:]
      for feature in previous.features { before[FeatureKey.of(feature)] = feature }
      var changes: [Int: MapChange] = [:]
      for (index, feature) in step.features.enumerated() {
        let change = MapChange.between(
          before[FeatureKey.of(feature)], feature, dateFrom: previous.date, dateTo: step.date)
        if let change { changes[index] = change }
      }
      result.append(changes)
    }
    return result
  }
}
