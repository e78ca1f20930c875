extension JSONScanner {
  /// Scans the string at the cursor (RFC 8259 §7) and returns it as a `Key`: the raw span
  /// when it has no escapes, else the decoded text.
  mutating func scanString() throws(ParseFailure) -> Key {
    let start = index + 1
    var cursor = start
    let count = bytes.count
    while cursor < count {
      let byte = bytes[cursor]
      if byte == UInt8(ascii: "\"") {
        index = cursor + 1
        return Key(start: start, end: cursor, decoded: nil)
      }
      if byte == UInt8(ascii: "\\") {
        index = cursor
        return Key(start: start, end: cursor, decoded: try decodeEscapedString(from: start))
      }
      if byte < 0x20 { throw controlCharacterFailure(at: cursor) }
      if byte < 0x80 {
        cursor += 1
      } else {
        cursor += try validUTF8Length(at: cursor)
      }
    }
    throw ParseFailure(.truncated, "unexpected end of input inside a string", at: count)
  }

  /// Scans the string at the cursor and returns its text.
  mutating func parseString() throws(ParseFailure) -> String {
    let key = try scanString()
    return key.string(in: bytes)
  }

  /// Decodes a string that contains escapes; `start` is its first content byte and the
  /// cursor is on the first backslash.
  private mutating func decodeEscapedString(from start: Int) throws(ParseFailure) -> String {
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return String(decoding: scratch, as: UTF8.self)
      case UInt8(ascii: "\\"):
        try decodeEscape()
      case 0..<0x20:
        throw controlCharacterFailure(at: index)
      case 0x80...:
        let length = try validUTF8Length(at: index)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
        index += length
      default:
        scratch.append(byte)
        index += 1
      }
    }
    throw ParseFailure(.truncated, "unexpected end of input inside a string", at: count)
  }

  /// Decodes the escape at the cursor into `scratch` (RFC 8259 §7), joining surrogate pairs.
  private mutating func decodeEscape() throws(ParseFailure) {
    let escapeStart = index
    guard index + 1 < bytes.count else {
      throw ParseFailure(.truncated, "unexpected end of input inside a string", at: bytes.count)
    }
    let simple: UInt8? =
      switch bytes[index + 1] {
      case UInt8(ascii: "\""): 0x22
      case UInt8(ascii: "\\"): 0x5C
      case UInt8(ascii: "/"): 0x2F
      case UInt8(ascii: "b"): 0x08
      case UInt8(ascii: "f"): 0x0C
      case UInt8(ascii: "n"): 0x0A
      case UInt8(ascii: "r"): 0x0D
      case UInt8(ascii: "t"): 0x09
      default: nil
      }
    if let simple {
      scratch.append(simple)
      index += 2
      return
    }
    guard bytes[index + 1] == UInt8(ascii: "u") else {
      throw ParseFailure(
        .invalidJSON,
        "invalid escape '\\\(describeByte(at: index + 1).dropFirst().dropLast())' in a string; "
          + "valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u with four hexadecimal "
          + "digits", at: escapeStart)
    }
    index += 2
    var scalar = try hexQuad()
    if (0xDC00...0xDFFF).contains(scalar) {
      throw ParseFailure(
        .invalidJSON, "lone low surrogate \\u\(hex4(scalar)) in a string", at: escapeStart)
    }
    if (0xD800...0xDBFF).contains(scalar) {
      guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
        bytes[index + 1] == UInt8(ascii: "u")
      else {
        throw ParseFailure(
          .invalidJSON,
          "lone high surrogate \\u\(hex4(scalar)) in a string: it must be followed by a low "
            + "surrogate \\uDC00–\\uDFFF", at: escapeStart)
      }
      index += 2
      let low = try hexQuad()
      guard (0xDC00...0xDFFF).contains(low) else {
        throw ParseFailure(
          .invalidJSON,
          "high surrogate \\u\(hex4(scalar)) followed by \\u\(hex4(low)), not by a low "
            + "surrogate", at: escapeStart)
      }
      scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
    }
    // Lone surrogates were rejected above, so the scalar is valid.
    UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}") { scratch.append($0) }
  }

  private mutating func hexQuad() throws(ParseFailure) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard index < bytes.count else {
        throw ParseFailure(.truncated, "unexpected end of input inside a string", at: index)
      }
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default:
        throw ParseFailure(
          .invalidJSON,
          "\\u must be followed by 4 hexadecimal digits, found "
            + describeByte(at: index), at: index)
      }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return value
  }

  private func controlCharacterFailure(at offset: Int) -> ParseFailure {
    ParseFailure(
      .invalidJSON,
      "\(describeByte(at: offset)) in a string must be escaped (RFC 8259 §7), e.g. as \\u"
        + hex4(UInt32(bytes[offset])), at: offset)
  }

  // MARK: UTF-8

  /// The length of the well-formed UTF-8 sequence at `offset`, or the failure saying why it
  /// is not one (RFC 3629 §4).
  func validUTF8Length(at offset: Int) throws(ParseFailure) -> Int {
    let length = utf8SequenceLength(at: offset)
    guard length > 0 else {
      throw utf8Failure(at: offset)
        ?? ParseFailure(.invalidUTF8, "invalid UTF-8", at: offset)
    }
    return length
  }

  /// The length of the well-formed UTF-8 sequence at `offset`, 0 when it is ill-formed.
  @inline(__always) func utf8SequenceLength(at offset: Int) -> Int {
    let lead = bytes[offset]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: (length, low) = (3, 0xA0)
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: (length, high) = (3, 0x9F)
    case 0xF0: (length, low) = (4, 0x90)
    case 0xF1...0xF3: length = 4
    case 0xF4: (length, high) = (4, 0x8F)
    default: return 0
    }
    guard offset + length <= bytes.count else { return 0 }
    let second = bytes[offset + 1]
    guard second >= low, second <= high else { return 0 }
    for next in (offset + 2)..<(offset + length) where bytes[next] & 0xC0 != 0x80 {
      return 0
    }
    return length
  }

  /// Why the bytes at `offset` are not UTF-8, or `nil` when they are.
  func utf8Failure(at offset: Int) -> ParseFailure? {
    guard utf8SequenceLength(at: offset) == 0 else { return nil }
    let lead = bytes[offset]
    let hex = "0x" + String(lead, radix: 16, uppercase: true)
    let second: UInt8? = offset + 1 < bytes.count ? bytes[offset + 1] : nil
    let reason: String
    switch lead {
    case 0x80...0xBF: reason = "unexpected continuation byte \(hex)"
    case 0xC0, 0xC1: reason = "overlong encoding (lead byte \(hex))"
    case 0xE0 where second.map { $0 < 0xA0 && $0 >= 0x80 } ?? false,
      0xF0 where second.map { $0 < 0x90 && $0 >= 0x80 } ?? false:
      reason = "overlong encoding (lead byte \(hex))"
    case 0xED where second.map { $0 >= 0xA0 && $0 <= 0xBF } ?? false:
      reason = "a UTF-16 surrogate encoded in UTF-8 (lead byte \(hex))"
    case 0xF4 where second.map { $0 >= 0x90 && $0 <= 0xBF } ?? false, 0xF5...0xFF:
      reason = "a code point beyond U+10FFFF (lead byte \(hex))"
    default: reason = "incomplete sequence starting with \(hex)"
    }
    return ParseFailure(.invalidUTF8, "invalid UTF-8: \(reason)", at: offset)
  }
}
