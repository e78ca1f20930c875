/// The length of well-formed UTF-8 sequences (Unicode 15, Table 3-7), for pointing at the
/// first bad byte of a file that is not text.
enum UTF8Check {
  /// The length (1–4) of the well-formed sequence at `index`, or 0 if it is malformed.
  /// - Parameters:
  ///   - bytes: the text.
  ///   - index: a byte offset into `bytes`.
  static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
    let lead = bytes[index]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      high = 0x9F
    case 0xF0:
      length = 4
      low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      high = 0x8F
    default: return 0
    }
    guard index + length <= bytes.count else { return 0 }
    guard (low...high).contains(bytes[index + 1]) else { return 0 }
    for offset in 2..<max(2, length) where !(0x80...0xBF).contains(bytes[index + offset]) {
      return 0
    }
    return length
  }
}
