import Control
import GeoJSON

extension ReportExtraction {
  /// Colour of place mentions on a map (simplestyle-spec `marker-color`): resolved grey,
  /// approximate orange.
  public static let mentionColour = "#7f7f7f"
  public static let approximateColour = "#ff9900"
  /// Colour for an actor the actors file does not know.
  public static let unknownColour = "#999999"

  /// One Point feature per control event (geometry `null` for a place nobody has located),
  /// styled by the receiving actor's colour (simplestyle-spec 1.1.0 `marker-color`).
  /// - Parameter actors: the actors file, for colours.
  public func eventFeatures(actors: ActorCatalog) -> [Feature] {
    events.map { extracted in
      let event = extracted.event
      var properties = JSONObject()
      properties["kind"] = "event"
      properties["id"] = .string(event.id)
      properties["from"] = event.from.map(JSONValue.string) ?? .null
      properties["to"] = .string(event.to)
      properties["status"] = .string(event.status.rawValue)
      properties["date"] = .string(event.date.description)
      properties["date_precision"] = .string(event.datePrecision.rawValue)
      properties["place"] = .string(extracted.placeName)
      properties["place_id"] = extracted.placeID.map(JSONValue.string) ?? .null
      properties["geo_precision"] = .number(Double(event.geoPrecision.rawValue))
      if extracted.isApproximate { properties["approximate"] = .bool(true) }
      if let uncertainty = extracted.uncertainty {
        properties["uncertainty_m"] = .number(uncertainty.rounded())
      }
      if extracted.position == nil { properties["unlocated"] = .bool(true) }
      properties["confidence"] = event.confidence.map(JSONValue.number) ?? .null
      properties["evidence"] = event.evidence.map(JSONValue.string) ?? .null
      properties["source"] = .string(source)
      properties["offsets"] = Self.offsets(extracted.evidenceRanges)
      properties["rule"] = .string(extracted.rule)
      if let note = event.note { properties["note"] = .string(note) }
      properties["marker-color"] = .string(actors.actor(id: event.to)?.colour ?? Self.unknownColour)
      properties["marker-size"] = "medium"
      return Feature(
        id: .string(event.id), geometry: extracted.position.map(Geometry.point),
        properties: properties)
    }
  }

  /// One feature per place mention: Points for resolved and approximate names, geometry
  /// `null` for unresolved ones, with where the name is in the report.
  public func mentionFeatures() -> [Feature] {
    mentions.map { mention in
      var properties = JSONObject()
      properties["kind"] = "mention"
      properties["name"] = .string(mention.name)
      properties["resolution"] = .string(mention.resolution.rawValue)
      let resolved = mention.resolution == .resolved
      properties["place"] = resolved ? mention.place.map { .string($0.name) } ?? .null : .null
      properties["place_id"] = resolved ? mention.place.map { .string($0.id) } ?? .null : .null
      if let place = mention.place, resolved {
        properties["country"] = .string(place.country)
        properties["place_kind"] = .string(place.kind.rawValue)
      }
      properties["score"] = mention.score.map(JSONValue.number) ?? .null
      if mention.isFuzzy { properties["fuzzy"] = .bool(true) }
      properties["geo_precision"] =
        mention.geoPrecision.map { .number(Double($0.rawValue)) } ?? .null
      if let uncertainty = mention.uncertainty {
        properties["approximate"] = .bool(true)
        properties["uncertainty_m"] = .number(uncertainty.rounded())
      }
      if let relation = mention.relation {
        properties["relation"] = .string(relation)
        properties["related_place_id"] = mention.place.map { .string($0.id) } ?? .null
      }
      if let cue = mention.cue { properties["cue"] = .string(cue) }
      properties["offsets"] = Self.offsets([mention.range])
      properties["context"] = .string(mention.context)
      properties["source"] = .string(source)
      if mention.position != nil {
        properties["marker-color"] = .string(
          resolved ? Self.mentionColour : Self.approximateColour)
        properties["marker-size"] = "small"
      }
      return Feature(geometry: mention.position.map(Geometry.point), properties: properties)
    }
  }

  private static func offsets(_ ranges: [TextRange]) -> JSONValue {
    .array(ranges.map { .array([.number(Double($0.start)), .number(Double($0.end))]) })
  }
}
