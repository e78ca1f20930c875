import Testing

@testable import GeoJSON

@Suite struct JSONReaderTests {
  private func parse(_ text: String) throws(GeoJSONError) -> JSONValue {
    try JSONReader.parse(utf8(text), file: "t.json")
  }

  private func number(_ text: String) throws -> Double {
    let value = try parse(text)
    return try #require(value.numberValue)
  }

  @Test func parsesEveryKindOfValueInOrder() throws {
    let value = try parse(#" {"b": [true, false, null], "a": {"x": "y"}, "n": -12.5e1} "#)
    let object = try #require(value.objectValue)
    #expect(object.keys == ["b", "a", "n"])
    #expect(object["b"] == [true, false, nil])
    #expect(object["a"] == ["x": "y"])
    #expect(object["n"] == .number(-125))
  }

  @Test func aRepeatedNameKeepsItsFirstPlaceAndLastValue() throws {
    let object = try #require(try parse(#"{"a": 1, "b": 2, "a": 3}"#).objectValue)
    #expect(object.keys == ["a", "b"])
    #expect(object["a"] == 3)
  }

  @Test func repeatedNamesAreFoundInLargeObjectsToo() throws {
    let members = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
    let object = try #require(try parse("{\(members), \"k5\": \"again\", \"k40\": 40}").objectValue)
    #expect(object.count == 41)
    #expect(object["k5"] == "again")
    #expect(object.keys[5] == "k5")
    #expect(object.keys.last == "k40")
  }

  @Test(arguments: [
    ("0", 0.0), ("-0", -0.0), ("1E+2", 100), ("1e2", 100), ("0.1e-2", 0.001),
    ("123.456", 123.456), ("-0.000001", -0.000001), ("1e-400", 0),
    ("9007199254740993", 9_007_199_254_740_992),
    ("12345678901234567890", 12_345_678_901_234_567_890),
    ("1.7976931348623157e308", 1.7976931348623157e308),
    ("2.2250738585072011e-308", 2.2250738585072011e-308),
    ("0.30000000000000004", 0.30000000000000004),
    ("44.123456789012345678901", 44.123456789012345678901),
  ])
  func numbersFollowTheGrammarAndRoundCorrectly(text: String, expected: Double) throws {
    let value = try number(text)
    #expect(value == expected)
    #expect(value.sign == expected.sign)
  }

  @Test(arguments: [
    ("01", "numbers must not have leading zeros (RFC 8259 §6)", 1),
    ("-01", "numbers must not have leading zeros (RFC 8259 §6)", 1),
    ("+1", "unexpected '+', expected a JSON value", 1),
    ("1.", "unexpected end of input, expected a digit after the decimal point", 3),
    ("1.e5", "unexpected 'e', expected a digit after the decimal point", 3),
    (".5", "unexpected '.', expected a JSON value", 1),
    ("1e", "unexpected end of input, expected a digit in the exponent", 3),
    ("1e+", "unexpected end of input, expected a digit in the exponent", 4),
    ("-", "unexpected end of input, expected a digit after '-'", 2),
    ("-x", "unexpected 'x', expected a digit after '-'", 2),
    ("NaN", "unexpected 'N', expected a JSON value", 1),
    ("Infinity", "unexpected 'I', expected a JSON value", 1),
    ("-Infinity", "unexpected 'I', expected a digit after '-'", 2),
  ])
  func malformedNumbersAreRejected(text: String, message: String, column: Int) {
    let error = capture { () throws(GeoJSONError) in try parse(text) }
    #expect(error?.message == message)
    #expect(error?.column == column)
    #expect(error?.code == (message.hasPrefix("unexpected end") ? .truncated : .invalidJSON))
  }

  @Test func numbersBeyondTheDoubleRangeAreOutOfRange() {
    let error = capture { () throws(GeoJSONError) in try parse("[1, -1e400]") }
    expectError(
      error, .outOfRange, "number -1e400 is beyond the range of a 64-bit float (±1.8e308)",
      line: 1, column: 5, path: "[1]")
  }

  @Test func stringsDecodeEscapesAndSurrogatePairs() throws {
    let value = try parse(#"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u0041", "\ud83d\ude00", "دير الزور"]"#)
    #expect(value == ["a\"b\\c/d\u{8}\u{C}\n\r\t", "éA", "😀", "دير الزور"])
  }

  @Test func loneSurrogatesAreRejected() {
    expectError(
      capture { () throws(GeoJSONError) in try parse(#"{"name": "x\ud800y"}"#) }, .invalidJSON,
      "lone high surrogate \\uD800 in a string: it must be followed by a low surrogate "
        + "\\uDC00–\\uDFFF", line: 1, column: 12, path: "name")
    expectError(
      capture { () throws(GeoJSONError) in try parse(#"["\udc00"]"#) }, .invalidJSON,
      "lone low surrogate \\uDC00 in a string", line: 1, column: 3, path: "[0]")
    expectError(
      capture { () throws(GeoJSONError) in try parse(#"["\ud800\u0041"]"#) }, .invalidJSON,
      "high surrogate \\uD800 followed by \\u0041, not by a low surrogate", line: 1, column: 3,
      path: "[0]")
  }

  @Test func controlCharactersInStringsAreRejected() {
    expectError(
      capture { () throws(GeoJSONError) in try parse("{\"a\": \"tab\there\"}") }, .invalidJSON,
      "control character U+0009 in a string must be escaped (RFC 8259 §7), e.g. as \\u0009",
      line: 1, column: 11, path: "a")
  }

  @Test func badEscapesAreRejected() {
    expectError(
      capture { () throws(GeoJSONError) in try parse(#"["\x"]"#) }, .invalidJSON,
      #"invalid escape '\x' in a string; valid escapes are \" \\ \/ \b \f \n \r \t and \u "#
        + "with four hexadecimal digits",
      line: 1, column: 3, path: "[0]")
    expectError(
      capture { () throws(GeoJSONError) in try parse(#"["\u12G4"]"#) }, .invalidJSON,
      "\\u must be followed by 4 hexadecimal digits, found 'G'", line: 1, column: 7,
      path: "[0]")
  }

  @Test(
    arguments: [
      ([0xC0, 0x80], "invalid UTF-8: overlong encoding (lead byte 0xC0)"),
      ([0xE0, 0x80, 0x80], "invalid UTF-8: overlong encoding (lead byte 0xE0)"),
      ([0xF0, 0x80, 0x80, 0x80], "invalid UTF-8: overlong encoding (lead byte 0xF0)"),
      ([0xED, 0xA0, 0x80], "invalid UTF-8: a UTF-16 surrogate encoded in UTF-8 (lead byte 0xED)"),
      ([0xF4, 0x90, 0x80, 0x80], "invalid UTF-8: a code point beyond U+10FFFF (lead byte 0xF4)"),
      ([0xF5, 0x80, 0x80, 0x80], "invalid UTF-8: a code point beyond U+10FFFF (lead byte 0xF5)"),
      ([0x80], "invalid UTF-8: unexpected continuation byte 0x80"),
      ([0xC3], "invalid UTF-8: incomplete sequence starting with 0xC3"),
      ([0xE2, 0x82], "invalid UTF-8: incomplete sequence starting with 0xE2"),
    ] as [([UInt8], String)])
  func invalidUTF8IsRejectedWhereItStarts(sequence: [UInt8], message: String) {
    let bytes = utf8("{\"name\": \"ok é ") + sequence + utf8("\"}")
    let error = capture { () throws(GeoJSONError) in try JSONReader.parse(bytes) }
    expectError(error, .invalidUTF8, message, line: 1, column: 16, path: "name")
  }

  @Test func invalidUTF8OutsideStringsIsNamedAsSuch() {
    let error = capture { () throws(GeoJSONError) in try JSONReader.parse([0x5B, 0xFF, 0x5D]) }
    expectError(
      error, .invalidUTF8, "invalid UTF-8: a code point beyond U+10FFFF (lead byte 0xFF)",
      line: 1, column: 2, path: "[0]")
  }

  @Test func nonASCIIOutsideStringsIsInvalidJSON() {
    let error = capture { () throws(GeoJSONError) in try parse("[é]") }
    expectError(
      error, .invalidJSON, "unexpected 'é', expected a JSON value", line: 1, column: 2,
      path: "[0]")
  }

  @Test func aUTF8ByteOrderMarkIsSkipped() throws {
    #expect(try JSONReader.parse([0xEF, 0xBB, 0xBF] + utf8("[1]")) == [1])
    let error = capture { () throws(GeoJSONError) in
      try JSONReader.parse([0xEF, 0xBB, 0xBF] + utf8("[1 2]"))
    }
    expectError(
      error, .invalidJSON, "unexpected '2', expected ',' or ']'", line: 1, column: 4,
      path: "[0]")
  }

  @Test func utf16IsRejected() {
    let error = capture { () throws(GeoJSONError) in try JSONReader.parse([0xFF, 0xFE, 0x5B, 0x00])
    }
    expectError(
      error, .invalidUTF8, "the text is UTF-16; JSON must be UTF-8 (RFC 8259 §8.1)", line: 1,
      column: 1, path: nil)
  }

  @Test func emptyInputIsTruncated() {
    for input in ["", " \n\t "] {
      let error = capture { () throws(GeoJSONError) in try parse(input) }
      #expect(error?.code == .truncated)
      #expect(error?.message == "empty input: expected a JSON value")
    }
  }

  @Test func truncatedInputNamesWhereItEnds() {
    expectError(
      capture { () throws(GeoJSONError) in try parse("{\"a\": [1,\n 2") }, .truncated,
      "unexpected end of input, expected ',' or ']'", line: 2, column: 3, path: "a[1]")
    expectError(
      capture { () throws(GeoJSONError) in try parse(#"{"a": "unterminated"#) }, .truncated,
      "unexpected end of input inside a string", line: 1, column: 20, path: "a")
    expectError(
      capture { () throws(GeoJSONError) in try parse(#"[tru"#) }, .truncated,
      "unexpected end of input inside the literal true", line: 1, column: 5, path: "[0]")
  }

  @Test func trailingGarbageIsRejected() {
    expectError(
      capture { () throws(GeoJSONError) in try parse("{\"a\": 1}\n}") }, .trailingGarbage,
      "unexpected '}' after the end of the JSON text", line: 2, column: 1, path: nil)
    expectError(
      capture { () throws(GeoJSONError) in try parse("[1] [2]") }, .trailingGarbage,
      "unexpected '[' after the end of the JSON text", line: 1, column: 5, path: nil)
  }

  @Test func syntaxErrorsSayWhatWasExpected() {
    expectError(
      capture { () throws(GeoJSONError) in try parse(#"{"a" 1}"#) }, .invalidJSON,
      "unexpected '1', expected ':' after the member name", line: 1, column: 6, path: nil)
    expectError(
      capture { () throws(GeoJSONError) in try parse(#"{a: 1}"#) }, .invalidJSON,
      "unexpected 'a', expected a member name in double quotes", line: 1, column: 2, path: nil)
    expectError(
      capture { () throws(GeoJSONError) in try parse(#"[1,]"#) }, .invalidJSON,
      "unexpected ']', expected a JSON value", line: 1, column: 4, path: nil)
    expectError(
      capture { () throws(GeoJSONError) in try parse(#"{"a": truex}"#) }, .invalidJSON,
      "unexpected 'x', expected ',' or '}'", line: 1, column: 11, path: "a")
    expectError(
      capture { () throws(GeoJSONError) in try parse(#"{"a": truth}"#) }, .invalidJSON,
      "invalid literal: expected true", line: 1, column: 7, path: "a")
  }

  @Test func nestingIsLimitedTo512Levels() throws {
    let deepest = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    #expect(try parse(deepest).arrayValue?.count == 1)
    let tooDeep = capture { () throws(GeoJSONError) in
      try JSONReader.parse(Array(repeating: UInt8(ascii: "["), count: 100_000))
    }
    #expect(tooDeep?.code == .nestingTooDeep)
    #expect(tooDeep?.message == "arrays and objects are nested more than 512 deep")
    #expect(tooDeep?.line == 1)
    #expect(tooDeep?.column == 513)
  }

  @Test func errorsNameTheFileAndPrintLikeACompiler() {
    let error = capture { () throws(GeoJSONError) in try parse("{\n  \"a\": [1, x]\n}") }
    #expect(error?.description == "t.json:2:12: unexpected 'x', expected a JSON value (at a[1])")
  }

  @Test func columnsCountCharactersNotBytes() {
    let error = capture { () throws(GeoJSONError) in try parse(#"{"اسم": "دير", "x": y}"#) }
    #expect(error?.column == 21)
    #expect(error?.path == "x")
  }
}
