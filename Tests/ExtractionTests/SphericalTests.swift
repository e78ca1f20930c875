import GeoJSON
import Testing

@testable import Extraction

struct SphericalTests {
  @Test func distanceMosulToRaqqa() {
    let mosul = Position(longitude: 43.11889, latitude: 36.335)
    let raqqa = Position(longitude: 39.00788, latitude: 35.95283)
    // The WGS 84 geodesic is 372.0 km; the sphere is within 0.5%.
    let geodesic = 372_000.0  // m
    let tolerance = 0.005 * geodesic  // m
    #expect(abs(Spherical.distance(mosul, raqqa) - geodesic) < tolerance)
  }

  @Test func destinationReturnsAlongTheBearing() {
    let sinjar = Position(longitude: 41.87656, latitude: 36.3209)
    let west = Spherical.destination(from: sinjar, bearing: 270, distance: 10_000)
    let oneMetre = 1.0  // m
    #expect(abs(Spherical.distance(sinjar, west) - 10_000) < oneMetre)
    #expect(west.longitude < sinjar.longitude)
    let tinyDegrees = 0.001  // degrees of latitude
    #expect(abs(west.latitude - sinjar.latitude) < tinyDegrees)
  }
}
