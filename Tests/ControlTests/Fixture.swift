import Foundation
import GeoJSON

@testable import Control

/// Test data: files in `Tests/ControlTests/Fixtures/`, the shipped actors and seed ledger,
/// and scratch files, all found from this file's path.
enum Fixture {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let repository = directory.deletingLastPathComponent().deletingLastPathComponent()

  static func path(_ name: String) -> String {
    directory.appendingPathComponent("Fixtures").appendingPathComponent(name).path
  }

  static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(name))))
  }

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
