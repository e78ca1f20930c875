import Control
import GeoJSON

/// A control event read from a report, with where it is on the map and how it was found.
public struct ExtractedEvent: Hashable, Sendable {
  /// The event in ledger form (what `--format ledger` writes and `ledger merge` accepts).
  public var event: ControlEvent
  /// A description of the place for people: the gazetteer name, or the border and the place
  /// it is near ("Iraq–Syria border (near Sinjar)").
  public var placeName: String
  /// The gazetteer id of the place (or of the place a border is located by), if any.
  public var placeID: String?
  /// The point to map; `nil` for a place nobody has located.
  public var position: Position?
  /// Whether `position` is an estimate next to a known place.
  public var isApproximate: Bool
  /// Radius of an estimated position, metres.
  public var uncertainty: Double?
  /// The rule that fired, e.g. `expel-active`, `liberate-passive`, `reach-border`.
  public var rule: String
  /// Where the evidence sentences are in the report.
  public var evidenceRanges: [TextRange]

  /// - Parameters: see the properties.
  public init(
    event: ControlEvent, placeName: String, placeID: String?, position: Position?,
    isApproximate: Bool, uncertainty: Double?, rule: String, evidenceRanges: [TextRange]
  ) {
    self.event = event
    self.placeName = placeName
    self.placeID = placeID
    self.position = position
    self.isApproximate = isApproximate
    self.uncertainty = uncertainty
    self.rule = rule
    self.evidenceRanges = evidenceRanges
  }
}
