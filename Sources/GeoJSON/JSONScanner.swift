/// A cursor over UTF-8 JSON bytes (RFC 8259): whitespace, punctuation, literals, strings,
/// values and skipping, with failures located by byte offset.
///
/// Strings are validated as UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past
/// U+10FFFF) as they are scanned, so a text that scans is valid UTF-8 everywhere a non-ASCII
/// byte may appear.
struct JSONScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  var index: Int
  /// Scratch space for strings with escapes, reused to avoid an allocation per string.
  var scratch: [UInt8] = []

  /// Containers nested deeper than this are rejected, which keeps recursion far from the
  /// stack limit of any thread (100,000 `[` fail cleanly).
  static let maximumDepth = 512

  init(_ bytes: UnsafeBufferPointer<UInt8>, index: Int = 0) {
    self.bytes = bytes
    self.index = index
  }

  var isAtEnd: Bool { index >= bytes.count }

  /// The byte at the cursor, or 0 at the end (0 is never valid JSON outside a string).
  @inline(__always) var current: UInt8 { index < bytes.count ? bytes[index] : 0 }

  @inline(__always) mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }

  /// Skips a UTF-8 byte order mark at the start of the text. RFC 8259 §8.1 lets parsers
  /// ignore one; many Windows tools write it.
  mutating func skipByteOrderMark() throws(ParseFailure) {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      index = 3
    } else if bytes.count >= 2,
      (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE)
    {
      throw ParseFailure(
        .invalidUTF8, "the text is UTF-16; JSON must be UTF-8 (RFC 8259 §8.1)", at: 0)
    }
  }

  /// Fails unless only whitespace follows the cursor.
  mutating func expectEnd() throws(ParseFailure) {
    skipWhitespace()
    guard isAtEnd else {
      throw ParseFailure(
        .trailingGarbage,
        "unexpected \(describeByte(at: index)) after the end of the JSON text", at: index)
    }
  }

  // MARK: Punctuation

  /// Consumes `byte` (after whitespace) or fails saying what was expected.
  @inline(__always) mutating func expect(_ byte: UInt8, _ what: String) throws(ParseFailure) {
    skipWhitespace()
    guard current == byte else { throw unexpected(what) }
    index += 1
  }

  /// After a container's element: consumes `,` and returns true, or consumes `close` and
  /// returns false.
  @inline(__always) mutating func nextElement(close: UInt8) throws(ParseFailure) -> Bool {
    skipWhitespace()
    let byte = current
    if byte == UInt8(ascii: ",") {
      index += 1
      skipWhitespace()
      return true
    }
    if byte == close {
      index += 1
      return false
    }
    throw unexpected(close == UInt8(ascii: "]") ? "',' or ']'" : "',' or '}'")
  }

  /// Consumes `[` or `{` at the cursor and whitespace after it; returns true when the
  /// container is empty (its closing bracket consumed too).
  @inline(__always) mutating func open(
    _ byte: UInt8, close: UInt8, depth: Int
  ) throws(ParseFailure) -> Bool {
    if depth > Self.maximumDepth {
      throw ParseFailure(
        .nestingTooDeep, "arrays and objects are nested more than \(Self.maximumDepth) deep",
        at: index)
    }
    index += 1
    skipWhitespace()
    if current == close {
      index += 1
      return true
    }
    return false
  }

  /// Consumes an object key and the `:` after it, leaving the cursor on the value.
  mutating func key() throws(ParseFailure) -> Key {
    guard current == UInt8(ascii: "\"") else {
      throw unexpected("a member name in double quotes")
    }
    let key = try scanString()
    skipWhitespace()
    guard current == UInt8(ascii: ":") else { throw unexpected("':' after the member name") }
    index += 1
    skipWhitespace()
    return key
  }

  // MARK: Failures

  /// A failure for the byte at the cursor: truncation at the end, invalid UTF-8, or an
  /// unexpected character.
  func unexpected(_ expected: String) -> ParseFailure {
    guard !isAtEnd else {
      return ParseFailure(.truncated, "unexpected end of input, expected \(expected)", at: index)
    }
    if current >= 0x80, let failure = utf8Failure(at: index) { return failure }
    return ParseFailure(
      .invalidJSON, "unexpected \(describeByte(at: index)), expected \(expected)", at: index)
  }

  /// A readable name for the character at `offset`: `'x'`, `U+0007`, `'é'`.
  func describeByte(at offset: Int) -> String {
    let byte = bytes[offset]
    if byte >= 0x20, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    if byte < 0x80 { return "control character U+\(hex4(UInt32(byte)))" }
    let length = utf8SequenceLength(at: offset)
    guard length > 0 else { return "byte 0x\(String(byte, radix: 16, uppercase: true))" }
    let text = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
    return "'\(text)'"
  }

  func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}

/// An object member's name: its raw bytes when it has no escapes, else the decoded string.
///
/// Known GeoJSON names are compared as bytes, so no `String` is built for them.
struct Key {
  var start: Int
  var end: Int
  var decoded: String?

  /// The name as a Swift string.
  func string(in bytes: UnsafeBufferPointer<UInt8>) -> String {
    decoded
      ?? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }

  /// Whether the name is exactly `name`, compared byte by byte.
  @inline(__always) func matches(
    _ name: StaticString, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    if let decoded { return decoded == name.description }
    guard end - start == name.utf8CodeUnitCount else { return false }
    let expected = name.utf8Start
    for offset in 0..<(end - start) where bytes[start + offset] != expected[offset] {
      return false
    }
    return true
  }
}
