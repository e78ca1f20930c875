import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Numbers as the text formats (tables, CSV) write them.
enum PlainText {
  /// Appends `value` with exactly `decimals` places, as `printf("%.*f")` rounds it (the
  /// rounding C and C++ streams, and so GeographicLib's tools, use).
  static func appendFixed(_ value: Double, _ decimals: Int, to bytes: inout [UInt8]) {
    var buffer = [CChar](repeating: 0, count: 64)
    let count = withVaList([Int32(decimals), value]) { arguments in
      vsnprintf(&buffer, buffer.count, "%.*f", arguments)
    }
    guard count > 0, Int(count) < buffer.count else {
      bytes.append(contentsOf: value.description.utf8)
      return
    }
    for index in 0..<Int(count) { bytes.append(UInt8(bitPattern: buffer[index])) }
  }

  /// `value` with exactly `decimals` places (see `appendFixed`).
  static func fixed(_ value: Double, _ decimals: Int) -> String {
    var bytes: [UInt8] = []
    appendFixed(value, decimals, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `value` with at most `decimals` places, trailing zeros removed.
  static func trimmed(_ value: Double, _ decimals: Int) -> String {
    var text = fixed(value, decimals)
    guard text.contains(".") else { return text }
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
  }

  /// `value` rounded to `decimals` places, for JSON numbers.
  static func rounded(_ value: Double, _ decimals: Int) -> Double {
    let scale = pow(10, Double(min(decimals, 15)))
    return (value * scale).rounded() / scale
  }
}
