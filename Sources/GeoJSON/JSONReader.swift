/// Parses JSON text (RFC 8259) from UTF-8 bytes into a `JSONValue`, without Foundation.
public enum JSONReader {
  /// Parses exactly one JSON text; anything that is not JSON is rejected.
  ///
  /// A leading UTF-8 byte order mark is skipped (RFC 8259 §8.1 allows ignoring it); UTF-16
  /// text, invalid UTF-8, unescaped control characters, lone surrogate escapes, leading
  /// zeros, `NaN`, nesting deeper than 512 and numbers beyond the double range are errors.
  /// - Parameters:
  ///   - bytes: the UTF-8 text.
  ///   - file: the file name to put in errors (`nil` or `-` for standard input).
  /// - Throws: `GeoJSONError` with the line, column (in characters) and path of the
  ///   offending byte.
  public static func parse(_ bytes: [UInt8], file: String? = nil) throws(GeoJSONError)
    -> JSONValue
  {
    try bytes.withUnsafeBufferPointer { (buffer) throws(GeoJSONError) -> JSONValue in
      var scanner = JSONScanner(buffer)
      do throws(ParseFailure) {
        try scanner.skipByteOrderMark()
        scanner.skipWhitespace()
        guard !scanner.isAtEnd else {
          throw ParseFailure(.truncated, "empty input: expected a JSON value", at: scanner.index)
        }
        let value = try scanner.parseValue(depth: 0)
        try scanner.expectEnd()
        return value
      } catch {
        throw error.located(in: buffer, file: file)
      }
    }
  }
}
