extension TerritoryBuilder {
  /// The land that changed hands between two snapshots, with both snapshots' areas.
  ///
  /// Both are computed in one projection over the countries holding a point of either, so
  /// their areas cover the same land and every km² one holder gains another loses.
  /// - Parameters:
  ///   - before: the earlier snapshot's places; `beforeDate` its date (`as_of`).
  ///   - after: the later snapshot's places; `afterDate` its date.
  /// - Throws: as `areas(from:asOf:)`.
  public func diff(
    from before: [ControlPoint], asOf beforeDate: String? = nil, to after: [ControlPoint],
    asOf afterDate: String? = nil
  ) throws(TerritoryError) -> AreaDiff {
    try Self.validate(before)
    try Self.validate(after)
    let computation = try AreaComputation(
      countries: countries, positions: (before + after).map(\.position), reach: reach,
      segments: Self.discVertices)
    let old = try computation.layout(of: before)
    let new = try computation.layout(of: after)
    let oldAreas = try computation.controlAreas(
      of: old, asOf: beforeDate, placesWithoutReach: placesWithoutReach(before))
    let newAreas = try computation.controlAreas(
      of: new, asOf: afterDate, placesWithoutReach: placesWithoutReach(after))
    var changes: [AreaChange] = []
    var repairs = 0
    var rings = RingAreas()
    let planar = try computation.changes(from: old, to: new)
    for key in planar.keys.sorted() {
      let polygons = try AreaComputation.valid(
        planar[key] ?? [], engine: computation.engine, projection: computation.projection,
        repairs: &repairs)
      guard !polygons.isEmpty else { continue }
      changes.append(
        AreaChange(
          from: key.from, to: key.to, polygons: polygons, area: rings.area(of: polygons)))
    }
    var diff = AreaDiff(
      before: oldAreas, after: newAreas, changes: changes, balances: Self.balances(of: changes))
    diff.after.repairs += repairs
    return diff
  }

  /// Gained, lost and net per holder.
  static func balances(of changes: [AreaChange]) -> [AreaBalance] {
    var gained: [String: Double] = [:]
    var lost: [String: Double] = [:]
    for change in changes {
      gained[change.to, default: 0] += change.area
      lost[change.from, default: 0] += change.area
    }
    return Set(gained.keys).union(lost.keys).sorted().map {
      AreaBalance(actor: $0, gained: gained[$0] ?? 0, lost: lost[$0] ?? 0)
    }
  }
}
