import Foundation

/// Test data in `Tests/ProjectionTests/Fixtures/`, found from this file's path.
enum Fixture {
  static func text(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures").appendingPathComponent(name)
    return try String(contentsOf: url, encoding: .utf8)
  }
}
