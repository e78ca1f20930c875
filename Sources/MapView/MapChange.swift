import GeoJSON

/// A change of control to highlight on the map: from a diff's `change` property, or found
/// between two steps of a series.
struct MapChange: Hashable, Sendable {
  /// The kinds of change a diff writes, each drawn with its own ring or hatching.
  enum Kind: String, CaseIterable, Hashable, Sendable {
    case captured, lost, contested, besieged, relieved, new, gone

    /// The ring's (or hatching's) colour.
    var colour: String {
      switch self {
      case .captured: "#d7191c"
      case .lost: "#7b3294"
      case .contested: "#ff7f00"
      case .besieged: "#8b0000"
      case .relieved: "#1a9641"
      case .new: "#2b83ba"
      case .gone: "#555555"
      }
    }

    /// SVG `stroke-dasharray` of the ring, `nil` for solid.
    var dash: String? {
      switch self {
      case .captured, .relieved, .new: nil
      case .lost, .gone: "4 3"
      case .contested: "2 2"
      case .besieged: "6 2"
      }
    }

    /// The legend's wording.
    var legendText: String {
      switch self {
      case .captured: "captured"
      case .lost: "lost"
      case .contested: "contested"
      case .besieged: "besieged"
      case .relieved: "relieved"
      case .new: "newly reported"
      case .gone: "no longer reported"
      }
    }
  }

  var kind: Kind
  /// Actor ids before and after, when known.
  var from: String?
  var to: String?
  /// The dates compared, when known.
  var dateFrom: String?
  var dateTo: String?

  /// The change a feature declares in its `change` property (a diff's output), with its
  /// `from`, `to`, `date_from` and `date_to`; `nil` when it declares none or an unknown kind.
  static func declared(by properties: JSONObject?) -> MapChange? {
    guard let properties, let text = properties["change"]?.stringValue,
      let kind = Kind(rawValue: text.lowercased())
    else { return nil }
    return MapChange(
      kind: kind, from: PropertyText.of(properties["from"]), to: PropertyText.of(properties["to"]),
      dateFrom: PropertyText.of(properties["date_from"]),
      dateTo: PropertyText.of(properties["date_to"]))
  }

  /// The change from `before` (the same place one step earlier, `nil` when it was not there)
  /// to `after`.
  static func between(_ before: Feature?, _ after: Feature, dateFrom: String, dateTo: String)
    -> MapChange?
  {
    if let declared = declared(by: after.properties) { return declared }
    let now = after.properties ?? JSONObject()
    guard let before else {
      return MapChange(kind: .new, to: controller(now), dateFrom: dateFrom, dateTo: dateTo)
    }
    let then = before.properties ?? JSONObject()
    let (from, to) = (controller(then), controller(now))
    let kind: Kind?
    if let from, let to, from.lowercased() != to.lowercased() {
      kind = .captured
    } else {
      kind = statusChange(from: status(then), to: status(now))
    }
    return kind.map { MapChange(kind: $0, from: from, to: to, dateFrom: dateFrom, dateTo: dateTo) }
  }

  private static func statusChange(from: String?, to: String?) -> Kind? {
    guard from != to else { return nil }
    switch to {
    case "contested": return .contested
    case "besieged": return .besieged
    default: return from == "besieged" ? .relieved : nil
    }
  }

  private static func controller(_ properties: JSONObject) -> String? {
    PropertyText.of(properties["controller"]) ?? PropertyText.of(properties["to"])
  }

  private static func status(_ properties: JSONObject) -> String? {
    PropertyText.of(properties["status"])?.lowercased()
  }
}
