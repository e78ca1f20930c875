import Foundation
import GeoJSON

/// How one feature is drawn, the same in the HTML and the SVG map: simplestyle-spec
/// properties (`marker-color`, `stroke`, `fill`, …) when the feature has them, else the
/// colour of its actor (`controller`, else `to`) from the actors table.
struct FeatureStyle: Hashable, Sendable {
  /// Fill of point markers: the holder's colour.
  var markerColour: String
  /// Outline of point markers: the challenger's colour when there is one.
  var markerStroke: String
  /// `stroke-dasharray` of the outline of a contested, besieged or advanced-on place.
  var markerDash: String?
  /// Radius of point markers, pixels.
  var markerRadius: Double
  /// Stroke of lines and polygon outlines.
  var stroke: String
  /// Width of lines and outlines, pixels.
  var strokeWidth: Double
  var strokeOpacity: Double
  /// `stroke-dasharray` for lines, e.g. front lines; `nil` for solid.
  var dash: String?
  /// Fill of polygons.
  var fill: String
  var fillOpacity: Double
  /// The highlighted change, if any.
  var change: MapChange?
  /// The short name written beside points on the map (`name`, …, else `title`).
  var label: String?
  /// The popup's heading: the simplestyle `title`, else the label.
  var heading: String?
  /// Every actor the feature names, as resolved by the table (legend entries).
  var actors: [MapActor]
  /// Whether the feature is a front line (`between`).
  var isFrontLine: Bool
  /// Whether the place is contested, besieged or advanced on.
  var isChallenged: Bool
  /// Whether neither simplestyle nor an actor gave the feature a colour (a place mention,
  /// plain GeoJSON): the legend explains the grey.
  var hasNoColour: Bool

  static let defaultPointColour = "#555555"
  static let defaultLineColour = "#333333"
  static let defaultAreaColour = "#888888"
  static let frontLineColour = "#c0392b"
  static let frontLineDash = "10 5"
  static let markerOutline = "#222222"
  static let challengedDash = "3 2"
  private static let labelProperties = ["name", "place_name", "label", "title", "place"]
  private static let actorProperties = ["controller", "to", "from", "actor"]
  private static let markerRadii = ["small": 4.0, "medium": 6.0, "large": 9.0]

  /// - Parameters:
  ///   - feature: the feature to style.
  ///   - actors: the actors table.
  ///   - change: a change found outside the feature (between series steps); else the
  ///     feature's own `change` property counts.
  init(_ feature: Feature, actors: ActorTable, change: MapChange? = nil) {
    let properties = feature.properties ?? JSONObject()
    let sides = PlaceSides(properties)
    let actorColour = sides.holder.map { actors.actor($0).colour }
    isChallenged = sides.isChallenged
    markerStroke = sides.challenger.map { actors.actor($0).colour } ?? Self.markerOutline
    markerDash = isChallenged ? Self.challengedDash : nil
    isFrontLine = properties["between"] != nil
    let ownColour = ["marker-color", "fill", "stroke"].contains {
      Self.colour(properties[$0]) != nil
    }
    hasNoColour = !ownColour && actorColour == nil && !isFrontLine
    markerColour = Self.colour(properties["marker-color"]) ?? actorColour ?? Self.defaultPointColour
    markerRadius = (properties["marker-size"]?.stringValue).flatMap { Self.markerRadii[$0] } ?? 6
    fill = Self.colour(properties["fill"]) ?? actorColour ?? Self.defaultAreaColour
    let isArea = feature.geometry.map(Self.isArea) ?? false
    let lineDefault = isFrontLine ? Self.frontLineColour : actorColour ?? Self.defaultLineColour
    stroke = Self.colour(properties["stroke"]) ?? (isArea ? fill : lineDefault)
    strokeWidth =
      Self.clamped(properties["stroke-width"], to: 0...20)
      ?? (isArea ? 1.5 : isFrontLine ? 3.5 : 2.5)
    strokeOpacity = Self.clamped(properties["stroke-opacity"], to: 0...1) ?? 1
    fillOpacity = Self.clamped(properties["fill-opacity"], to: 0...1) ?? 0.3
    dash = isFrontLine ? Self.frontLineDash : nil
    self.change = change ?? MapChange.declared(by: properties)
    label = Self.labelProperties.lazy.compactMap { PropertyText.of(properties[$0]) }.first
    heading = PropertyText.of(properties["title"]) ?? label
    self.actors = Self.actorIDs(properties).map(actors.actor)
  }

  private static func colour(_ value: JSONValue?) -> String? {
    value?.stringValue.flatMap(HexColour.normalise)
  }

  private static func clamped(_ value: JSONValue?, to range: ClosedRange<Double>) -> Double? {
    PropertyText.number(value).map { min(max($0, range.lowerBound), range.upperBound) }
  }

  private static func isArea(_ geometry: Geometry) -> Bool {
    switch geometry {
    case .polygon, .multiPolygon: true
    case .geometryCollection(let parts): parts.contains(where: isArea)
    default: false
    }
  }

  /// The actor ids the feature names: `controller`, `to`, `from`, `actor` and the sides of a
  /// front line's `between` (an array, or text split at `|`, `,`, `/` or ` vs `).
  private static func actorIDs(_ properties: JSONObject) -> [String] {
    var ids = actorProperties.compactMap { PropertyText.of(properties[$0]) }
    switch properties["between"] {
    case .array(let sides): ids += sides.compactMap { PropertyText.of($0) }
    case .string(let text):
      ids +=
        text.replacingOccurrences(of: " vs ", with: "|")
        .split(whereSeparator: { "|,/".contains($0) })
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    default: break
    }
    return ids.filter { $0.lowercased() != "unknown" }
  }

  /// The style as the HTML map's script reads it.
  var json: JSONObject {
    var object = JSONObject([
      ("markerColour", .string(markerColour)), ("markerRadius", .number(markerRadius)),
      ("markerStroke", .string(markerStroke)),
      ("stroke", .string(stroke)), ("strokeWidth", .number(strokeWidth)),
      ("strokeOpacity", .number(strokeOpacity)), ("fill", .string(fill)),
      ("fillOpacity", .number(fillOpacity)),
      ("actors", .array(actors.map { .string($0.id) })),
    ])
    if let dash { object["dash"] = .string(dash) }
    if let markerDash { object["markerDash"] = .string(markerDash) }
    if let label { object["label"] = .string(label) }
    if let heading { object["heading"] = .string(heading) }
    if isFrontLine { object["frontLine"] = .bool(true) }
    if let change {
      var changeObject = JSONObject([("kind", JSONValue.string(change.kind.rawValue))])
      for (key, value) in [
        ("from", change.from), ("to", change.to), ("dateFrom", change.dateFrom),
        ("dateTo", change.dateTo),
      ] {
        if let value { changeObject[key] = .string(value) }
      }
      object["change"] = .object(changeObject)
    }
    return object
  }
}
