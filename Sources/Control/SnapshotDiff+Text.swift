extension SnapshotDiff {
  /// The CSV header of `csvRows` (RFC 4180, CRLF line ends).
  public static let csvHeader = CSV.line([
    "place_id", "name", "lat", "lon", "change", "from", "to", "status_from", "status_to",
    "date_from", "date_to", "sources",
  ])

  /// One CSV line per changed place, without the header.
  public func csvRows() -> String {
    var text = ""
    for change in changes {
      let position = change.place.position
      text += CSV.line([
        change.place.id, change.place.name, position.map { "\($0.latitude)" } ?? "",
        position.map { "\($0.longitude)" } ?? "", change.kind.rawValue, change.from ?? "",
        change.to ?? "", change.before?.status.rawValue ?? "", change.after?.status.rawValue ?? "",
        change.before?.since.description ?? "", change.after?.since.description ?? "",
        ((change.after ?? change.before)?.sources ?? []).joined(separator: " | "),
      ])
    }
    return text
  }

  /// The changes for people: place, change, holders and statuses before and after.
  /// - Parameter actors: actor names.
  public func table(actors: ActorCatalog) -> TextTable {
    let name = { (actor: String?) in actor.map { PlaceState.name(of: $0, actors) } ?? "" }
    let rows = changes.map { change in
      [
        change.place.name, change.kind.rawValue, name(change.from), name(change.to),
        "\(change.before?.status.rawValue ?? "-") → \(change.after?.status.rawValue ?? "-")",
        change.after?.sinceText ?? "",
      ]
    }
    return TextTable(header: ["PLACE", "CHANGE", "FROM", "TO", "STATUS", "SINCE"], rows: rows)
  }

  /// Places gained, lost and net per actor, for people.
  /// - Parameter actors: actor names.
  public func summaryTable(actors: ActorCatalog) -> TextTable {
    let rows = balances.map { balance in
      [
        PlaceState.name(of: balance.actor, actors), "\(balance.gained)", "\(balance.lost)",
        balance.net > 0 ? "+\(balance.net)" : "\(balance.net)",
      ]
    }
    return TextTable(
      header: ["ACTOR", "GAINED", "LOST", "NET"], rows: rows, rightAligned: [1, 2, 3])
  }
}
