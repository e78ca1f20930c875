public import GeoJSON

/// A stretch of boundary between land of two different holders, in WGS 84.
public struct FrontLine: Hashable, Sendable {
  /// The two sides' labels (actor ids, or `contested`), sorted.
  public var between: [String]
  /// The line, longitude/latitude.
  public var line: LineString
  /// Geodesic length on the WGS 84 ellipsoid, metres.
  public var length: Double

  /// - Parameters:
  ///   - between: the two labels, sorted.
  ///   - line: longitude/latitude line.
  ///   - length: geodesic length, metres.
  public init(between: [String], line: LineString, length: Double) {
    self.between = between
    self.line = line
    self.length = length
  }
}
