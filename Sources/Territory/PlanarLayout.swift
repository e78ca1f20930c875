/// The result of one computation in the local projection, before it goes back to WGS 84.
struct PlanarLayout {
  /// The dissolved area of each class, metres: polygons that do not overlap and touch at
  /// most at points.
  var areas: [AreaClass: [PlanarPolygon]] = [:]
  /// How many control points gave each class its land.
  var places: [AreaClass: Int] = [:]
  /// The front lines between each pair of holders.
  var fronts: [FrontKey: [[PlanarPoint]]] = [:]
}

/// An unordered pair of area labels (actor ids, or `contested`), kept sorted.
struct FrontKey: Hashable, Sendable, Comparable {
  let first: String
  let second: String

  init(_ a: String, _ b: String) {
    (first, second) = a < b ? (a, b) : (b, a)
  }

  static func < (a: FrontKey, b: FrontKey) -> Bool {
    (a.first, a.second) < (b.first, b.second)
  }
}
