import GeoJSON
import Testing

@testable import Projection

struct PointFailureTests {
  @Test func descriptionNamesThePositionIndex() {
    let failure = PointFailure(
      index: 7, position: Position(longitude: 0, latitude: 95),
      error: ProjectionError(.invalidCoordinate, "cannot transform (0.0, 95.0)"))
    #expect(failure.description == "position 7: cannot transform (0.0, 95.0)")
  }
}
