#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a tab-separated file line by line in chunks, so that a GeoNames `allCountries.txt`
/// (1.5 GB) never has to fit in memory, and splits lines into fields without copying.
struct TSVReader {
  /// One line: its 1-based number and its fields as byte ranges of `bytes`.
  struct Line {
    var number: Int
    var bytes: UnsafeBufferPointer<UInt8>
    var fields: [Range<Int>]

    /// Field `index` as bytes.
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
      UnsafeBufferPointer(rebasing: bytes[fields[index]])
    }

    /// Field `index` as a string.
    func string(_ index: Int) -> String {
      String(decoding: field(index), as: UTF8.self)
    }

    /// 1-based byte column where field `index` starts.
    func column(_ index: Int) -> Int { fields[index].lowerBound + 1 }
  }

  let path: String
  private static let chunkSize = 1 << 20

  /// Calls `body` for every non-empty line (a trailing `\r` removed), in order.
  /// - Throws: `GazetteerError(.io)` when the file cannot be read, or what `body` throws.
  func forEachLine(_ body: (inout Line) throws(GazetteerError) -> Void) throws(GazetteerError) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw GazetteerError(.io, "cannot open: \(Self.lastError)", file: path)
    }
    defer { close(descriptor) }
    var status = stat()
    if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
      throw GazetteerError(.io, "is a directory, not a file", file: path)
    }
    var buffer = [UInt8](repeating: 0, count: Self.chunkSize)
    var pending = 0
    var line = Line(number: 0, bytes: UnsafeBufferPointer(start: nil, count: 0), fields: [])
    line.fields.reserveCapacity(32)
    while true {
      if pending == buffer.count {
        buffer.append(contentsOf: repeatElement(0, count: buffer.count))
      }
      let count = try readChunk(descriptor, into: &buffer, at: pending)
      let end = pending + count
      let consumed = try buffer.withUnsafeBufferPointer { all throws(GazetteerError) -> Int in
        try Self.splitLines(
          UnsafeBufferPointer(rebasing: all[0..<end]), final: count == 0, &line, body)
      }
      if count == 0 { return }
      buffer.replaceSubrange(0..<consumed, with: EmptyCollection())
      buffer.append(contentsOf: repeatElement(0, count: consumed))
      pending = end - consumed
    }
  }

  private func readChunk(
    _ descriptor: Int32, into buffer: inout [UInt8], at offset: Int
  ) throws(GazetteerError) -> Int {
    while true {
      let count = buffer.withUnsafeMutableBytes {
        read(descriptor, $0.baseAddress! + offset, $0.count - offset)
      }
      if count >= 0 { return count }
      if errno != EINTR {
        throw GazetteerError(.io, "cannot read: \(Self.lastError)", file: path)
      }
    }
  }

  /// Calls `body` for each complete line of `bytes` (all of them when `final`); returns how
  /// many bytes were consumed.
  private static func splitLines(
    _ bytes: UnsafeBufferPointer<UInt8>, final: Bool, _ line: inout Line,
    _ body: (inout Line) throws(GazetteerError) -> Void
  ) throws(GazetteerError) -> Int {
    var start = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      if end == bytes.count, !final { break }
      line.number += 1
      var stop = end
      if stop > start, bytes[stop - 1] == 0x0D { stop -= 1 }
      if stop > start {
        line.bytes = UnsafeBufferPointer(rebasing: bytes[start..<stop])
        splitFields(&line)
        try body(&line)
      }
      start = end + 1
    }
    return min(start, bytes.count)
  }

  private static func splitFields(_ line: inout Line) {
    line.fields.removeAll(keepingCapacity: true)
    var fieldStart = 0
    for index in 0..<line.bytes.count where line.bytes[index] == 0x09 {
      line.fields.append(fieldStart..<index)
      fieldStart = index + 1
    }
    line.fields.append(fieldStart..<line.bytes.count)
  }

  private static var lastError: String { String(cString: strerror(errno)) }
}

extension TSVReader.Line {
  /// Every field as a string, for checking a header line.
  var strings: [String] { fields.indices.map(string) }

  /// Checks that the line has `count` fields.
  /// - Parameter row: how the message calls the line ("row", "GeoNames row").
  /// - Throws: `GazetteerError(.wrongColumnCount)` naming the line.
  func requireColumns(_ count: Int, row: String = "row", file: String) throws(GazetteerError) {
    guard fields.count != count else { return }
    throw GazetteerError(
      .wrongColumnCount, "\(row) has \(fields.count) tab-separated columns, expected \(count)",
      file: file, line: number, column: 1)
  }

  /// Field `index` as an integer, or `nil` when empty.
  /// - Throws: `GazetteerError(.invalidNumber)` naming the line and column.
  func integer(_ index: Int, _ what: String, file: String) throws(GazetteerError) -> Int? {
    let bytes = field(index)
    if bytes.isEmpty { return nil }
    var value = 0
    var negative = false
    for (offset, byte) in bytes.enumerated() {
      if offset == 0, byte == UInt8(ascii: "-") {
        negative = true
        continue
      }
      guard byte >= 0x30, byte <= 0x39, value < Int.max / 10 - 9 else {
        throw invalid(index, what, file: file)
      }
      value = value * 10 + Int(byte - 0x30)
    }
    if negative, bytes.count == 1 { throw invalid(index, what, file: file) }
    return negative ? -value : value
  }

  /// Field `index` as a finite decimal number, or `nil` when empty.
  ///
  /// Short decimals ("36.33500") are parsed exactly as digits ÷ a power of ten, which is
  /// correctly rounded when both fit a double's 53 bits (Clinger's fast path); anything
  /// else goes through the standard library's parser.
  /// - Throws: `GazetteerError(.invalidNumber)` naming the line and column.
  func decimal(_ index: Int, _ what: String, file: String) throws(GazetteerError) -> Double? {
    let bytes = field(index)
    if bytes.isEmpty { return nil }
    if let fast = Self.fastDecimal(bytes) { return fast }
    guard let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite else {
      throw invalid(index, what, file: file)
    }
    return value
  }

  private static let powersOfTen: [Double] = (0...15).map {
    (0..<$0).reduce(1.0) { a, _ in a * 10 }
  }

  private static func fastDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    var mantissa: UInt64 = 0
    var digits = 0
    var fraction = -1
    var negative = false
    for (offset, byte) in bytes.enumerated() {
      switch byte {
      case UInt8(ascii: "-") where offset == 0: negative = true
      case UInt8(ascii: "+") where offset == 0: continue
      case UInt8(ascii: ".") where fraction < 0: fraction = 0
      case 0x30...0x39:
        mantissa = mantissa * 10 + UInt64(byte - 0x30)
        digits += 1
        if fraction >= 0 { fraction += 1 }
      default: return nil
      }
    }
    guard digits > 0, digits <= 15 else { return nil }
    let value = Double(mantissa) / powersOfTen[max(fraction, 0)]
    return negative ? -value : value
  }

  /// An error for field `index`, at its line and column.
  func invalid(_ index: Int, _ what: String, file: String) -> GazetteerError {
    GazetteerError(
      .invalidNumber, "\(what) '\(string(index))' is not a number", file: file, line: number,
      column: column(index))
  }
}

extension TSVReader.Line {
  /// Whether the whole line is well-formed UTF-8; else the 1-based column of the first bad
  /// byte.
  func firstInvalidUTF8Column() -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return index + 1
      }
      guard index + length <= count else { return index + 1 }
      for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return index + 1 }
      index += length
    }
    return nil
  }
}
