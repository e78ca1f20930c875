extension JSONReader {
  /// Reads a JSON text that is one object whose members are all strings, numbers, booleans
  /// or null (a ledger line), calling `member` with each member's name bytes, the offset of
  /// the name's opening quote and its value, in document order, without building a
  /// `JSONObject`.
  ///
  /// Strings and numbers follow RFC 8259 exactly, as in `parse`. Returns `false` when the
  /// text is not such an object (a nested value, a name with escapes, or any syntax error),
  /// after calling `member` for some members perhaps: the caller then discards what it got
  /// and calls `parse`, which gives the general value or the located error.
  /// - Parameters:
  ///   - bytes: the UTF-8 text, without a byte order mark.
  ///   - member: called with the name's UTF-8 bytes, its 0-based offset and the value.
  package static func forEachMember(
    ofFlatObject bytes: UnsafeBufferPointer<UInt8>,
    _ member: (_ name: UnsafeBufferPointer<UInt8>, _ offset: Int, _ value: JSONValue) -> Void
  ) -> Bool {
    var scanner = JSONScanner(bytes)
    do throws(ParseFailure) {
      scanner.skipWhitespace()
      guard scanner.current == UInt8(ascii: "{") else { return false }
      if try scanner.open(UInt8(ascii: "{"), close: UInt8(ascii: "}"), depth: 1) {
        try scanner.expectEnd()
        return true
      }
      repeat {
        let offset = scanner.index
        let name = try scanner.key()
        guard name.decoded == nil else { return false }
        switch scanner.current {
        case UInt8(ascii: "{"), UInt8(ascii: "["): return false
        default: break
        }
        let value = try scanner.parseValue(depth: 1)
        member(UnsafeBufferPointer(rebasing: bytes[name.start..<name.end]), offset, value)
      } while try scanner.nextElement(close: UInt8(ascii: "}"))
      try scanner.expectEnd()
      return true
    } catch {
      return false
    }
  }
}
