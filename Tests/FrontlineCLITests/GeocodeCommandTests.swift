import Foundation
import Testing

/// `frontline geocode`, run as a user runs it.
struct GeocodeCommandTests {
  private func json(_ line: Substring) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
    return try #require(object as? [String: Any])
  }

  private func firstCandidate(_ object: [String: Any]) -> [String: Any]? {
    (object["candidates"] as? [[String: Any]])?.first
  }

  @Test func tablePrintsRankedCandidates() throws {
    let result = try FrontlineBinary.run(["geocode", "Mosul", "Sinjar"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first?.hasPrefix("input") == true)
    #expect(lines.contains { $0.hasPrefix("Mosul ") && $0.contains(" mosul ") })
    #expect(lines.contains { $0.hasPrefix("Sinjar ") && $0.contains(" sinjar ") })
  }

  @Test func jsonIsOneObjectPerName() throws {
    let result = try FrontlineBinary.run(
      ["geocode", "Qamishli", "Hesîçe", "northern Syria", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let objects = try result.stdout.split(separator: "\n").map(json)
    #expect(objects.map { $0["input"] as? String } == ["Qamishli", "Hesîçe", "northern Syria"])
    #expect(
      objects.map { firstCandidate($0)?["id"] as? String } == [
        "qamishli", "hasakah", "geonames:163843#north",
      ])
    #expect(firstCandidate(objects[2])?["kind"] as? String == "region")
    let score = try #require(firstCandidate(objects[0])?["score"] as? Double)
    #expect((0...1).contains(score))
  }

  @Test func batchFromStandardInputKeepsOrderAndFlagsUnresolved() throws {
    let input = "Raqqa\n\nQzwxrtplk\nKobane\n"
    let result = try FrontlineBinary.run(["geocode", "--format", "csv"], input: Data(input.utf8))
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stderr.contains("2 of 4 name(s) unresolved: '', 'Qzwxrtplk'"))
    let rows = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(rows[0].hasPrefix("input,status,id,name,lat,lon,country,kind,population,score"))
    #expect(rows[1].hasPrefix("Raqqa,ok,raqqa,"))
    #expect(rows[2].hasPrefix(",unresolved,"))
    #expect(rows[3].hasPrefix("Qzwxrtplk,unresolved,"))
    #expect(rows[4].hasPrefix("Kobane,ok,kobani,"))
    #expect(rows.count == 6)  // header, four names, final newline
  }

  @Test func countryFilterAndNearBiasChooseTheSyrianTwins() throws {
    let sinjar = try FrontlineBinary.run([
      "geocode", "Sinjar", "--country", "SY", "--format", "json",
    ])
    #expect(
      firstCandidate(try json(sinjar.stdout.dropLast()))?["id"] as? String == "geonames:164094")
    let rabia = try FrontlineBinary.run(
      ["geocode", "Rabia", "--near", "Latakia", "--format", "json"])
    let object = try json(rabia.stdout.dropLast())
    #expect(firstCandidate(object)?["id"] as? String == "geonames:167880")
    #expect(firstCandidate(object)?["near_km"] is Double)
  }

  @Test func geojsonIsAFeatureCollectionOfPoints() throws {
    let result = try FrontlineBinary.run(
      ["geocode", "Rabia", "Qzwxrtplk", "--format", "geojson", "--limit", "2"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("1 of 2 name(s) unresolved: 'Qzwxrtplk'"))
    let object = try json(Substring(result.stdout))
    #expect(object["type"] as? String == "FeatureCollection")
    let features = try #require(object["features"] as? [[String: Any]])
    #expect(features.count == 2)
    #expect(
      features.allSatisfy { ($0["geometry"] as? [String: Any])?["type"] as? String == "Point" })
    let properties = try #require(features.first?["properties"] as? [String: Any])
    #expect(properties["input"] as? String == "Rabia")
    #expect(properties["rank"] as? Int == 1)
    #expect(object["unresolved"] as? [String] == ["Qzwxrtplk"])
  }

  @Test func extraGazetteerFileAddsPlaces() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var fields = [String](repeating: "", count: 19)
    (fields[0], fields[1], fields[2], fields[4], fields[5]) = (
      "9100001", "Khirbat Zaqzaq", "", "36.1", "41.6"
    )
    (fields[6], fields[8], fields[14]) = ("P", "IQ", "0")
    let file = directory.appendingPathComponent("IQ.txt")
    try (fields.joined(separator: "\t") + "\n").write(to: file, atomically: true, encoding: .utf8)
    let result = try FrontlineBinary.run(
      ["geocode", "Khirbet Zaqzaq", "--gazetteer", file.path, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      firstCandidate(try json(result.stdout.dropLast()))?["id"] as? String == "geonames:9100001")
  }

  @Test func malformedGazetteerFileNamesItsLine() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("IQ.txt")
    try "1\tHit\n".write(to: file, atomically: true, encoding: .utf8)
    let result = try FrontlineBinary.run(["geocode", "Hit", "--gazetteer", file.path])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.hasPrefix("frontline: \(file.path):1:1: GeoNames row has 2 tab-separated"))
  }

  @Test func usageErrorsExit64() throws {
    #expect(try FrontlineBinary.run(["geocode", "Mosul", "--country", "Iraq"]).status == 64)
    #expect(try FrontlineBinary.run(["geocode", "Mosul", "--limit", "0"]).status == 64)
  }
}
