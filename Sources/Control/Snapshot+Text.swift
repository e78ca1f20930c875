extension Snapshot {
  /// The CSV header of `csvRows` (RFC 4180, CRLF line ends).
  public static let csvHeader = CSV.line([
    "date", "place_id", "name", "country", "kind", "lat", "lon", "controller",
    "controller_name", "status", "challenger", "challenger_name", "since", "since_precision",
    "since_uncertain", "confidence", "geo_precision", "sources", "evidence", "events",
  ])

  /// One CSV line per place, without the header; lists are joined with ` | `, an unlocated
  /// place has empty `lat` and `lon`.
  /// - Parameter actors: actor names.
  public func csvRows(actors: ActorCatalog) -> String {
    let name = { (actor: String?) in actor.map { PlaceState.name(of: $0, actors) } ?? "" }
    var text = ""
    for state in states {
      text += CSV.line([
        date.description, state.place.id, state.place.name, state.place.country ?? "",
        state.place.kind ?? "", state.place.position.map { "\($0.latitude)" } ?? "",
        state.place.position.map { "\($0.longitude)" } ?? "", state.controller ?? "",
        name(state.controller), state.status.rawValue, state.challenger ?? "",
        name(state.challenger), state.since.description, state.sincePrecision.rawValue,
        state.sinceIsUncertain ? "true" : "false", state.confidence.map { "\($0)" } ?? "",
        "\(state.geoPrecision.rawValue)", state.sources.joined(separator: " | "),
        state.evidence.joined(separator: " | "), state.eventIDs.joined(separator: " | "),
      ])
    }
    return text
  }

  /// The snapshot for people: place, holder, status, challenger, since (`the week of …` or
  /// `YYYY-MM` when uncertain), confidence and number of sources.
  /// - Parameter actors: actor names.
  public func table(actors: ActorCatalog) -> TextTable {
    let rows = states.map { state in
      [
        state.placeText,
        state.controller.map { PlaceState.name(of: $0, actors) } ?? "unknown",
        state.status.rawValue, state.challenger.map { PlaceState.name(of: $0, actors) } ?? "",
        state.sinceText, state.confidence.map { "\($0)" } ?? "", "\(state.sources.count)",
      ]
    }
    return TextTable(
      header: ["PLACE", "CONTROLLER", "STATUS", "CHALLENGER", "SINCE", "CONFIDENCE", "SOURCES"],
      rows: rows, rightAligned: [5, 6])
  }
}
