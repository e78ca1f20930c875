import GeoJSON

extension SnapshotDiff {
  /// The changed places as GeoJSON Point features (`null` geometry when unlocated).
  ///
  /// Properties: `place_id`, `name`, `change`, `from`, `from_name`, `to`, `to_name`,
  /// `status_from`, `status_to`, `challenger`, `date_from` and `date_to` (the `since` of the
  /// state before and after; `date_to_uncertain` when the later one is only known to a week
  /// or month), `sources` (of the later state, else the earlier), and simplestyle-spec 1.1.0
  /// `marker-color` (the colour of the actor the change favours: the new holder, the
  /// challenger of a contested or besieged place, the holder of a relieved one, the former
  /// holder of a lost or gone one), `marker-symbol`, `marker-size`, `title`.
  /// - Parameter actors: names and colours of the actors.
  public func features(actors: ActorCatalog) -> [Feature] {
    changes.map { $0.feature(actors: actors) }
  }

  /// A FeatureCollection of `features(actors:)` with foreign members `date_from`, `date_to`
  /// (the snapshot days) and `summary` (`summaryJSON`).
  /// - Parameter actors: names and colours of the actors.
  public func featureCollection(actors: ActorCatalog) -> FeatureCollection {
    var members = JSONObject()
    members["date_from"] = .string(dateFrom.description)
    members["date_to"] = .string(dateTo.description)
    members["summary"] = summaryJSON(actors: actors)["actors"]
    return FeatureCollection(features: features(actors: actors), foreignMembers: members)
  }

  /// The per-actor summary: `{"date_from", "date_to", "actors": [{"actor", "name",
  /// "gained", "lost", "net"}]}`.
  /// - Parameter actors: actor names.
  public func summaryJSON(actors: ActorCatalog) -> JSONObject {
    let rows: [JSONValue] = balances.map { balance in
      [
        "actor": .string(balance.actor),
        "name": .string(PlaceState.name(of: balance.actor, actors)),
        "gained": .number(Double(balance.gained)), "lost": .number(Double(balance.lost)),
        "net": .number(Double(balance.net)),
      ]
    }
    return [
      "date_from": .string(dateFrom.description), "date_to": .string(dateTo.description),
      "actors": .array(rows),
    ]
  }
}

extension PlaceChange {
  /// This change as a GeoJSON feature (see `SnapshotDiff.features(actors:)`).
  /// - Parameter actors: names and colours of the actors.
  public func feature(actors: ActorCatalog) -> Feature {
    let name = { (actor: String?) in
      actor.map { JSONValue.string(PlaceState.name(of: $0, actors)) } ?? .null
    }
    let latest = after ?? before
    var properties = JSONObject()
    properties["place_id"] = .string(place.id)
    properties["name"] = .string(place.name)
    properties["change"] = .string(kind.rawValue)
    properties["from"] = from.map(JSONValue.string) ?? .null
    properties["from_name"] = name(from)
    properties["to"] = to.map(JSONValue.string) ?? .null
    properties["to_name"] = name(to)
    properties["status_from"] = before.map { .string($0.status.rawValue) } ?? .null
    properties["status_to"] = after.map { .string($0.status.rawValue) } ?? .null
    properties["challenger"] = after?.challenger.map(JSONValue.string) ?? .null
    properties["date_from"] = before.map { .string($0.since.description) } ?? .null
    properties["date_to"] = after.map { .string($0.since.description) } ?? .null
    properties["date_to_uncertain"] = .bool(after?.sinceIsUncertain ?? false)
    properties["sources"] = .array((latest?.sources ?? []).map(JSONValue.string))
    if place.position == nil { properties["unlocated"] = true }
    properties["marker-color"] = .string(colour(actors))
    properties["marker-symbol"] = .string(symbol)
    properties["marker-size"] = .string(latest?.markerSize ?? "small")
    properties["title"] = .string(title(actors))
    return Feature(
      id: .string(place.id), geometry: place.position.map(Geometry.point),
      properties: properties)
  }

  private func colour(_ actors: ActorCatalog) -> String {
    let actor: String?
    switch kind {
    case .captured, .relieved, .new: actor = to ?? after?.challenger
    case .contested, .besieged: actor = after?.challenger ?? to
    case .lost, .gone: actor = from
    }
    return actor.flatMap { actors.actor(id: $0)?.colour } ?? PlaceState.unknownColour
  }

  /// Maki icons: star captured, danger lost, cross contested, roadblock besieged, circle
  /// relieved, marker new, marker-stroked gone.
  private var symbol: String {
    switch kind {
    case .captured: "star"
    case .lost: "danger"
    case .contested: "cross"
    case .besieged: "roadblock"
    case .relieved: "circle"
    case .new: "marker"
    case .gone: "marker-stroked"
    }
  }

  /// `Umm Jrais: captured by Popular Mobilization Units from ISIS (since the week of …)`.
  func title(_ actors: ActorCatalog) -> String {
    let name = { (actor: String?) in actor.map { PlaceState.name(of: $0, actors) } ?? "unknown" }
    let challenger = name(after?.challenger)
    let text: String
    switch kind {
    case .captured:
      text = "captured by \(name(to))" + (from.map { _ in " from \(name(from))" } ?? "")
    case .lost: text = "lost by \(name(from))"
    case .contested: text = "\(name(to)) challenged by \(challenger)"
    case .besieged: text = "\(name(to)) besieged by \(challenger)"
    case .relieved: text = "relieved, held by \(name(to))"
    case .new:
      text = "new, \(after?.controller == nil ? "\(challenger) advancing" : "held by \(name(to))")"
    case .gone: text = "gone, was held by \(name(from))"
    }
    let since = after.map { " (since \($0.sinceText))" } ?? ""
    return "\(place.name): \(text)\(since)"
  }
}
