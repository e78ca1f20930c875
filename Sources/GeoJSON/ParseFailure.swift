/// A rejection found while scanning bytes, located by byte offset only.
///
/// The scanners never track lines or paths on the hot path; `TextLocation` turns the offset
/// into line, column and JSON path once, when a failure reaches the public API.
struct ParseFailure: Error {
  var code: GeoJSONError.Code
  var message: String
  /// Offset of the offending byte in the scanned text (the text's length at end of input).
  var offset: Int

  init(_ code: GeoJSONError.Code, _ message: String, at offset: Int) {
    self.code = code
    self.message = message
    self.offset = offset
  }

  /// The public error, with line, column and path resolved against `bytes`.
  func located(in bytes: UnsafeBufferPointer<UInt8>, file: String?) -> GeoJSONError {
    let location = TextLocation(offset: offset, in: bytes)
    return GeoJSONError(
      code, message, file: file, line: location.line, column: location.column,
      path: location.path)
  }
}
