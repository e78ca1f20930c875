/// A part of a country named by compass direction, as reports say "northern Syria" or
/// "north-east Syria".
enum Direction: String, CaseIterable {
  case north, south, east, west, northeast, northwest, southeast, southwest, central

  /// The adjective used in names: "northern", "north-eastern", "central".
  var adjective: String {
    switch self {
    case .north: "northern"
    case .south: "southern"
    case .east: "eastern"
    case .west: "western"
    case .northeast: "north-eastern"
    case .northwest: "north-western"
    case .southeast: "south-eastern"
    case .southwest: "south-western"
    case .central: "central"
    }
  }

  /// Where the representative point lies within the extent: fractions of the way from
  /// south to north and from west to east.
  var fraction: (latitude: Double, longitude: Double) {
    switch self {
    case .north: (0.75, 0.5)
    case .south: (0.25, 0.5)
    case .east: (0.5, 0.75)
    case .west: (0.5, 0.25)
    case .northeast: (0.75, 0.75)
    case .northwest: (0.75, 0.25)
    case .southeast: (0.25, 0.75)
    case .southwest: (0.25, 0.25)
    case .central: (0.5, 0.5)
    }
  }

  /// The direction a folded word names ("north", "northern", "northeastern", "centre"…).
  init?(word: String) {
    var stem = word
    for suffix in ["ern", "erly"] where stem.hasSuffix(suffix) && stem.count > suffix.count + 3 {
      stem.removeLast(suffix.count)
    }
    switch stem {
    case "central", "centre", "center", "middle": self = .central
    default:
      guard let direction = Direction(rawValue: stem) else { return nil }
      self = direction
    }
  }

  /// Two directions said in a row ("north", "east") as one.
  func combined(with other: Direction) -> Direction? {
    switch (self, other) {
    case (.north, .east): .northeast
    case (.north, .west): .northwest
    case (.south, .east): .southeast
    case (.south, .west): .southwest
    default: nil
    }
  }
}
