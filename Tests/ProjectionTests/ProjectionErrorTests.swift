import Testing

@testable import Projection

struct ProjectionErrorTests {
  @Test func descriptionIsMessageThenPROJsReason() {
    let error = ProjectionError(
      .crsNotFound, "crs not found: EPSG:99999", context: "EPSG:99999",
      reason: "proj_create: crs not found")
    #expect(error.description == "crs not found: EPSG:99999 (PROJ: proj_create: crs not found)")
  }

  @Test func descriptionLeadsWithTheLocationWhenKnown() {
    let error = ProjectionError(.invalidCoordinate, "cannot transform (10.0, 95.0)")
      .located(file: "lines.geojson", line: 3, column: 17)
    #expect(error.description == "lines.geojson:3:17: cannot transform (10.0, 95.0)")
    let fileOnly = ProjectionError(.noOperation, "no way").located(file: "a.json")
    #expect(fileOnly.description == "a.json: no way")
  }

  @Test func projErrorNumbersMapToCodes() {
    #expect(ProjectionError.code(forProjErrno: 1027) == .invalidDefinition)
    #expect(ProjectionError.code(forProjErrno: 2049) == .invalidCoordinate)
    #expect(ProjectionError.code(forProjErrno: 2050) == .outsideDomain)
    #expect(ProjectionError.code(forProjErrno: 2051) == .noOperation)
    #expect(ProjectionError.code(forProjErrno: 2052) == .outsideGrid)
    #expect(ProjectionError.code(forProjErrno: 4098) == .noInverse)
    #expect(ProjectionError.code(forProjErrno: 4096) == .projFailure)
  }

  @Test func emptyReasonIsLeftOut() {
    let error = ProjectionError(.projFailure, "failed", reason: "")
    #expect(error.description == "failed")
  }
}
