import Foundation
import GeoJSON

@testable import Control

/// Test data: the shipped actors and seed ledger, found from this file's path, and scratch
/// folders.
enum Fixture {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let repository = directory.deletingLastPathComponent().deletingLastPathComponent()

  /// The shipped `gazetteer/actors.tsv`.
  static func actors() throws -> ActorCatalog {
    try ActorCatalog.load(path: repository.appendingPathComponent("gazetteer/actors.tsv").path)
  }

  /// A fresh empty folder for files a test writes.
  static func scratchDirectory() throws -> String {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("frontline-control-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }
}

/// Shorthand for test events.
func event(
  _ id: String, _ date: String, _ place: String, from: String? = nil, to: String,
  _ status: ControlStatus = .controlled, precision: DatePrecision = .day,
  source: String? = nil, confidence: Double? = nil
) -> ControlEvent {
  ControlEvent(
    id: id, date: Day(iso: date)!, datePrecision: precision, place: .reference(place),
    from: from, to: to, status: status, source: source ?? "test:\(id)",
    evidence: "Evidence for \(id).", confidence: confidence)
}

func day(_ text: String) -> Day { Day(iso: text)! }
