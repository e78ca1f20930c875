import Foundation
import GeoJSON

/// Distances and offsets on the mean-radius sphere, for ranking candidates and placing
/// approximate points whose uncertainty (kilometres) dwarfs the sphere's error (under 0.5%).
enum Spherical {
  /// Mean Earth radius, metres (IUGG R1).
  static let radius = 6_371_008.8

  /// Great-circle distance between two points, metres (haversine).
  static func distance(_ a: Position, _ b: Position) -> Double {
    let phi1 = a.latitude * .pi / 180
    let phi2 = b.latitude * .pi / 180
    let deltaPhi = phi2 - phi1
    let deltaLambda = (b.longitude - a.longitude) * .pi / 180
    let h =
      sin(deltaPhi / 2) * sin(deltaPhi / 2) + cos(phi1) * cos(phi2) * sin(deltaLambda / 2)
      * sin(deltaLambda / 2)
    return 2 * radius * asin(min(1, sqrt(h)))
  }

  /// The point `distance` metres from `start` along initial bearing `bearing` (degrees
  /// clockwise from north).
  static func destination(from start: Position, bearing: Double, distance: Double) -> Position {
    let angle = distance / radius
    let theta = bearing * .pi / 180
    let phi1 = start.latitude * .pi / 180
    let lambda1 = start.longitude * .pi / 180
    let phi2 = asin(sin(phi1) * cos(angle) + cos(phi1) * sin(angle) * cos(theta))
    let lambda2 =
      lambda1 + atan2(sin(theta) * sin(angle) * cos(phi1), cos(angle) - sin(phi1) * sin(phi2))
    var longitude = lambda2 * 180 / .pi
    if longitude > 180 { longitude -= 360 }
    if longitude < -180 { longitude += 360 }
    return Position(longitude: longitude, latitude: phi2 * 180 / .pi)
  }
}
