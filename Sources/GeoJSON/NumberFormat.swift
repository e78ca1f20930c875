/// Formats doubles as JSON numbers straight into a byte buffer.
///
/// Fixed precision uses integer arithmetic (scale, round, emit digits) instead of
/// `String(format:)`, which is what makes coordinate output fast.
enum NumberFormat {
  private static let powersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
  ]

  /// Appends `value` in the shortest form that reads back as the same double: integers
  /// without a fraction (`42`, not `42.0`), others as Swift's shortest round-trip text
  /// (`0.1`, `1e-07`, `1.5e+300`, all valid JSON). Not-a-number and infinities, which JSON
  /// cannot hold, are written as `null`.
  static func appendShortest(_ value: Double, to bytes: inout [UInt8]) {
    guard value.isFinite else {
      bytes.append(contentsOf: "null".utf8)
      return
    }
    let magnitude = value.magnitude
    if magnitude < 9_007_199_254_740_992, magnitude.rounded(.towardZero) == magnitude {
      appendDigits(UInt64(magnitude), fractionDigits: 0, negative: value < 0, to: &bytes)
      return
    }
    // Swift writes integral doubles up to 2^54 or so as "9007199254740992.0".
    let text = value.description
    bytes.append(contentsOf: (text.hasSuffix(".0") ? text.dropLast(2) : text[...]).utf8)
  }

  /// Appends `value` rounded to `precision` decimals, half away from zero, with trailing
  /// zeros and a bare decimal point removed and `-0` written as `0` (GDAL's RFC 7946 mode
  /// writes coordinates the same way).
  ///
  /// Rounding applies to the shortest decimal that reads back as `value`, i.e. the number as
  /// written in the input: `1.23456785` becomes `1.2345679` although the nearest double lies
  /// a hair below the tie. The fast path scales by 10^precision with one correctly rounded
  /// multiply and rounds in integers; when the scaled value lies within 4 units in the last
  /// place of a tie, where that multiply could tip the result, the shortest decimal digits
  /// are rounded instead.
  /// - Parameter precision: decimals; negative values count as 0.
  static func appendFixed(_ value: Double, precision: Int, to bytes: inout [UInt8]) {
    let precision = max(0, precision)
    guard value.isFinite else {
      bytes.append(contentsOf: "null".utf8)
      return
    }
    if precision < powersOfTen.count {
      let scaled = value.magnitude * powersOfTen[precision]
      if scaled < 4_503_599_627_370_496 {
        let whole = scaled.rounded(.down)
        let fraction = scaled - whole
        if (fraction - 0.5).magnitude > 4 * scaled.ulp {
          let rounded = UInt64(whole) + (fraction > 0.5 ? 1 : 0)
          appendDigits(
            rounded, fractionDigits: precision, negative: value < 0 && rounded != 0, to: &bytes)
          return
        }
      }
    }
    appendRoundedDecimal(value, precision: precision, to: &bytes)
  }

  /// Appends `value / 10^fractionDigits` with trailing fractional zeros trimmed.
  @inline(__always) static func appendDigits(
    _ value: UInt64, fractionDigits: Int, negative: Bool, to bytes: inout [UInt8]
  ) {
    var value = value
    var fractionDigits = fractionDigits
    while fractionDigits > 0, value % 10 == 0 {
      value /= 10
      fractionDigits -= 1
    }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
      var cursor = 48
      var written = 0
      repeat {
        cursor -= 1
        buffer[cursor] = UInt8(truncatingIfNeeded: value % 10) + UInt8(ascii: "0")
        value /= 10
        written += 1
        if written == fractionDigits {
          cursor -= 1
          buffer[cursor] = UInt8(ascii: ".")
        }
      } while value != 0 || written < fractionDigits
      if written == fractionDigits {
        cursor -= 1
        buffer[cursor] = UInt8(ascii: "0")
      }
      if negative {
        cursor -= 1
        buffer[cursor] = UInt8(ascii: "-")
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[cursor..<48]))
    }
  }

  /// The exact path: rounds the shortest round-trip decimal digits of `value` half away from
  /// zero at `precision` decimals.
  private static func appendRoundedDecimal(
    _ value: Double, precision: Int, to bytes: inout [UInt8]
  ) {
    var digits: [UInt8] = []
    var pointPosition = 0
    var exponent = 0
    var seenPoint = false
    var inExponent = false
    var exponentNegative = false
    for byte in value.magnitude.description.utf8 {
      switch byte {
      case UInt8(ascii: "."): seenPoint = true
      case UInt8(ascii: "e"): inExponent = true
      case UInt8(ascii: "-") where inExponent: exponentNegative = true
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        if inExponent {
          exponent = exponent * 10 + Int(byte - UInt8(ascii: "0"))
        } else {
          digits.append(byte - UInt8(ascii: "0"))
          if !seenPoint { pointPosition += 1 }
        }
      default: break
      }
    }
    pointPosition += exponentNegative ? -exponent : exponent
    // digits × 10^(pointPosition − digits.count) is the value; keep pointPosition + precision
    // digits.
    let keep = pointPosition + precision
    var kept: [UInt8]
    if keep < 0 {
      kept = []
    } else if keep >= digits.count {
      kept = digits + Array(repeating: 0, count: keep - digits.count)
    } else {
      kept = Array(digits[..<keep])
      if digits[keep] >= 5 {
        var position = kept.count - 1
        while position >= 0, kept[position] == 9 {
          kept[position] = 0
          position -= 1
        }
        if position >= 0 { kept[position] += 1 } else { kept.insert(1, at: 0) }
      }
    }
    // kept holds the rounded value × 10^precision as decimal digits.
    while kept.first == 0 { kept.removeFirst() }
    var fractionDigits = precision
    while fractionDigits > 0, kept.last == 0 {
      kept.removeLast()
      fractionDigits -= 1
    }
    guard !kept.isEmpty else {
      bytes.append(UInt8(ascii: "0"))
      return
    }
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    let integerCount = kept.count - fractionDigits
    if integerCount <= 0 {
      bytes.append(UInt8(ascii: "0"))
    } else {
      for digit in kept[..<integerCount] { bytes.append(digit + UInt8(ascii: "0")) }
    }
    guard fractionDigits > 0 else { return }
    bytes.append(UInt8(ascii: "."))
    if integerCount < 0 {
      bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -integerCount))
    }
    for digit in kept[max(0, integerCount)...] { bytes.append(digit + UInt8(ascii: "0")) }
  }
}
