import Extraction
import Gazetteer

/// The summary `frontline extract` prints on standard error: how many events, places and
/// unresolved names, and the events and names listed.
struct ExtractionSummary {
  let extractions: [ReportExtraction]
  /// Reports that could not be read.
  let failed: Int

  /// The summary text, one item a line.
  func text() -> String {
    let events = extractions.flatMap(\.events)
    var placeIDs: Set<String> = []
    for extraction in extractions {
      for place in extraction.resolvedPlaces where place.kind != .country && place.kind != .region {
        placeIDs.insert(place.id)
      }
    }
    var names: [(name: String, detail: String, source: String)] = []
    var seen: Set<String> = []
    for extraction in extractions {
      for mention in extraction.mentions where mention.resolution != .resolved {
        guard seen.insert(mention.name).inserted else { continue }
        let detail =
          mention.resolution == .approximate
          ? "approximate: \(mention.relation ?? "")" : "unresolved"
        names.append((mention.name, detail, extraction.source))
      }
    }
    let reports = extractions.count == 1 ? "1 report" : "\(extractions.count) reports"
    var lines = [
      "frontline: \(Self.count(events.count, "event")), \(Self.count(placeIDs.count, "place")), "
        + "\(Self.count(names.count, "unresolved name")) from \(reports)"
        + (failed > 0 ? "; \(Self.count(failed, "report")) skipped" : "")
    ]
    for extraction in extractions {
      for item in extraction.events {
        let event = item.event
        let precision = event.datePrecision == .day ? "" : " (\(event.datePrecision.rawValue))"
        let confidence = event.confidence.map { " confidence \($0)" } ?? ""
        lines.append(
          "  \(event.date)\(precision)  \(event.from ?? "?") → \(event.to)  "
            + "\(event.status.rawValue)  \(item.placeName)\(confidence)")
      }
    }
    for name in names {
      lines.append("  unresolved name: \(name.name) (\(name.detail)) in \(name.source)")
    }
    return lines.joined(separator: "\n")
  }

  private static func count(_ value: Int, _ noun: String) -> String {
    "\(value) \(noun)\(value == 1 ? "" : "s")"
  }
}
