import GeoJSON
import Testing

@testable import Borders

@Suite struct BordersErrorTests {
  @Test func descriptionsLeadWithTheLocation() {
    let located = BordersError(.invalidData, "bad", file: "f.geojson", line: 3, column: 7)
    #expect(located.description == "f.geojson:3:7: bad")
    #expect(BordersError(.io, "gone", file: "f").description == "f: gone")
    #expect(BordersError(.unknownCountry, "no such code").description == "no such code")
  }

  @Test func geoJSONErrorsKeepTheirPlaceAndPath() {
    let source = GeoJSONError(
      .tooFewPositions, "too few", file: "x.geojson", line: 2, column: 5, path: "features[0]")
    let error = BordersError(source)
    #expect(error.code == .invalidData)
    #expect(error.description == "x.geojson:2:5: too few (at features[0])")
    #expect(BordersError(GeoJSONError(.io, "cannot open")).code == .io)
  }
}
