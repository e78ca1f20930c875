import GeoJSON

/// A position that a batch transform could not transform, with PROJ's reason.
///
/// Batch transforms report these instead of throwing, so one bad coordinate does not lose the
/// rest; the failed position is left as it was in the input.
public struct PointFailure: Hashable, Sendable, CustomStringConvertible {
  /// 0-based index of the position: in the array, or in the geometry's document order
  /// (`Geometry.forEachPosition`).
  public var index: Int
  /// The input position that failed.
  public var position: Position
  /// Why, with PROJ's own words.
  public var error: ProjectionError

  /// - Parameters:
  ///   - index: 0-based position index.
  ///   - position: the input that failed.
  ///   - error: the reason.
  public init(index: Int, position: Position, error: ProjectionError) {
    self.index = index
    self.position = position
    self.error = error
  }

  /// `position N: message (PROJ: reason)`.
  public var description: String { "position \(index): \(error)" }
}
