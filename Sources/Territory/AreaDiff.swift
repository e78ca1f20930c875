public import GeoJSON

/// Land that changed hands between two snapshots, estimated from their control areas.
public struct AreaDiff: Hashable, Sendable {
  /// The areas of the earlier snapshot.
  public var before: ControlAreas
  /// The areas of the later snapshot.
  public var after: ControlAreas
  /// The land that went from one holder to another, sorted by `from` then `to`.
  public var changes: [AreaChange]
  /// Per holder (actor id, `contested` or `unknown`): land gained, lost and net, sorted by
  /// holder.
  public var balances: [AreaBalance]

  /// - Parameters: as the properties.
  public init(
    before: ControlAreas, after: ControlAreas, changes: [AreaChange], balances: [AreaBalance]
  ) {
    self.before = before
    self.after = after
    self.changes = changes
    self.balances = balances
  }

  /// One Polygon or MultiPolygon feature per change, with `layer: "area-change"`, `from`,
  /// `to`, `area_km2` (geodesic), `from_date`, `to_date` and `estimate: true`.
  public var changeFeatures: [Feature] {
    changes.map { change in
      let properties = JSONObject([
        ("layer", "area-change"),
        ("from", .string(change.from)),
        ("to", .string(change.to)),
        ("area_km2", .number(ControlAreas.rounded(change.area / 1e6))),
        ("from_date", before.asOf.map(JSONValue.string) ?? .null),
        ("to_date", after.asOf.map(JSONValue.string) ?? .null),
        ("estimate", true),
      ])
      let geometry: Geometry =
        change.polygons.count == 1 ? .polygon(change.polygons[0]) : .multiPolygon(change.polygons)
      return Feature(geometry: geometry, properties: properties)
    }
  }

  /// The per-holder summary as a JSON array of objects with `actor`, `km2_gained`,
  /// `km2_lost` and `km2_net`, e.g. for a FeatureCollection's `summary` member.
  public var summary: JSONValue {
    .array(
      balances.map { balance in
        .object(
          JSONObject([
            ("actor", .string(balance.actor)),
            ("km2_gained", .number(ControlAreas.rounded(balance.gained / 1e6))),
            ("km2_lost", .number(ControlAreas.rounded(balance.lost / 1e6))),
            ("km2_net", .number(ControlAreas.rounded(balance.net / 1e6))),
          ]))
      })
  }
}

/// Land that went from one holder to another.
public struct AreaChange: Hashable, Sendable {
  /// The earlier holder's label (actor id, `contested` or `unknown`).
  public var from: String
  /// The later holder's label.
  public var to: String
  /// The land, longitude/latitude, RFC 7946 winding.
  public var polygons: [Polygon]
  /// Geodesic area on the WGS 84 ellipsoid, m².
  public var area: Double

  /// - Parameters: as the properties; `area` in m².
  public init(from: String, to: String, polygons: [Polygon], area: Double) {
    self.from = from
    self.to = to
    self.polygons = polygons
    self.area = area
  }
}

/// What one holder gained and lost between two snapshots.
public struct AreaBalance: Hashable, Sendable {
  /// The holder's label (actor id, `contested` or `unknown`).
  public var actor: String
  /// Land gained, m² (geodesic).
  public var gained: Double
  /// Land lost, m² (geodesic).
  public var lost: Double

  /// - Parameters: `gained` and `lost` in m².
  public init(actor: String, gained: Double, lost: Double) {
    self.actor = actor
    self.gained = gained
    self.lost = lost
  }

  /// Gained less lost, m².
  public var net: Double { gained - lost }
}
