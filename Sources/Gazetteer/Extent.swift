/// The latitude/longitude box of some points, degrees; empty until a point is included.
struct Extent {
  var south = Double.infinity
  var north = -Double.infinity
  var west = Double.infinity
  var east = -Double.infinity

  /// Whether no point has been included.
  var isEmpty: Bool { !south.isFinite }

  /// Widens the box to take in a point, degrees.
  mutating func include(latitude: Double, longitude: Double) {
    south = min(south, latitude)
    north = max(north, latitude)
    west = min(west, longitude)
    east = max(east, longitude)
  }
}
