extension JSONScanner {
  /// Exact powers of ten: every one up to 10^22 is a double, so one multiply or divide by it
  /// is correctly rounded (Clinger's fast path).
  private static let powersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]

  /// Parses the number at the cursor with the exact RFC 8259 §6 grammar:
  /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
  ///
  /// Mantissas up to 2^53 with a decimal exponent within ±22 take one correctly rounded
  /// multiply or divide; anything else goes to the C library's `strtod` on the exact span
  /// (through `Double(String)`, which pins the C locale). Numbers beyond the double range
  /// are rejected (RFC 8259 §6 lets implementations limit the range).
  @inline(__always) mutating func parseNumber() throws(ParseFailure) -> Double {
    let start = index
    let count = bytes.count
    var cursor = index
    let negative = bytes[cursor] == UInt8(ascii: "-")
    if negative { cursor += 1 }
    var mantissa: UInt64 = 0
    var exponent = 0
    var exact = true
    guard cursor < count else { throw numberFailure("a digit after '-'", at: cursor) }
    var digit = bytes[cursor] &- UInt8(ascii: "0")
    if digit == 0 {
      cursor += 1
      if cursor < count, bytes[cursor] &- UInt8(ascii: "0") < 10 {
        throw ParseFailure(
          .invalidJSON, "numbers must not have leading zeros (RFC 8259 §6)", at: start)
      }
    } else if digit < 10 {
      repeat {
        if mantissa < 1_000_000_000_000_000_000 {
          mantissa = mantissa &* 10 &+ UInt64(digit)
        } else {
          exponent += 1
          exact = false
        }
        cursor += 1
        guard cursor < count else { break }
        digit = bytes[cursor] &- UInt8(ascii: "0")
      } while digit < 10
    } else {
      throw numberFailure(negative ? "a digit after '-'" : "a number", at: cursor)
    }
    if cursor < count, bytes[cursor] == UInt8(ascii: ".") {
      cursor += 1
      guard cursor < count, bytes[cursor] &- UInt8(ascii: "0") < 10 else {
        throw numberFailure("a digit after the decimal point", at: cursor)
      }
      repeat {
        digit = bytes[cursor] &- UInt8(ascii: "0")
        if mantissa < 1_000_000_000_000_000_000 {
          mantissa = mantissa &* 10 &+ UInt64(digit)
          exponent -= 1
        } else {
          exact = false
        }
        cursor += 1
      } while cursor < count && bytes[cursor] &- UInt8(ascii: "0") < 10
    }
    if cursor < count, bytes[cursor] | 0x20 == UInt8(ascii: "e") {
      cursor += 1
      var exponentNegative = false
      if cursor < count, bytes[cursor] == UInt8(ascii: "+") || bytes[cursor] == UInt8(ascii: "-") {
        exponentNegative = bytes[cursor] == UInt8(ascii: "-")
        cursor += 1
      }
      guard cursor < count, bytes[cursor] &- UInt8(ascii: "0") < 10 else {
        throw numberFailure("a digit in the exponent", at: cursor)
      }
      var written = 0
      repeat {
        if written < 100_000 { written = written * 10 + Int(bytes[cursor] &- UInt8(ascii: "0")) }
        cursor += 1
      } while cursor < count && bytes[cursor] &- UInt8(ascii: "0") < 10
      exponent += exponentNegative ? -written : written
    }
    index = cursor
    if exact, mantissa <= 1 << 53, exponent >= -22, exponent <= 22 {
      let magnitude =
        exponent >= 0
        ? Double(mantissa) * Self.powersOfTen[exponent]
        : Double(mantissa) / Self.powersOfTen[-exponent]
      return negative ? -magnitude : magnitude
    }
    return try parseNumberSlowly(from: start)
  }

  private func parseNumberSlowly(from start: Int) throws(ParseFailure) -> Double {
    let text = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    guard let value = Double(text), value.isFinite else {
      throw ParseFailure(
        .outOfRange, "number \(text) is beyond the range of a 64-bit float (±1.8e308)",
        at: start)
    }
    return value
  }

  private func numberFailure(_ expected: String, at offset: Int) -> ParseFailure {
    guard offset < bytes.count else {
      return ParseFailure(.truncated, "unexpected end of input, expected \(expected)", at: offset)
    }
    var scanner = self
    scanner.index = offset
    return scanner.unexpected(expected)
  }
}
