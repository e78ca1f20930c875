import GeoJSON
import Projection
import Testing

@testable import Gazetteer

struct GazetteerReverseTests {
  let gazetteer = Fixture.shipped
  let oneMillimetre = 0.001  // m

  @Test func nearestToSinjarIsSinjar() throws {
    let sinjar = try #require(gazetteer.place(id: "sinjar"))
    let nearby = gazetteer.nearest(to: sinjar.position, limit: 5)
    #expect(nearby.count == 5)
    #expect(nearby[0].place.id == "sinjar")
    #expect(nearby[0].distance < oneMillimetre)
    #expect(zip(nearby, nearby.dropFirst()).allSatisfy { $0.distance <= $1.distance })
    #expect(nearby.allSatisfy { $0.place.kind != .country && $0.place.kind != .region })
  }

  @Test func distancesAreGeodesicAndAzimuthsPointToThePlace() throws {
    let point = Position(longitude: 41.5, latitude: 36.0)
    let nearby = gazetteer.nearest(to: point, limit: 3)
    for entry in nearby {
      let inverse = Geodesic.wgs84.inverse(point, entry.place.position)
      #expect(abs(entry.distance - inverse.distance) < oneMillimetre)
      #expect(abs(entry.azimuth - inverse.initialAzimuth) < 1e-9)  // degrees
    }
  }

  /// The index must return exactly what a scan over every place would, in the theatre and
  /// in awkward spots (the antimeridian, a pole, open ocean).
  @Test(arguments: [
    (36.32, 41.87), (34.45, 40.92), (-33.92, 18.42), (64.0, -179.9), (-89.0, 0.0), (0.0, -140.0),
  ])
  func indexAgreesWithAScan(_ point: (Double, Double)) {
    let position = Position(longitude: point.1, latitude: point.0)
    let indexed = gazetteer.nearest(to: position, limit: 7).map(\.place.id)
    let scanned = gazetteer.places
      .filter { $0.kind != .country && $0.kind != .region }
      .map { ($0.id, Geodesic.wgs84.distance(position, $0.position)) }
      .sorted { $0.1 < $1.1 }
      .prefix(7).map(\.0)
    #expect(indexed == Array(scanned))
  }

  @Test func limitIsAtLeastOne() {
    #expect(gazetteer.nearest(to: Position(longitude: 43, latitude: 36), limit: 0).count == 1)
  }
}
