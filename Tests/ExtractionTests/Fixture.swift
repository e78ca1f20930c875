import Control
import Foundation
import Gazetteer
import GeoJSON

@testable import Extraction

/// Test data: the shipped gazetteer and actors (loaded once for all tests), fixtures in
/// `Tests/ExtractionTests/Fixtures/`, and the seed report, all found from this file's path.
enum Fixture {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let repository = directory.deletingLastPathComponent().deletingLastPathComponent()
  static let dataDirectory = repository.appendingPathComponent("gazetteer").path
  static let seedPath = repository.appendingPathComponent("seeds/000_e790da4f0a973771.txt").path

  static func path(_ name: String) -> String {
    directory.appendingPathComponent("Fixtures").appendingPathComponent(name).path
  }

  static func text(_ name: String) throws -> String {
    try String(contentsOfFile: path(name), encoding: .utf8)
  }

  /// The shipped gazetteer, actors and an extractor over them, built once.
  static let shared: Result<Extractor, any Error> = Result {
    let gazetteer = try Gazetteer.loadShipped(dataDirectory: dataDirectory)
    let actors = try ActorCatalog.load(path: dataDirectory + "/actors.tsv")
    return Extractor(gazetteer: gazetteer, actors: actors)
  }

  static func extractor() throws -> Extractor { try shared.get() }

  /// The extraction of `text` as a report written on `date`.
  static func extract(_ text: String, date: String = "2017-06-01") throws -> ReportExtraction {
    let report = try Report(text: text, source: "test", defaultDate: Day(iso: date))
    return try extractor().extract(report)
  }

  /// The seed report.
  static func seed() throws -> Report {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: seedPath)))
    return try Report(bytes: bytes, source: "seeds/000_e790da4f0a973771.txt")
  }

  /// The words and sentences of `text`, looked up in `vocabulary`.
  static func layout(
    _ text: String, date: String = "2017-06-01", vocabulary: Vocabulary = .rules
  ) throws -> TextLayout {
    let report = try Report(text: text, source: "test", defaultDate: Day(iso: date))
    return TextLayout(report: report, normalizer: NameNormalizer(), vocabulary: vocabulary)
  }

  /// An actor matcher over the shipped actors, and the vocabulary to read words with.
  static func matcher() throws -> (ActorMatcher, Vocabulary) {
    let matcher = ActorMatcher(catalog: try extractor().actors, normalizer: NameNormalizer())
    return (matcher, Vocabulary(aliasGroups: matcher.groupByFirstWord))
  }
}

/// A short description of an event for readable expectations:
/// `from>to status place-id-or-name date/precision`.
func summary(_ event: ExtractedEvent) -> String {
  let place = event.placeID ?? event.event.place.text
  return "\(event.event.from ?? "?")>\(event.event.to) \(event.event.status.rawValue) \(place) "
    + "\(event.event.date)/\(event.event.datePrecision.rawValue)"
}

func day(_ text: String) -> Day { Day(iso: text)! }
