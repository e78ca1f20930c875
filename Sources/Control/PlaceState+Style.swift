extension PlaceState {
  /// The colour for unknown actors and unknown holders.
  static let unknownColour = "#cccccc"

  /// simplestyle-spec 1.1.0 `marker-color`: the holder's colour, or the challenger's when
  /// the holder is unknown.
  func markerColour(actors: ActorCatalog) -> String {
    let actor = controller ?? challenger
    return actor.flatMap { actors.actor(id: $0)?.colour } ?? Self.unknownColour
  }

  /// simplestyle-spec `marker-symbol` (a Maki icon): circle controlled, cross contested,
  /// circle-stroked besieged, triangle advance.
  var markerSymbol: String {
    switch status {
    case .controlled: "circle"
    case .contested: "cross"
    case .besieged: "circle-stroked"
    case .advance: "triangle"
    }
  }

  /// simplestyle-spec `marker-size` from the settlement kind: cities large, towns medium.
  var markerSize: String {
    switch place.kind?.lowercased() {
    case "city", "capital": "large"
    case "town": "medium"
    default: "small"
    }
  }

  /// A one-line caption: `Raqqa: ISIS, besieged by Syrian Democratic Forces, since
  /// 2017-06-01`.
  func title(actors: ActorCatalog) -> String {
    var parts = [controller.map { Self.name(of: $0, actors) }].compactMap { $0 }
    if let challenger {
      let actor = Self.name(of: challenger, actors)
      switch status {
      case .controlled: break
      case .contested: parts.append("contested by \(actor)")
      case .besieged: parts.append("besieged by \(actor)")
      case .advance: parts.append("\(actor) advancing")
      }
    }
    return "\(placeText): \(parts.joined(separator: ", ")), since \(sinceText)"
  }

  /// The place name with its location precision: `near Sinjar`, `Wadi al-Midar (region)`.
  var placeText: String {
    switch geoPrecision {
    case .exact: place.name
    case .near: "near \(place.name)"
    case .region: "\(place.name) (region)"
    }
  }

  /// `2017-05-29`, `the week of 2017-05-29`, or `2017-05`.
  var sinceText: String {
    switch sincePrecision {
    case .day: since.description
    case .week: "the week of \(since)"
    case .month: String(since.description.prefix(7))
    }
  }

  static func name(of actor: String, _ actors: ActorCatalog) -> String {
    actors.actor(id: actor)?.name ?? actor
  }
}
