import Control
import Gazetteer
import GeoJSON

/// A place named in a report: resolved to a gazetteer place, placed approximately next to
/// one, or unresolved.
public struct PlaceMention: Hashable, Sendable {
  /// What became of the name.
  public enum Resolution: String, Hashable, Sendable {
    /// A gazetteer place, with a score.
    case resolved
    /// Not in the gazetteer, but the text relates it to a known place ("west of
    /// al-Qahtaniyah"): an estimated position with an uncertainty radius.
    case approximate
    /// Not in the gazetteer and not related to any known place: no coordinates.
    case unresolved
  }

  /// The name as written.
  public var name: String
  public var range: TextRange
  /// The sentence it stands in, for reading unresolved names in context.
  public var context: String
  public var resolution: Resolution
  /// The resolved place; for an approximate name, the known place it is related to.
  public var place: Place?
  /// Fit of the resolved place, 0–1 (see `PlaceScorer`); lower for a spelling one edit away.
  public var score: Double?
  /// Whether the name matched a gazetteer spelling only within one edit ("al-Ba'ah").
  public var isFuzzy: Bool
  /// The point: the place's, or the estimate for an approximate name.
  public var position: Position?
  public var geoPrecision: GeoPrecision?
  /// Radius of the estimate of an approximate name, metres.
  public var uncertainty: Double?
  /// The words relating an approximate name to its known place ("west of al-Qahtaniyah").
  public var relation: String?
  /// The kind the text gives the place ("village", "town", "district"), if any.
  public var cue: String?

  /// - Parameters: see the properties.
  public init(
    name: String, range: TextRange, context: String, resolution: Resolution, place: Place?,
    score: Double?, isFuzzy: Bool, position: Position?, geoPrecision: GeoPrecision?,
    uncertainty: Double?, relation: String?, cue: String?
  ) {
    self.name = name
    self.range = range
    self.context = context
    self.resolution = resolution
    self.place = place
    self.score = score
    self.isFuzzy = isFuzzy
    self.position = position
    self.geoPrecision = geoPrecision
    self.uncertainty = uncertainty
    self.relation = relation
    self.cue = cue
  }
}
