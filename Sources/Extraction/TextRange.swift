/// A stretch of a report's text, in Unicode scalar offsets from the start of the file
/// (header line included): what Python's `str` slicing and most annotation tools count.
public struct TextRange: Hashable, Sendable, Comparable {
  /// First scalar, 0-based.
  public var start: Int
  /// One past the last scalar.
  public var end: Int

  /// - Parameters:
  ///   - start: first scalar offset, 0-based.
  ///   - end: one past the last scalar offset.
  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }

  public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }
}
