import Foundation
import Testing

/// `frontline diff`, run as a user runs it.
struct DiffCommandTests {
  let ledger = LedgerCommandTests.seedLedger

  private func snapshot(_ date: String, in directory: URL, format: String = "geojson") throws
    -> String
  {
    let path = directory.appendingPathComponent("\(date).\(format)").path
    let result = try FrontlineBinary.run([
      "snapshot", "--ledger", ledger, "--at", date, "--format", format, "-o", path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    return path
  }

  @Test func diffOfTwoSnapshotFiles() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let before = try snapshot("2017-05-29", in: directory)
    let after = try snapshot("2017-06-01", in: directory, format: "geojsonseq")
    let result = try FrontlineBinary.run(["diff", before, after])
    #expect(result.status == 0, "\(result.stderr)")
    let collection = try json(result.stdout)
    #expect(collection["date_from"] as? String == "2017-05-29")
    #expect(collection["date_to"] as? String == "2017-06-01")
    let features = try #require(collection["features"] as? [[String: Any]])
    let changes = Dictionary(
      uniqueKeysWithValues: features.compactMap { feature -> (String, String)? in
        let properties = feature["properties"] as? [String: Any]
        guard let place = properties?["place_id"] as? String,
          let change = properties?["change"] as? String
        else { return nil }
        return (place, change)
      })
    #expect(changes == ["raqqa": "new", "mosul": "new"])
    let summary = try #require(collection["summary"] as? [[String: Any]])
    #expect(summary.first?["actor"] as? String == "isis")
    #expect(summary.first?["gained"] as? Int == 2)
  }

  @Test func aSnapshotComparedWithItselfHasNoChanges() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = try snapshot("2017-06-01", in: directory)
    let result = try FrontlineBinary.run(["diff", path, path])
    #expect(result.status == 0)
    #expect(try json(result.stdout)["features"] as? [Any] != nil)
    #expect((try json(result.stdout)["features"] as? [Any])?.isEmpty == true)
  }

  @Test func ledgerDiffsComposeInNetEffect() throws {
    func net(_ from: String, _ to: String) throws -> [String: Int] {
      let result = try FrontlineBinary.run([
        "diff", "--ledger", ledger, "--from", from, "--to", to, "--summary", "--format", "json",
      ])
      #expect(result.status == 0, "\(result.stderr)")
      let actors = try json(result.stdout)["actors"] as? [[String: Any]] ?? []
      return Dictionary(
        uniqueKeysWithValues: actors.map { ($0["actor"] as? String ?? "", $0["net"] as? Int ?? 0) })
    }
    let ab = try net("2017-05-01", "2017-05-30")
    let bc = try net("2017-05-30", "2017-06-30")
    let ac = try net("2017-05-01", "2017-06-30")
    #expect(ab.merging(bc, uniquingKeysWith: +).filter { $0.value != 0 } == ac)
    #expect(ac == ["pmu": 3, "isis": 2])
  }

  @Test func tableAndSummaryTable() throws {
    let table = try FrontlineBinary.run([
      "diff", "--ledger", ledger, "--from", "2017-05-28", "--to", "2017-06-01", "--format", "table",
    ])
    #expect(table.status == 0, "\(table.stderr)")
    #expect(table.stdout.hasPrefix("PLACE "))
    #expect(table.stdout.contains("ACTOR "))
    let summary = try FrontlineBinary.run([
      "diff", "--ledger", ledger, "--from", "2017-05-28", "--to", "2017-06-01", "--summary",
    ])
    #expect(summary.stdout.split(separator: "\n").count == 4)
  }

  @Test func badInputsAreReported() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let notSnapshot = directory.appendingPathComponent("x.geojson")
    try #"{"type":"Feature","geometry":null,"properties":{"name":"x"}}"#.write(
      to: notSnapshot, atomically: true, encoding: .utf8)
    let result = try FrontlineBinary.run(["diff", notSnapshot.path, notSnapshot.path])
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix("frontline: \(notSnapshot.path): features[0]: missing 'place_id'"))
    #expect(try FrontlineBinary.run(["diff", notSnapshot.path]).status == 64)
    #expect(
      try FrontlineBinary.run(["diff", "--ledger", ledger, "--from", "2017-01-01"]).status == 64)
    #expect(
      try FrontlineBinary.run([
        "diff", "--ledger", ledger, "--from", "2017-01-01", "--to", "2017-02-01", "--summary",
        "--format", "csv",
      ]).status == 64)
  }
}
