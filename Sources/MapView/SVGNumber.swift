/// Numbers as SVG text, the same bytes on every machine: fixed decimals from integer
/// arithmetic, no locale, no exponent, no `-0`.
enum SVGNumber {
  /// `value` rounded half away from zero to `decimals` places, trailing zeros dropped.
  /// - Parameters:
  ///   - value: the number; not finite values give `0`.
  ///   - decimals: places after the point, 0 to 9.
  static func format(_ value: Double, decimals: Int = 1) -> String {
    guard value.isFinite else { return "0" }
    var factor: Int64 = 1
    for _ in 0..<decimals { factor *= 10 }
    let limit = Double(Int64.max / 2) / Double(factor)
    let scaled = Int64((min(max(value, -limit), limit) * Double(factor)).rounded())
    guard scaled != 0 else { return "0" }
    let magnitude = scaled.magnitude
    let whole = magnitude / UInt64(factor)
    var fraction = magnitude % UInt64(factor)
    var text = (scaled < 0 ? "-" : "") + String(whole)
    guard fraction != 0 else { return text }
    var digits = decimals
    while fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    let fractionText = String(fraction)
    text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
    return text
  }
}
