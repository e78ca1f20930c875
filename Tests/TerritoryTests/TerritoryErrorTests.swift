import Testing

@testable import Territory

@Suite struct TerritoryErrorTests {
  @Test func descriptionNamesTheFileLineAndColumn() {
    let error = TerritoryError(.invalidPoint, "feature 3 has no controller", reason: "x")
      .located(file: "snap.geojson", line: 4, column: 9)
    #expect(error.description == "snap.geojson:4:9: feature 3 has no controller (x)")
    #expect(TerritoryError(.geos, "failed").description == "failed")
  }
}
