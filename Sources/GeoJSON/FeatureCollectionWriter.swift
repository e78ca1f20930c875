/// Writes a FeatureCollection piece by piece, so features can be written as they are produced
/// and never held all at once (RFC 7946 §3.3).
///
/// Call `writeHeader`, then `write(_:to:)` for each feature, then `writeTrailer` once; flush
/// `bytes` to a file (e.g. `AtomicFile.write`) whenever it grows large. The output is the
/// same as `GeoJSONWriter.write(_ collection:)`: `type`, `bbox`, `features`, then foreign
/// members such as `name` or a legacy `crs` (names `type`, `bbox` and `features` among the
/// foreign members are left out).
///
/// ```swift
/// var stream = FeatureCollectionWriter(writer: GeoJSONWriter(precision: 7))
/// stream.writeHeader(to: &buffer)
/// for feature in features { stream.write(feature, to: &buffer) }
/// stream.writeTrailer(foreignMembers: members, to: &buffer)
/// ```
public struct FeatureCollectionWriter: Sendable {
  /// The formatting used for every feature.
  public let writer: GeoJSONWriter
  private var members: MemberWriter
  private var elements: ElementWriter

  private static let collectionMembers: Set<String> = ["type", "bbox", "features"]

  /// - Parameter writer: precision and indentation for the output.
  public init(writer: GeoJSONWriter = GeoJSONWriter()) {
    self.writer = writer
    members = MemberWriter(writer: writer, level: 0)
    elements = ElementWriter(writer: writer, level: 1)
  }

  /// Appends `{"type":"FeatureCollection",` the bbox if any, and `"features":[`.
  /// - Parameter bbox: the collection's bounding box (RFC 7946 §5), in coordinate units.
  public mutating func writeHeader(bbox: [Double]? = nil, to bytes: inout [UInt8]) {
    members.open(to: &bytes)
    members.key("type", to: &bytes)
    bytes.append(contentsOf: #""FeatureCollection""#.utf8)
    if let bbox {
      members.key("bbox", to: &bytes)
      writer.writeBoundingBox(bbox, to: &bytes)
    }
    members.key("features", to: &bytes)
    elements.open(to: &bytes)
  }

  /// Appends one feature, with the comma before it when it is not the first.
  public mutating func write(_ feature: Feature, to bytes: inout [UInt8]) {
    elements.next(to: &bytes)
    writer.write(feature, level: 2, to: &bytes)
  }

  /// Appends `]`, the foreign members in order, and `}`.
  /// - Parameter foreignMembers: members RFC 7946 does not define (§6.1), e.g. `name`, `crs`.
  public mutating func writeTrailer(
    foreignMembers: JSONObject = JSONObject(), to bytes: inout [UInt8]
  ) {
    elements.close(to: &bytes)
    for member in foreignMembers where !Self.collectionMembers.contains(member.key) {
      members.key(member.key, to: &bytes)
      writer.write(member.value, level: 1, to: &bytes)
    }
    members.close(to: &bytes)
  }
}
