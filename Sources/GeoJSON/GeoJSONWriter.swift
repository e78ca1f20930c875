/// Writes GeoJSON (RFC 7946) and JSON (RFC 8259) as UTF-8 bytes, without Foundation.
///
/// Output is compact unless `pretty`; it has no trailing newline. Coordinates and `bbox`
/// values are rounded to `precision` decimals (see `NumberFormat.appendFixed`); rounding is
/// monotonic, so a rounded bbox still contains the rounded geometry. Other numbers use the
/// shortest text that reads back as the same double. Polygon rings are written to the
/// right-hand rule (RFC 7946 §3.1.6: exterior counterclockwise, holes clockwise) by walking
/// a wrongly wound ring backwards; rings with zero area are written as they are. Members come
/// in the order `type`, `id`, `bbox`, `geometry`/`coordinates`/`geometries`/`features`,
/// `properties`, then foreign members in their original order; a foreign member that reuses
/// one of those names is left out, so the output never repeats a name. Non-finite numbers,
/// which JSON cannot hold, are written as `null`.
public struct GeoJSONWriter: Hashable, Sendable {
  /// Decimals for coordinates and bbox values; `nil` writes the shortest round-trip form.
  public var precision: Int?
  /// Whether to indent with 2 spaces and one member or element per line (positions stay on
  /// one line).
  public var pretty: Bool

  /// - Parameters:
  ///   - precision: decimals for coordinates and bboxes (7 ≈ 1 cm at the equator, the RFC
  ///     7946 §11.2 suggestion); negative values count as 0; `nil` for shortest round-trip.
  ///   - pretty: indent the output.
  public init(precision: Int? = 7, pretty: Bool = false) {
    self.precision = precision.map { max(0, $0) }
    self.pretty = pretty
  }

  /// The text of any GeoJSON object.
  public func encode(_ object: GeoJSONObject) -> [UInt8] {
    Self.collect { write(object, to: &$0) }
  }

  /// The text of a Feature.
  public func encode(_ feature: Feature) -> [UInt8] {
    Self.collect { write(feature, to: &$0) }
  }

  /// The text of a geometry object.
  public func encode(_ geometry: Geometry) -> [UInt8] {
    Self.collect { write(geometry, to: &$0) }
  }

  /// The text of any JSON value; numbers in shortest round-trip form.
  public func encode(_ value: JSONValue) -> [UInt8] {
    Self.collect { write(value, to: &$0) }
  }

  /// The bytes that `write` appends to an empty buffer.
  private static func collect(_ write: (inout [UInt8]) -> Void) -> [UInt8] {
    var bytes: [UInt8] = []
    write(&bytes)
    return bytes
  }

  /// Appends any GeoJSON object.
  public func write(_ object: GeoJSONObject, to bytes: inout [UInt8]) {
    switch object {
    case .geometry(let geometry): write(geometry, to: &bytes)
    case .feature(let feature): write(feature, to: &bytes)
    case .featureCollection(let collection): write(collection, to: &bytes)
    }
  }

  /// Appends a FeatureCollection: `type`, `bbox`, `features`, then foreign members.
  public func write(_ collection: FeatureCollection, to bytes: inout [UInt8]) {
    var stream = FeatureCollectionWriter(writer: self)
    stream.writeHeader(bbox: collection.bbox, to: &bytes)
    for feature in collection.features { stream.write(feature, to: &bytes) }
    stream.writeTrailer(foreignMembers: collection.foreignMembers, to: &bytes)
  }

  /// Appends a Feature.
  public func write(_ feature: Feature, to bytes: inout [UInt8]) {
    write(feature, level: 0, to: &bytes)
  }

  /// Appends a geometry object.
  public func write(_ geometry: Geometry, to bytes: inout [UInt8]) {
    write(geometry, level: 0, to: &bytes)
  }

  /// Appends any JSON value; numbers in shortest round-trip form.
  public func write(_ value: JSONValue, to bytes: inout [UInt8]) {
    write(value, level: 0, to: &bytes)
  }

  // MARK: Structure

  /// Names a Feature writes itself, never taken from its foreign members.
  private static let featureMembers: Set<String> = [
    "type", "id", "bbox", "geometry", "properties",
  ]

