import GeoJSON
import Testing

@testable import Territory

@Suite struct LocalProjectionTests {
  let oneMicrodegree = 1e-6  // degrees
  let oneMillimetre = 0.001  // m

  @Test func centreOfThePointsMapsToTheOrigin() throws {
    let projection = try LocalProjection(around: [
      Position(longitude: 38, latitude: 33), Position(longitude: 44, latitude: 37),
    ])
    #expect(projection.centre == Position(longitude: 41, latitude: 35))
    let origin = try projection.forward([projection.centre])[0]
    #expect(abs(origin.x) < oneMillimetre && abs(origin.y) < oneMillimetre)
  }

  @Test func forwardAndInverseRoundTrip() throws {
    let projection = try LocalProjection(centre: Position(longitude: 41, latitude: 35))
    let positions = [
      Position(longitude: 36.2, latitude: 37.1), Position(longitude: 47.9, latitude: 29.6),
    ]
    let back = try projection.inverse(projection.forward(positions))
    for (a, b) in zip(positions, back) {
      #expect(abs(a.longitude - b.longitude) < oneMicrodegree)
      #expect(abs(a.latitude - b.latitude) < oneMicrodegree)
    }
  }

  @Test func aHemisphereOfPointsIsTooMuch() {
    #expect {
      try LocalProjection(around: [
        Position(longitude: -30, latitude: 0), Position(longitude: 40, latitude: 35),
      ])
    } throws: { error in
      (error as? TerritoryError)?.code == .extentTooLarge
    }
  }
}
