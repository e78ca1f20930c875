import GeoJSON
import Testing

@Suite struct InputLocationTests {
  @Test func printsTheKnownPartsLikeACompiler() {
    #expect(
      InputLocation(file: "a.geojson", line: 3, column: 7).describe("bad") == "a.geojson:3:7: bad")
    #expect(InputLocation(file: "a.geojson", line: 3).describe("bad") == "a.geojson:3: bad")
    #expect(InputLocation(file: "<stdin>").describe("empty") == "<stdin>: empty")
  }

  @Test func withoutAFileTheMessageStandsAlone() {
    #expect(InputLocation.describe("no data", file: nil, line: 2, column: 1) == "no data")
    #expect(
      InputLocation.describe("no data", file: "x.tsv", line: 2, column: nil) == "x.tsv:2: no data")
  }
}
