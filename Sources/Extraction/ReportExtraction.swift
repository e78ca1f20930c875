import Control
import Gazetteer

/// Everything read from one report.
public struct ReportExtraction: Hashable, Sendable {
  /// The report's file name or URL.
  public var source: String
  /// The report's day.
  public var date: Day
  /// Control events in text order.
  public var events: [ExtractedEvent]
  /// Place mentions in text order: resolved, approximate and unresolved.
  public var mentions: [PlaceMention]
  /// Actor mentions in text order (named actors and resolved generic phrases).
  public var actors: [ActorMention]

  /// - Parameters: see the properties.
  public init(
    source: String, date: Day, events: [ExtractedEvent], mentions: [PlaceMention],
    actors: [ActorMention]
  ) {
    self.source = source
    self.date = date
    self.events = events
    self.mentions = mentions
    self.actors = actors
  }

  /// The distinct places resolved in the report, by id, in order of first mention.
  public var resolvedPlaces: [Place] {
    var seen: Set<String> = []
    return mentions.compactMap { mention in
      guard mention.resolution == .resolved, let place = mention.place,
        seen.insert(place.id).inserted
      else { return nil }
      return place
    }
  }

  /// The distinct names the gazetteer lacks (approximate or unresolved), in order.
  public var unresolvedNames: [String] {
    var seen: Set<String> = []
    return mentions.compactMap { mention in
      guard mention.resolution != .resolved, seen.insert(mention.name).inserted else {
        return nil
      }
      return mention.name
    }
  }
}