  func write(_ feature: Feature, level: Int, to bytes: inout [UInt8]) {
    var members = MemberWriter(writer: self, level: level)
    members.open(to: &bytes)
    members.key("type", to: &bytes)
    bytes.append(contentsOf: #""Feature""#.utf8)
    if let id = feature.id {
      members.key("id", to: &bytes)
      switch id {
      case .string(let string): Self.writeString(string, to: &bytes)
      case .number(let number): NumberFormat.appendShortest(number, to: &bytes)
      }
    }
    if let bbox = feature.bbox {
      members.key("bbox", to: &bytes)
      writeBoundingBox(bbox, to: &bytes)
    }
    members.key("geometry", to: &bytes)
    if let geometry = feature.geometry {
      write(geometry, level: level + 1, to: &bytes)
    } else {
      bytes.append(contentsOf: "null".utf8)
    }
    members.key("properties", to: &bytes)
    if let properties = feature.properties {
      write(properties, level: level + 1, to: &bytes)
    } else {
      bytes.append(contentsOf: "null".utf8)
    }
    for member in feature.foreignMembers where !Self.featureMembers.contains(member.key) {
      members.key(member.key, to: &bytes)
      write(member.value, level: level + 1, to: &bytes)
    }
    members.close(to: &bytes)
  }

  func write(_ geometry: Geometry, level: Int, to bytes: inout [UInt8]) {
    var members = MemberWriter(writer: self, level: level)
    members.open(to: &bytes)
    members.key("type", to: &bytes)
    let name = geometry.type.name
    bytes.append(UInt8(ascii: "\""))
    bytes.append(
      contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    bytes.append(UInt8(ascii: "\""))
    if case .geometryCollection(let geometries) = geometry {
      members.key("geometries", to: &bytes)
      var elements = ElementWriter(writer: self, level: level + 1)
      elements.open(to: &bytes)
      for member in geometries {
        elements.next(to: &bytes)
        write(member, level: level + 2, to: &bytes)
      }
      elements.close(to: &bytes)
    } else {
      members.key("coordinates", to: &bytes)
      writeCoordinates(of: geometry, level: level + 1, to: &bytes)
    }
    members.close(to: &bytes)
  }

  private func writeCoordinates(of geometry: Geometry, level: Int, to bytes: inout [UInt8]) {
    switch geometry {
    case .point(let position): writePosition(position, to: &bytes)
    case .multiPoint(let positions): writePositions(positions, level: level, to: &bytes)
    case .lineString(let line): writePositions(line.positions, level: level, to: &bytes)
    case .multiLineString(let lines):
      var elements = ElementWriter(writer: self, level: level)
      elements.open(to: &bytes)
      for line in lines {
        elements.next(to: &bytes)
        writePositions(line.positions, level: level + 1, to: &bytes)
      }
      elements.close(to: &bytes)
    case .polygon(let polygon): writePolygon(polygon, level: level, to: &bytes)
    case .multiPolygon(let polygons):
      var elements = ElementWriter(writer: self, level: level)
      elements.open(to: &bytes)
      for polygon in polygons {
        elements.next(to: &bytes)
        writePolygon(polygon, level: level + 1, to: &bytes)
      }
      elements.close(to: &bytes)
    case .geometryCollection: break
    }
  }

  private func writePolygon(_ polygon: Polygon, level: Int, to bytes: inout [UInt8]) {
    var elements = ElementWriter(writer: self, level: level)
    elements.open(to: &bytes)
    for (index, ring) in polygon.rings.enumerated() {
      elements.next(to: &bytes)
      let area = ring.signedDoubleArea
      let backwards = index == 0 ? area < 0 : area > 0
      if backwards {
        writePositions(ring.positions.reversed(), level: level + 1, to: &bytes)
      } else {
        writePositions(ring.positions, level: level + 1, to: &bytes)
      }
    }
    elements.close(to: &bytes)
  }

  @inline(__always) private func writePositions(
    _ positions: some Collection<Position>, level: Int, to bytes: inout [UInt8]
  ) {
    var elements = ElementWriter(writer: self, level: level)
    elements.open(to: &bytes)
    for position in positions {
      elements.next(to: &bytes)
      writePosition(position, to: &bytes)
    }
    elements.close(to: &bytes)
  }

  @inline(__always) private func writePosition(_ position: Position, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "["))
    writeCoordinate(position.longitude, to: &bytes)
    writeNumberSeparator(to: &bytes)
    writeCoordinate(position.latitude, to: &bytes)
    if let altitude = position.altitude {
      writeNumberSeparator(to: &bytes)
      writeCoordinate(altitude, to: &bytes)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  @inline(__always) private func writeCoordinate(_ value: Double, to bytes: inout [UInt8]) {
    if let precision {
      NumberFormat.appendFixed(value, precision: precision, to: &bytes)
    } else {
      NumberFormat.appendShortest(value, to: &bytes)
    }
  }

  func writeBoundingBox(_ bbox: [Double], to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "["))
    for (index, value) in bbox.enumerated() {
      if index > 0 { writeNumberSeparator(to: &bytes) }
      writeCoordinate(value, to: &bytes)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// The comma between the numbers of a position or bbox, which stay on one line when pretty.
  @inline(__always) private func writeNumberSeparator(to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: ","))
    if pretty { bytes.append(UInt8(ascii: " ")) }
  }

