/// Where a byte offset lies in a JSON text: 1-based line and column, and the JSON path of the
/// value there.
///
/// Computed only when an error is reported, by rescanning the text up to the offset, so the
/// parsers pay nothing for locations on the success path. Columns count characters (UTF-8
/// scalars), not bytes, so they match what an editor shows for Arabic or Kurdish names.
struct TextLocation {
  var line: Int
  var column: Int
  /// A path such as `features[12].geometry.coordinates[0][3]`; `nil` at the top level.
  var path: String?

  init(offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
    let end = min(offset, bytes.count)
    var line = 1
    // A byte order mark is invisible in editors, so it does not count as a column.
    let hasByteOrderMark =
      bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    var lineStart = hasByteOrderMark ? min(3, end) : 0
    for index in 0..<end where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    var column = 1
    for index in lineStart..<end where bytes[index] & 0xC0 != 0x80 {
      column += 1
    }
    self.line = line
    self.column = column
    self.path = Self.path(at: end, in: bytes)
  }

  private struct Frame {
    var isArray: Bool
    var index = 0
    var key: String?
    /// In an array: the current element has begun. In an object: the `:` was seen.
    var inValue = false
    /// The current element or member value has ended; a `,` or closing bracket is due.
    var isComplete = false

    var component: String? {
      if isArray { return inValue ? "[\(index)]" : nil }
      guard inValue, let key else { return nil }
      let plain =
        !key.isEmpty
        && key.utf8.allSatisfy { byte in
          (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
            || (0x61...0x7A).contains(byte) || byte == 0x5F || byte == 0x2D
        }
      return plain ? ".\(key)" : "[\"\(key)\"]"
    }
  }

  /// The path of the value that starts at, or contains, `offset`.
  private static func path(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var stack: [Frame] = []
    var index = 0
    func beginValue() {
      if let last = stack.indices.last, stack[last].isArray { stack[last].inValue = true }
    }
    func endValue() {
      guard let last = stack.indices.last else { return }
      stack[last].inValue = false
      stack[last].isComplete = true
    }
    while index < offset {
      switch bytes[index] {
      case UInt8(ascii: "{"):
        beginValue()
        stack.append(Frame(isArray: false))
      case UInt8(ascii: "["):
        beginValue()
        stack.append(Frame(isArray: true))
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        if !stack.isEmpty { stack.removeLast() }
        endValue()
      case UInt8(ascii: ","):
        if let last = stack.indices.last {
          if stack[last].isArray {
            stack[last].index += 1
          } else {
            stack[last].key = nil
          }
          stack[last].inValue = false
          stack[last].isComplete = false
        }
      case UInt8(ascii: ":"):
        if let last = stack.indices.last { stack[last].inValue = true }
      case UInt8(ascii: "\""):
        let start = index + 1
        index = start
        while index < offset, bytes[index] != UInt8(ascii: "\"") {
          index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
        }
        let isKey = stack.last.map { !$0.isArray && !$0.inValue } ?? false
        if isKey, let last = stack.indices.last {
          stack[last].key = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(index, offset)]),
            as: UTF8.self)
        } else if index < offset {
          endValue()
        } else {
          beginValue()
        }
      case 0x20, 0x09, 0x0A, 0x0D:
        break
      default:
        beginValue()
      }
      index += 1
    }
    if offset < bytes.count, let last = stack.indices.last, stack[last].isArray,
      !stack[last].isComplete
    {
      switch bytes[offset] {
      case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "]"), UInt8(ascii: ","): break
      default: stack[last].inValue = true
      }
    }
    var components = stack.compactMap(\.component)
    if components.count > 24 {
      // Only absurd nesting gets here; the ends of the path are what locate it.
      components = components.prefix(12) + ["…"] + components.suffix(8)
    }
    let path = components.joined()
    guard !path.isEmpty else { return nil }
    return path.first == "." ? String(path.dropFirst()) : path
  }
}
