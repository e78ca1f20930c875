import Foundation
import Testing

/// `frontline distance`, run as a user runs it.
struct DistanceCommandTests {
  /// Input lines and what GeographicLib 2.1.2's `GeodSolve -i` (Debian geographiclib-tools)
  /// printed for them: `printf "$pairs" | GeodSolve -i`, with `pairs` as below.
  let pairs = "36.32 41.87 36.34 43.13\n0 0 -10 0\n-30 120 40 -60\n0 0 0.5 179.5\n45 10 45 10\n"
  let geodSolve = """
    88.50296891 89.24945673 113152.017
    180.00000000 180.00000000 1105854.833
    -0.00000000 -180.00000000 18894515.826
    25.67187287 154.32708547 19936288.579
    180.00000000 180.00000000 0.000

    """

  @Test func pairsOutputIsGeodSolves() throws {
    let result = try FrontlineBinary.run(["distance", "--pairs", "-"], input: Data(pairs.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == geodSolve)
    #expect(result.stderr.isEmpty)
  }

  @Test func pairsAcceptCommasAndSkipBlankLines() throws {
    let input = "36.32,41.87,36.34,43.13\n\n  0, 0 , -10 ,0\r\n"
    let result = try FrontlineBinary.run(["distance", "--pairs", "-"], input: Data(input.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout == geodSolve.split(separator: "\n").prefix(2).joined(separator: "\n") + "\n")
  }

  @Test func badPairLineNamesFileLineAndColumnAndPrintsNothing() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("pairs.txt")
    try "36.32 41.87 36.34 43.13\n1 2 abc 4\n".write(to: file, atomically: true, encoding: .utf8)
    let result = try FrontlineBinary.run(["distance", "--pairs", file.path])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "frontline: \(file.path):2:5: 'abc' is not a number\n")
  }

  @Test func latitudeOutOfRangeIsReported() throws {
    let result = try FrontlineBinary.run(
      ["distance", "--pairs", "-"], input: Data("1 2 95 4\n".utf8))
    #expect(result.status == 1)
    #expect(result.stderr == "frontline: <stdin>:1:5: latitude 95 is outside [-90, 90]\n")
  }

  /// Places resolve through the gazetteer, whatever the spelling; the output keeps the name
  /// and the point it stands for.
  @Test func onePairOfPlaces() throws {
    let result = try FrontlineBinary.run(
      ["distance", "Um Geris", "Sinjar", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try json(result.stdout)
    let from = try #require(object["from"] as? [String: Any])
    #expect(from["name"] as? String == "Um Geris")
    #expect(from["lat"] as? Double == 36.277)
    let to = try #require(object["to"] as? [String: Any])
    #expect(to["name"] as? String == "Sinjar")
    // GeodSolve -i: 36.277 41.281 36.3209 41.87656 → 53715.740 m.
    #expect(object["distance_km"] as? Double == 53.716)
  }

  @Test func anUnknownPlaceIsNamed() throws {
    let result = try FrontlineBinary.run(["distance", "Xqzzyvv", "Mosul"])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("frontline: 'Xqzzyvv' is not a place in the gazetteer"))
  }

  @Test func onePairAsTable() throws {
    let result = try FrontlineBinary.run(["distance", "36.32,41.87", "36.34,43.13"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0].hasPrefix("from"))
    let cells = lines[1].split(separator: " ")
    #expect(cells == ["36.32,41.87", "36.34,43.13", "113.152", "88.502969", "89.249457"])
  }

  @Test func betweenAsJSONAndCSV() throws {
    let json = try FrontlineBinary.run(
      ["distance", "--between", "36.32,41.87", "36.34,43.13", "--format", "json"])
    #expect(json.status == 0, "\(json.stderr)")
    let object = try #require(
      JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any])
    #expect(object["distance_km"] as? Double == 113.152)
    #expect(object["azimuth1_deg"] as? Double == 88.502969)
    #expect(object["azimuth2_deg"] as? Double == 89.249457)

    let csv = try FrontlineBinary.run(
      ["distance", "--between", "36.32,41.87", "36.34,43.13", "--format", "csv"])
    #expect(
      csv.stdout
        == "lat1,lon1,lat2,lon2,distance_km,azimuth1_deg,azimuth2_deg\n"
        + "36.32,41.87,36.34,43.13,113.152,88.502969,89.249457\n")
  }

  @Test func onePointIsAUsageError() throws {
    let result = try FrontlineBinary.run(["distance", "36.32,41.87"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("expected two points"))
  }

  @Test func unknownFlagIsAUsageError() throws {
    let result = try FrontlineBinary.run(["distance", "--bogus"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--bogus"))
  }

  @Test func helpShowsAnExample() throws {
    let result = try FrontlineBinary.run(["distance", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("frontline distance 36.34,43.13 35.95,39.01"))
  }
}