  // MARK: JSON values

  func write(_ value: JSONValue, level: Int, to bytes: inout [UInt8]) {
    switch value {
    case .null: bytes.append(contentsOf: "null".utf8)
    case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
    case .number(let number): NumberFormat.appendShortest(number, to: &bytes)
    case .string(let string): Self.writeString(string, to: &bytes)
    case .array(let array):
      var elements = ElementWriter(writer: self, level: level)
      elements.open(to: &bytes)
      for element in array {
        elements.next(to: &bytes)
        write(element, level: level + 1, to: &bytes)
      }
      elements.close(to: &bytes)
    case .object(let object): write(object, level: level, to: &bytes)
    }
  }

  func write(_ object: JSONObject, level: Int, to bytes: inout [UInt8]) {
    var members = MemberWriter(writer: self, level: level)
    members.open(to: &bytes)
    for member in object {
      members.key(member.key, to: &bytes)
      write(member.value, level: level + 1, to: &bytes)
    }
    members.close(to: &bytes)
  }

  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

  /// Appends `string` in double quotes, escaping `"`, `\` and control characters (RFC 8259
  /// §7): the two-character forms `\n \r \t \b \f` where they exist, `\u00XX` otherwise.
  /// `/` and non-ASCII text are written as they are.
  static func writeString(_ string: String, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    var string = string
    string.withUTF8 { utf8 in
      var runStart = 0
      for (index, byte) in utf8.enumerated()
      where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        runStart = index + 1
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        default:
          bytes.append(contentsOf: "u00".utf8)
          bytes.append(hexDigits[Int(byte >> 4)])
          bytes.append(hexDigits[Int(byte & 0xF)])
        }
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Appends a newline and the indentation of `level` when pretty.
  @inline(__always) func newline(level: Int, to bytes: inout [UInt8]) {
    guard pretty else { return }
    bytes.append(0x0A)
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
  }
}

/// Writes an object's braces, commas, names and indentation.
struct MemberWriter {
  let writer: GeoJSONWriter
  let level: Int
  private var count = 0

  init(writer: GeoJSONWriter, level: Int) {
    self.writer = writer
    self.level = level
  }

  func open(to bytes: inout [UInt8]) { bytes.append(UInt8(ascii: "{")) }

  /// Writes the separator, the quoted name and the colon.
  mutating func key(_ name: String, to bytes: inout [UInt8]) {
    if count > 0 { bytes.append(UInt8(ascii: ",")) }
    count += 1
    writer.newline(level: level + 1, to: &bytes)
    GeoJSONWriter.writeString(name, to: &bytes)
    bytes.append(UInt8(ascii: ":"))
    if writer.pretty { bytes.append(UInt8(ascii: " ")) }
  }

  func close(to bytes: inout [UInt8]) {
    if count > 0 { writer.newline(level: level, to: &bytes) }
    bytes.append(UInt8(ascii: "}"))
  }
}

/// Writes an array's brackets, commas and indentation.
struct ElementWriter {
  let writer: GeoJSONWriter
  let level: Int
  private var count = 0

  init(writer: GeoJSONWriter, level: Int) {
    self.writer = writer
    self.level = level
  }

  func open(to bytes: inout [UInt8]) { bytes.append(UInt8(ascii: "[")) }

  /// Writes the separator before the next element.
  @inline(__always) mutating func next(to bytes: inout [UInt8]) {
    if count > 0 { bytes.append(UInt8(ascii: ",")) }
    count += 1
    writer.newline(level: level + 1, to: &bytes)
  }

  func close(to bytes: inout [UInt8]) {
    if count > 0 { writer.newline(level: level, to: &bytes) }
    bytes.append(UInt8(ascii: "]"))
  }
}
