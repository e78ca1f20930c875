extension JSONScanner {
  /// Parses the value at the cursor into a `JSONValue`; `depth` counts the enclosing
  /// containers.
  mutating func parseValue(depth: Int) throws(ParseFailure) -> JSONValue {
    switch current {
    case UInt8(ascii: "{"): return .object(try parseObject(depth: depth + 1))
    case UInt8(ascii: "["): return .array(try parseArray(depth: depth + 1))
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
    case UInt8(ascii: "t"):
      try literal("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try literal("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try literal("null")
      return .null
    default: throw unexpected("a JSON value")
    }
  }

  /// Parses the object at the cursor, keeping member order. A repeated name keeps its first
  /// position and its last value (RFC 8259 §4 leaves this open; JavaScript does the same).
  mutating func parseObject(depth: Int) throws(ParseFailure) -> JSONObject {
    var object = JSONObject()
    if try open(UInt8(ascii: "{"), close: UInt8(ascii: "}"), depth: depth) { return object }
    // Small objects look for a repeated name by scanning; large ones switch to a set so that
    // an object with many members stays linear.
    var names: Set<String>?
    repeat {
      let name = try key().string(in: bytes)
      let value = try parseValue(depth: depth)
      let isNew: Bool
      if let inserted = names?.insert(name).inserted {
        isNew = inserted
      } else {
        isNew = !object.members.contains { $0.key == name }
        if object.count >= 16 { names = Set(object.keys + [name]) }
      }
      if isNew {
        object.appendUnchecked(name, value)
      } else {
        object[name] = value
      }
    } while try nextElement(close: UInt8(ascii: "}"))
    return object
  }

  /// Parses the array at the cursor.
  mutating func parseArray(depth: Int) throws(ParseFailure) -> [JSONValue] {
    var array: [JSONValue] = []
    if try open(UInt8(ascii: "["), close: UInt8(ascii: "]"), depth: depth) { return array }
    repeat {
      array.append(try parseValue(depth: depth))
    } while try nextElement(close: UInt8(ascii: "]"))
    return array
  }

  /// Checks the value at the cursor and moves past it without building anything.
  mutating func skipValue(depth: Int) throws(ParseFailure) {
    switch current {
    case UInt8(ascii: "{"):
      if try open(UInt8(ascii: "{"), close: UInt8(ascii: "}"), depth: depth + 1) { return }
      repeat {
        _ = try key()
        try skipValue(depth: depth + 1)
      } while try nextElement(close: UInt8(ascii: "}"))
    case UInt8(ascii: "["):
      if try open(UInt8(ascii: "["), close: UInt8(ascii: "]"), depth: depth + 1) { return }
      repeat {
        try skipValue(depth: depth + 1)
      } while try nextElement(close: UInt8(ascii: "]"))
    case UInt8(ascii: "\""): _ = try scanString()
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try parseNumber()
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    default: throw unexpected("a JSON value")
    }
  }

  /// Consumes `word` (`true`, `false` or `null`) at the cursor.
  mutating func literal(_ word: StaticString) throws(ParseFailure) {
    let start = index
    let expected = word.utf8Start
    for offset in 0..<word.utf8CodeUnitCount {
      guard index < bytes.count else {
        throw ParseFailure(
          .truncated, "unexpected end of input inside the literal \(word)", at: index)
      }
      guard bytes[index] == expected[offset] else {
        throw ParseFailure(
          .invalidJSON,
          offset == 0
            ? "unexpected \(describeByte(at: index)), expected a JSON value"
            : "invalid literal: expected \(word)", at: offset == 0 ? index : start)
      }
      index += 1
    }
  }

  /// A human name for the kind of value that starts at the cursor, for messages; `nil` when
  /// no value starts there.
  var valueKindName: String? {
    switch current {
    case UInt8(ascii: "{"): "an object"
    case UInt8(ascii: "["): "an array"
    case UInt8(ascii: "\""): "a string"
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): "a number"
    case UInt8(ascii: "t"), UInt8(ascii: "f"): "a boolean"
    case UInt8(ascii: "n"): "null"
    default: nil
    }
  }
}
