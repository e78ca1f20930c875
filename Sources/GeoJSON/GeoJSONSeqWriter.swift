/// Writes GeoJSON text sequences (RFC 8142), one Feature per record, or the newline-delimited
/// variant (one Feature per line, as GDAL's GeoJSONSeq driver and `jq -c` write).
public struct GeoJSONSeqWriter: Hashable, Sendable {
  /// The formatting of each record; always compact, so a record is one line.
  public let writer: GeoJSONWriter
  /// Whether each record starts with the ASCII record separator 0x1E (RFC 8142 §2).
  public let recordSeparator: Bool

  /// - Parameters:
  ///   - precision: decimals for coordinates and bboxes; `nil` for shortest round-trip.
  ///   - recordSeparator: true for RFC 8142 (`RS` + JSON + `LF`), false for one JSON text
  ///     per line.
  public init(precision: Int? = 7, recordSeparator: Bool = false) {
    writer = GeoJSONWriter(precision: precision, pretty: false)
    self.recordSeparator = recordSeparator
  }

  /// One record, terminator included.
  public func encode(_ feature: Feature) -> [UInt8] {
    var bytes: [UInt8] = []
    write(feature, to: &bytes)
    return bytes
  }

  /// Appends one record, terminator included.
  public func write(_ feature: Feature, to bytes: inout [UInt8]) {
    if recordSeparator { bytes.append(0x1E) }
    writer.write(feature, to: &bytes)
    bytes.append(0x0A)
  }
}
