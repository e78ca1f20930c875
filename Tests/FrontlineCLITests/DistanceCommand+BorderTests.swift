import Foundation
import Testing

/// `frontline distance --border`, run as a user runs it.
struct DistanceCommandBorderTests {
  let referencePoints = [
    "36.3209,41.87656", "36.0426,41.71632", "34.45226,40.91854", "36.277,41.281",
  ]

  func run(_ arguments: [String], input: String? = nil) throws -> FrontlineBinary.Result {
    try FrontlineBinary.run(["distance"] + arguments, input: input.map { Data($0.utf8) })
  }

  func jsonObjects(_ text: String) throws -> [[String: Any]] {
    try text.split(separator: "\n").map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  @Test func theReferenceCasesPrintTheirDistancesAndSides() throws {
    let result = try run(["--border", "IQ-SY"] + referencePoints)
    #expect(result.status == 0, "\(result.stderr)")
    let rows = result.stdout.split(separator: "\n").dropFirst(2).map {
      $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    }
    #expect(rows.map { $0[2] } == ["30.778", "39.112", "6.735", "1.674"])
    #expect(rows.map { $0[4] } == ["IQ", "IQ", "SY", "border"])
  }

  @Test func everySpellingOfTheBorderGivesTheSameAnswer() throws {
    let outputs = try ["IQ-SY", "SY-IQ", "IRQ-SYR", "syr-iq"].map {
      try run(["--border", $0, "--format", "csv"] + referencePoints).stdout
    }
    #expect(Set(outputs).count == 1)
    let lines = outputs[0].split(separator: "\n")
    #expect(
      lines[0]
        == "name,lat,lon,border_km,nearest_lat,nearest_lon,side,zone_km,zone_basis,border_line")
    #expect(lines.count == 5)
    #expect(lines[4].contains(",border zone,"))
  }

  @Test func jsonIsOneObjectPerPoint() throws {
    let result = try run(["--border", "IQ-SY", "--format", "json"] + referencePoints)
    let objects = try jsonObjects(result.stdout)
    #expect(objects.count == 4)
    #expect(objects[2]["border_side"] as? String == "SY")
    #expect(objects[2]["border_distance_km"] as? Double == 6.735)
    #expect((objects[3]["border_zone_km"] as? Double ?? 0) > 1.674)
  }

  @Test func geoJSONAddsALineToTheNearestBorderPoint() throws {
    let result = try run(["--border", "IQ-SY", "--format", "geojson", referencePoints[0]])
    let collection = try #require(
      JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
    let features = try #require(collection["features"] as? [[String: Any]])
    #expect(features.count == 2)
    let point = try #require(features[0]["properties"] as? [String: Any])
    let nearest = try #require(point["border_nearest"] as? [Double])
    let line = try #require(features[1]["geometry"] as? [String: Any])
    #expect(line["type"] as? String == "LineString")
    let coordinates = try #require(line["coordinates"] as? [[Double]])
    #expect(coordinates.last == nearest)
  }

  @Test func placeNamesResolveThroughTheGazetteer() throws {
    let result = try run(["--border", "IQ-SY", "--format", "csv", "Sinjar"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Sinjar,"))
  }

  @Test func everyFeatureOfASequenceIsAnnotated() throws {
    let input =
      #"{"type":"Feature","properties":{"name":"Abu Kamal"},"#
      + #""geometry":{"type":"Point","coordinates":[40.91854,34.45226]}}"# + "\n"
      + #"{"type":"Feature","properties":{"name":"front"},"#
      + #""geometry":{"type":"LineString","coordinates":[[41.5,36.0],[41.3,36.1]]}}"# + "\n"
    let result = try run(["--border", "IQ-SY", "-"], input: input)
    #expect(result.status == 0, "\(result.stderr)")
    let features = try jsonObjects(result.stdout)
    #expect(features.count == 2)
    let properties = features.compactMap { $0["properties"] as? [String: Any] }
    #expect(properties[0]["border_distance_km"] as? Double == 6.735)
    #expect(properties[0]["border_side"] as? String == "SY")
    #expect(properties[1]["border_from"] as? [Double] == [41.3, 36.1])
    #expect(properties[1]["border_nearest"] is [Double])
  }

  @Test func aCollectionStaysACollection() throws {
    let input =
      #"{"type":"FeatureCollection","name":"towns","features":[{"type":"Feature","id":1,"#
      + #""properties":{},"geometry":{"type":"Point","coordinates":[41.87656,36.3209]}}]}"#
    let result = try run(["--border", "IQ-SY", "-"], input: input)
    let collection = try #require(
      JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
    #expect(collection["name"] as? String == "towns")
    let features = try #require(collection["features"] as? [[String: Any]])
    let properties = try #require(features.first?["properties"] as? [String: Any])
    #expect(properties["border_distance_km"] as? Double == 30.778)
  }

  @Test func aUsersOwnLineIsMeasured() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let line = directory.appendingPathComponent("line.geojson")
    try Data(
      #"{"type":"LineString","coordinates":[[41.0,36.0],[42.0,36.0]]}"#.utf8
    ).write(to: line)
    let result = try run(["--border-file", line.path, "--format", "json", "36.5,41.5"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(try jsonObjects(result.stdout).first)
    // Half a degree of latitude, less the geodesic's bulge towards the pole.
    let kilometres = try #require(object["border_distance_km"] as? Double)
    #expect(abs(kilometres - 55.3) < 0.3)
  }

  @Test func unknownCodesAndMissingBordersAreExplained() throws {
    let unknown = try run(["--border", "IQ-XX", "36,41"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("'XX'"))
    let none = try run(["--border", "IQ-LB", "36,41"])
    #expect(none.status == 1)
    #expect(none.stderr.contains("share no land border"))
    #expect(none.stderr.contains("SY/SYR"))
  }

  @Test func aMalformedBorderFileIsLocated() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("bad.geojson")
    try Data("{\"type\":\"LineString\",\n\"coordinates\":[[41,36],[42]]}".utf8).write(to: file)
    let result = try run(["--border-file", file.path, "36,41"])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("frontline: \(file.path):2:"))
  }

  @Test func usageErrorsExitWith64() throws {
    let both = try run(["--border", "IQ-SY", "--border-file", "x.geojson", "36,41"])
    #expect(both.status == 64)
    let nothing = try run(["--border", "IQ-SY"])
    #expect(nothing.status == 64)
  }

  @Test func anExistingOutputIsLeftAlone() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("out.csv")
    try Data("keep".utf8).write(to: output)
    let result = try run(["--border", "IQ-SY", "36,41", "-o", output.path])
    #expect(result.status == 1)
    #expect(try String(contentsOf: output, encoding: .utf8) == "keep")
  }
}
