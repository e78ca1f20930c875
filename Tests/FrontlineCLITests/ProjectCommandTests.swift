import Foundation
import Testing

/// `frontline project`, run as a user runs it.
struct ProjectCommandTests {
  let oneMillimetre = 0.001  // m
  let angleTolerance = 1e-9  // degrees
  let a = 6_378_137.0  // m, the radius of Web Mercator (EPSG:3857)

  let collection = """
    {"type":"FeatureCollection","name":"fronts","features":[
    {"type":"Feature","id":1,"properties":{"name":"Mosul"},\
    "geometry":{"type":"Point","coordinates":[43.13,36.34]}},
    {"type":"Feature","properties":{"name":"front"},\
    "geometry":{"type":"LineString","coordinates":[[38.99,35.95],[40.14,36.5,250]]}}
    ]}

    """

  /// The coordinates of every feature's geometry, flattened to positions.
  private func positions(_ object: [String: Any]) throws -> [[Double]] {
    let features = try #require(object["features"] as? [[String: Any]])
    return try features.flatMap { feature -> [[Double]] in
      let geometry = try #require(feature["geometry"] as? [String: Any])
      if let point = geometry["coordinates"] as? [Double] { return [point] }
      return try #require(geometry["coordinates"] as? [[Double]])
    }
  }

  @Test func projectsToWebMercatorAndBack() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let source = directory.appendingPathComponent("fronts.geojson")
    try collection.write(to: source, atomically: true, encoding: .utf8)

    let there = try FrontlineBinary.run(
      ["project", source.path, "--to", "EPSG:3857", "--precision", "12"])
    #expect(there.status == 0, "\(there.stderr)")
    #expect(there.stderr.contains("not RFC 7946"))
    #expect(there.stderr.split(separator: "\n").count == 1)
    let projected = try json(there.stdout)
    let crs = try #require(projected["crs"] as? [String: Any])
    let properties = try #require(crs["properties"] as? [String: Any])
    #expect(crs["type"] as? String == "name")
    #expect(properties["name"] as? String == "urn:ogc:def:crs:EPSG::3857")
    #expect(projected["name"] as? String == "fronts")
    let mosul = try positions(projected)[0]
    let x = a * 43.13 * .pi / 180
    let y = a * log(tan(.pi / 4 + 36.34 * .pi / 360))
    #expect(abs(mosul[0] - x) <= oneMillimetre)
    #expect(abs(mosul[1] - y) <= oneMillimetre)

    let back = try FrontlineBinary.run(
      ["project", "-", "--to", "EPSG:4326", "--precision", "12"], input: there.stdoutBytes)
    #expect(back.status == 0, "\(back.stderr)")
    #expect(back.stderr.isEmpty)
    let returned = try json(back.stdout)
    #expect(returned["crs"] == nil)
    let original: [[Double]] = [[43.13, 36.34], [38.99, 35.95], [40.14, 36.5, 250]]
    let result = try positions(returned)
    #expect(result.count == original.count)
    for (got, want) in zip(result, original) {
      #expect(abs(got[0] - want[0]) <= angleTolerance && abs(got[1] - want[1]) <= angleTolerance)
      #expect(got.count == want.count)
    }
  }

  @Test func geoJSONSeqStaysASequence() throws {
    let sequence = """
      {"type":"Feature","properties":{"n":1},\
      "geometry":{"type":"Point","coordinates":[43.13,36.34]}}
      {"type":"Feature","properties":{"n":2},\
      "geometry":{"type":"Point","coordinates":[38.99,35.95]}}

      """
    let result = try FrontlineBinary.run(
      ["project", "-", "--to", "EPSG:32638"], input: Data(sequence.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    let first = try json(String(lines[0]))
    #expect(first["type"] as? String == "Feature")
    let geometry = try #require(first["geometry"] as? [String: Any])
    let point = try #require(geometry["coordinates"] as? [Double])
    // `echo "36.34 43.13" | GeoConvert -u -p 6` (GeographicLib): 38n 332178.810739 4023283.684073
    #expect(abs(point[0] - 332_178.810_739) <= oneMillimetre)
    #expect(abs(point[1] - 4_023_283.684_073) <= oneMillimetre)
  }

  @Test func unknownCRSIsNamedWithPROJsReason() throws {
    let result = try FrontlineBinary.run(
      ["project", "-", "--to", "EPSG:99999"], input: Data(collection.utf8))
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("frontline: crs not found: EPSG:99999 (PROJ: "))
  }

  @Test func unknownFlagIsAUsageError() throws {
    let result = try FrontlineBinary.run(["project", "-", "--to", "EPSG:3857", "--bogus"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--bogus"))
  }

  @Test func existingOutputIsKeptWithoutOverwrite() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let target = directory.appendingPathComponent("out.geojson")
    try "keep me\n".write(to: target, atomically: true, encoding: .utf8)

    let refused = try FrontlineBinary.run(
      ["project", "-", "--to", "EPSG:3857", "-o", target.path], input: Data(collection.utf8))
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("--overwrite"))
    #expect(try String(contentsOf: target, encoding: .utf8) == "keep me\n")

    let replaced = try FrontlineBinary.run(
      ["project", "-", "--to", "EPSG:3857", "-o", target.path, "--overwrite"],
      input: Data(collection.utf8))
    #expect(replaced.status == 0, "\(replaced.stderr)")
    #expect(replaced.stdout.isEmpty)
    #expect(try json(String(contentsOf: target, encoding: .utf8))["crs"] != nil)
  }

  @Test func malformedInputNamesFileLineAndColumn() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let source = directory.appendingPathComponent("broken.geojson")
    try """
    {"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[43.13 36.34]}}
    ]}
    """.write(to: source, atomically: true, encoding: .utf8)
    let result = try FrontlineBinary.run(["project", source.path, "--to", "EPSG:3857"])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("frontline: \(source.path):2:83: "), "\(result.stderr)")
  }

  @Test func untransformablePositionNamesFeatureAndPositionAndWritesNothing() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let target = directory.appendingPathComponent("out.geojson")
    // The antipode of the projection centre is outside the azimuthal projection's domain.
    let input = """
      {"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[43,36]}},
      {"type":"Feature","properties":{},\
      "geometry":{"type":"LineString","coordinates":[[43,36],[-140,-35]]}}
      ]}
      """
    let result = try FrontlineBinary.run(
      ["project", "-", "--to", "+proj=laea +lat_0=35 +lon_0=40", "-o", target.path],
      input: Data(input.utf8))
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix("frontline: <stdin>: feature 1, position 1"), "\(result.stderr)")
    #expect(result.stderr.contains("(-140.0, -35.0)"))
    #expect(!FileManager.default.fileExists(atPath: target.path))
  }

  @Test func wgs84OutputIsRFC7946WithoutANote() throws {
    let result = try FrontlineBinary.run(
      ["project", "-", "--to", "OGC:CRS84"], input: Data(collection.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(try json(result.stdout)["crs"] == nil)
    #expect(try positions(try json(result.stdout))[0] == [43.13, 36.34])
  }

  @Test func helpShowsAnExample() throws {
    let result = try FrontlineBinary.run(["project", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("frontline project fronts.geojson --to EPSG:3857"))
  }
}
