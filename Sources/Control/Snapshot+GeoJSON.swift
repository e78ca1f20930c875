import GeoJSON

extension Snapshot {
  /// The snapshot as GeoJSON Point features, one per place (RFC 7946 §3.2); an unlocated
  /// place has a `null` geometry.
  ///
  /// Properties: `place_id`, `name`, `country`, `kind`, `controller`, `controller_name`,
  /// `status`, `challenger`, `challenger_name`, `since`, `since_precision`,
  /// `since_uncertain`, `date` (the snapshot's day), `confidence`, `geo_precision`,
  /// `sources`, `evidence`, `events`, `unlocated` (only when true), and simplestyle-spec
  /// 1.1.0 `marker-color`, `marker-symbol`, `marker-size`, `title`. The feature `id` is the
  /// `place_id`.
  /// - Parameter actors: names and colours of the actors.
  public func features(actors: ActorCatalog) -> [Feature] {
    states.map { $0.feature(date: date, actors: actors) }
  }

  /// The snapshot as a FeatureCollection, with the snapshot's day as foreign member `date`
  /// so that even an empty snapshot says when it is.
  /// - Parameter actors: names and colours of the actors.
  public func featureCollection(actors: ActorCatalog) -> FeatureCollection {
    FeatureCollection(
      features: features(actors: actors), foreignMembers: ["date": .string(date.description)])
  }
}

extension PlaceState {
  /// This state as a GeoJSON feature (see `Snapshot.features(actors:)`).
  /// - Parameters:
  ///   - date: the snapshot's day, written as `date`.
  ///   - actors: names and colours of the actors.
  public func feature(date: Day, actors: ActorCatalog) -> Feature {
    var properties = JSONObject()
    properties["place_id"] = .string(place.id)
    properties["name"] = .string(place.name)
    properties["country"] = place.country.map(JSONValue.string) ?? .null
    properties["kind"] = place.kind.map(JSONValue.string) ?? .null
    properties["controller"] = controller.map(JSONValue.string) ?? .null
    properties["controller_name"] =
      controller.map { .string(Self.name(of: $0, actors)) } ?? .null
    properties["status"] = .string(status.rawValue)
    properties["challenger"] = challenger.map(JSONValue.string) ?? .null
    properties["challenger_name"] =
      challenger.map { .string(Self.name(of: $0, actors)) } ?? .null
    properties["since"] = .string(since.description)
    properties["since_precision"] = .string(sincePrecision.rawValue)
    properties["since_uncertain"] = .bool(sinceIsUncertain)
    properties["date"] = .string(date.description)
    properties["confidence"] = confidence.map(JSONValue.number) ?? .null
    properties["geo_precision"] = .number(Double(geoPrecision.rawValue))
    properties["sources"] = .array(sources.map(JSONValue.string))
    properties["evidence"] = .array(evidence.map(JSONValue.string))
    properties["events"] = .array(eventIDs.map(JSONValue.string))
    if place.position == nil { properties["unlocated"] = true }
    properties["marker-color"] = .string(markerColour(actors: actors))
    properties["marker-symbol"] = .string(markerSymbol)
    properties["marker-size"] = .string(markerSize)
    properties["title"] = .string(title(actors: actors))
    return Feature(
      id: .string(place.id), geometry: place.position.map(Geometry.point),
      properties: properties)
  }
}
