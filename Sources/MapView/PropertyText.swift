import GeoJSON

/// Reading loosely typed property values.
enum PropertyText {
  /// A string, or a number written without a needless `.0`; `nil` for other values and empty
  /// strings.
  static func of(_ value: JSONValue?) -> String? {
    switch value {
    case .string(let text): return text.isEmpty ? nil : text
    case .number(let number):
      if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
      return "\(number)"
    default: return nil
    }
  }

  /// A number, or a string holding one.
  static func number(_ value: JSONValue?) -> Double? {
    switch value {
    case .number(let number): return number.isFinite ? number : nil
    case .string(let text): return Double(text).flatMap { $0.isFinite ? $0 : nil }
    default: return nil
    }
  }
}
