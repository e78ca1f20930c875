internal import CPROJ

/// Many `GeodesicLine`s in one contiguous buffer, read in place: a hot loop that picks a
/// line by index calls `geod_genposition` on it without copying its half-kilobyte of
/// series coefficients first.
public struct GeodesicLines: Sendable {
  private var lines: [geod_geodesicline] = []

  public init() {}

  /// Number of lines.
  public var count: Int { lines.count }

  public mutating func reserveCapacity(_ capacity: Int) { lines.reserveCapacity(capacity) }

  public mutating func append(_ line: GeodesicLine) { lines.append(line.line) }

  /// The point at a distance along line `index`: latitude, longitude and azimuth
  /// (`geod_genposition`, see `GeodesicLine.position(distance:)`).
  /// - Parameter distance: metres from the line's start; negative goes backwards.
  @inline(__always)
  public func position(_ index: Int, distance: Double) -> Geodesic.Direct {
    lines.withUnsafeBufferPointer { buffer in
      precondition(buffer.indices.contains(index), "no line \(index)")
      return GeodesicLine.position(buffer.baseAddress! + index, distance: distance)
    }
  }

  /// The point at a distance along line `index` with reduced length and geodesic scales
  /// (`geod_genposition`, see `GeodesicLine.generalPosition(distance:)`).
  /// - Parameter distance: metres from the line's start; negative goes backwards.
  @inline(__always)
  public func generalPosition(_ index: Int, distance: Double) -> Geodesic.GeneralPosition {
    lines.withUnsafeBufferPointer { buffer in
      precondition(buffer.indices.contains(index), "no line \(index)")
      return GeodesicLine.generalPosition(buffer.baseAddress! + index, distance: distance)
    }
  }
}
