/// Converts UTF-8 byte offsets of a text into Unicode scalar offsets, the "character"
/// offsets that Python's `str`, JavaScript's `codePointAt` walks and most annotation tools
/// count in.
///
/// All-ASCII text (most English reports) needs no table; otherwise the scalar count at every
/// 64th byte is kept, so a lookup scans at most 63 bytes.
struct ScalarOffsets: Sendable {
  private static let block = 64
  private let bytes: [UInt8]
  /// Scalars before byte `i * block`; empty for ASCII text.
  private let counts: [Int]

  /// - Parameter bytes: the UTF-8 text.
  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    guard bytes.contains(where: { $0 >= 0x80 }) else {
      counts = []
      return
    }
    var counts: [Int] = []
    counts.reserveCapacity(bytes.count / Self.block + 1)
    var scalars = 0
    for (index, byte) in bytes.enumerated() {
      if index % Self.block == 0 { counts.append(scalars) }
      if byte & 0xC0 != 0x80 { scalars += 1 }
    }
    self.counts = counts
  }

  /// The scalar offset of byte offset `offset` (which must start a scalar or be the end).
  func scalarOffset(_ offset: Int) -> Int {
    guard !counts.isEmpty else { return offset }
    let blockIndex = offset / Self.block
    guard blockIndex < counts.count else {
      return counts[counts.count - 1]
        + scalarsIn((counts.count - 1) * Self.block..<min(offset, bytes.count))
    }
    return counts[blockIndex] + scalarsIn(blockIndex * Self.block..<offset)
  }

  /// The scalar range of a byte range.
  func textRange(_ bytes: Range<Int>) -> TextRange {
    TextRange(start: scalarOffset(bytes.lowerBound), end: scalarOffset(bytes.upperBound))
  }

  private func scalarsIn(_ range: Range<Int>) -> Int {
    var count = 0
    for index in range where bytes[index] & 0xC0 != 0x80 { count += 1 }
    return count
  }
}
