/// Parses GeoJSON objects (RFC 7946) straight from bytes into the model, validating as it
/// goes: coordinates become `[Position]` without an intermediate `JSONValue` tree, known
/// member names are compared as bytes, and members a geometry does not keep are skipped
/// without being built.
struct GeoJSONDecoder {
  var scanner: JSONScanner
  /// Whether positions must lie in WGS 84 longitude/latitude ranges.
  var checksWGS84Range: Bool
  /// Whether a range failure waits for the end of the text, where a `crs` member that names
  /// a projected CRS can still cancel it.
  var defersRangeFailures: Bool
  var pendingRangeFailure: ParseFailure?
  /// The CRS named by the top-level `crs` member, once seen.
  var crsName: String?
  /// Reused space for the positions of one line or ring.
  var positionScratch: [Position] = []

  /// What an object is required to be where it appears.
  enum Expectation {
    case geometry
    case feature
    case any
  }

  /// An object's members as read so far, until its closing brace says what it is.
  struct PendingObject {
    let start: Int
    let expected: Expectation
    var type: GeoJSONType?
    var coordinates: Geometry?
    var coordinatesOffset: Int?
    var geometries: [Geometry]?
    var geometry: Geometry??
    var properties: JSONObject??
    var id: FeatureID?
    var bbox: [Double]?
    var features: [Feature]?
    var foreign = JSONObject()
    /// Members of the top-level object met before its `type`, with the offsets of their
    /// values: they are skipped and read once the type says what they mean.
    var deferred: [(key: Key, offset: Int)] = []

    init(start: Int, expected: Expectation) {
      self.start = start
      self.expected = expected
    }

    /// Whether members a geometry does not define can be dropped unread.
    var dropsForeignMembers: Bool {
      expected == .geometry || (type?.isGeometry ?? false)
    }
  }

  init(
    _ bytes: UnsafeBufferPointer<UInt8>, index: Int = 0, options: GeoJSONReader.Options,
    defersRangeFailures: Bool
  ) {
    scanner = JSONScanner(bytes, index: index)
    checksWGS84Range = options.checkWGS84Range
    self.defersRangeFailures = defersRangeFailures
  }

  var bytes: UnsafeBufferPointer<UInt8> { scanner.bytes }

  // MARK: Documents

  /// Moves to the top-level value, failing on empty input or a value that is not an object.
  mutating func openDocument() throws(ParseFailure) {
    try scanner.skipByteOrderMark()
    scanner.skipWhitespace()
    guard !scanner.isAtEnd else {
      throw ParseFailure(
        .truncated, "empty input: expected a GeoJSON object", at: scanner.index)
    }
    guard scanner.current == UInt8(ascii: "{") else {
      var probe = scanner
      try probe.skipValue(depth: 0)
      throw wrongValue("a GeoJSON text must be an object")
    }
  }

  /// Parses a whole text holding one GeoJSON object of any type.
  mutating func parseDocument() throws(ParseFailure) -> GeoJSONObject {
    try openDocument()
    let object = try parseObject(expected: .any, depth: 1)
    try scanner.expectEnd()
    try settleRangeFailures()
    return object
  }

  /// Throws the first deferred range failure unless a `crs` member turned the check off.
  mutating func settleRangeFailures() throws(ParseFailure) {
    if checksWGS84Range, let pendingRangeFailure { throw pendingRangeFailure }
    pendingRangeFailure = nil
  }

  // MARK: Objects

  /// Parses the object at the cursor; `depth` is its nesting level (1 at the top).
  mutating func parseObject(
    expected: Expectation, depth: Int
  ) throws(ParseFailure) -> GeoJSONObject {
    var object = PendingObject(start: scanner.index, expected: expected)
    if try !scanner.open(UInt8(ascii: "{"), close: UInt8(ascii: "}"), depth: depth) {
      repeat {
        let key = try scanner.key()
        try member(key, of: &object, depth: depth)
      } while try scanner.nextElement(close: UInt8(ascii: "}"))
    }
    return try finish(object, depth: depth)
  }

  /// Members whose meaning depends on the object's type.
  private static let typedMembers: [StaticString] = [
    "coordinates", "geometries", "geometry", "properties", "id", "features",
  ]

  /// Reads one member's value into `object`; the cursor is on the value.
  mutating func member(
    _ key: Key, of object: inout PendingObject, depth: Int
  ) throws(ParseFailure) {
    let offset = scanner.index
    let type = object.type
    let expected = object.expected
    let featureMember = expected != .geometry && (type == nil || type == .feature)
    let geometryMember = expected != .feature && (type == nil || type?.isGeometry == true)
    if key.matches("type", in: bytes) {
      object.type = try parseType(expected: expected)
      return
    }
    if expected == .any, type == nil,
      Self.typedMembers.contains(where: { key.matches($0, in: bytes) })
    {
      object.deferred.append((key, offset))
      try scanner.skipValue(depth: depth)
      return
    }
    if key.matches("coordinates", in: bytes), geometryMember, type != .geometryCollection {
      object.coordinatesOffset = offset
      if let type {
        object.coordinates = try parseCoordinates(of: type, depth: depth)
      } else {
        try scanner.skipValue(depth: depth)
      }
    } else if key.matches("geometries", in: bytes), geometryMember,
      type == nil || type == .geometryCollection
    {
      object.geometries = try parseGeometries(depth: depth)
    } else if key.matches("geometry", in: bytes), featureMember {
      object.geometry = .some(try parseGeometryOrNull(depth: depth))
    } else if key.matches("properties", in: bytes), featureMember {
      object.properties = .some(try parseProperties(depth: depth))
    } else if key.matches("id", in: bytes), featureMember {
      object.id = try parseFeatureID()
    } else if key.matches("bbox", in: bytes) {
      object.bbox = try parseBoundingBox(depth: depth)
    } else if key.matches("features", in: bytes), expected == .any,
      type == nil || type == .featureCollection
    {
      object.features = try parseFeatures(depth: depth)
    } else if object.dropsForeignMembers {
      try scanner.skipValue(depth: depth)
    } else {
      let name = key.string(in: bytes)
      let value = try scanner.parseValue(depth: depth)
      if depth == 1, name == "crs" { noteCRS(value) }
      object.foreign[name] = value
    }
  }

  /// Records the CRS a top-level `crs` member names and stops WGS 84 range checks when it is
  /// not WGS 84 (GeoJSON 2008 §3; RFC 7946 §4 dropped the member but old files carry it).
  mutating func noteCRS(_ value: JSONValue) {
    guard let name = GeoJSONReader.crsName(of: value) else { return }
    crsName = name
    if !GeoJSONReader.isWGS84(crsName: name) { checksWGS84Range = false }
  }

  /// Builds the object once its members are all read.
  mutating func finish(
    _ object: PendingObject, depth: Int
  ) throws(ParseFailure) -> GeoJSONObject {
    guard let type = object.type else {
      let what =
        switch object.expected {
        case .feature: "a Feature needs \"type\": \"Feature\""
        case .geometry: "a geometry needs a \"type\" member such as \"Point\" or \"Polygon\""
        case .any: "a GeoJSON object needs a \"type\" member"
        }
      throw ParseFailure(.missingType, "missing \"type\" member: \(what)", at: object.start)
    }
    var object = object
    if !object.deferred.isEmpty {
      let resume = scanner.index
      for (key, offset) in object.deferred {
        scanner.index = offset
        try member(key, of: &object, depth: depth)
      }
      object.deferred = []
      scanner.index = resume
    }
    switch type {
    case .feature:
      guard let geometry = object.geometry else {
        throw ParseFailure(
          .missingMember,
          "a Feature needs a \"geometry\" member (RFC 7946 §3.2); write \"geometry\": null "
            + "for a feature without a location", at: object.start)
      }
      return .feature(
        Feature(
          id: object.id, geometry: geometry, properties: object.properties ?? nil,
          bbox: object.bbox, foreignMembers: object.foreign))
    case .featureCollection:
      guard let features = object.features else {
        throw ParseFailure(
          .missingMember, "a FeatureCollection needs a \"features\" array (RFC 7946 §3.3)",
          at: object.start)
      }
      return .featureCollection(
        FeatureCollection(features: features, bbox: object.bbox, foreignMembers: object.foreign))
    case .geometryCollection:
      guard let geometries = object.geometries else {
        throw ParseFailure(
          .missingMember, "a GeometryCollection needs a \"geometries\" array (RFC 7946 §3.1.8)",
          at: object.start)
      }
      return .geometry(.geometryCollection(geometries))
    default:
      if let coordinates = object.coordinates { return .geometry(coordinates) }
      guard let offset = object.coordinatesOffset else {
        throw ParseFailure(
          .missingMember, "a \(type.name) needs a \"coordinates\" member (RFC 7946 §3.1)",
          at: object.start)
      }
      let resume = scanner.index
      scanner.index = offset
      let geometry = try parseCoordinates(of: type, depth: depth)
      scanner.index = resume
      return .geometry(geometry)
    }
  }

  // MARK: Members

  private mutating func parseType(expected: Expectation) throws(ParseFailure) -> GeoJSONType {
    let offset = scanner.index
    guard scanner.current == UInt8(ascii: "\"") else {
      throw wrongValue("\"type\" must be a string")
    }
    let key = try scanner.scanString()
    guard let type = GeoJSONType.named(key, in: bytes) else {
      throw ParseFailure(
        .unknownType,
        "unknown GeoJSON type \"\(key.string(in: bytes))\"; expected \(GeoJSONType.allNames) "
          + "(names are case-sensitive)", at: offset)
    }
    switch expected {
    case .geometry where !type.isGeometry:
      throw ParseFailure(
        .wrongType, "expected a geometry here, found a \(type.name)", at: offset)
    case .feature where type != .feature:
      throw ParseFailure(
        .wrongType,
        "expected a Feature here (members of \"features\" are Features), found a "
          + "\(type.name)", at: offset)
    default: return type
    }
  }

  private mutating func parseGeometryOrNull(depth: Int) throws(ParseFailure) -> Geometry? {
    switch scanner.current {
    case UInt8(ascii: "n"):
      try scanner.literal("null")
      return nil
    case UInt8(ascii: "{"):
      return try parseGeometry(depth: depth + 1)
    default:
      throw wrongValue("\"geometry\" must be a geometry object or null")
    }
  }

  private mutating func parseGeometry(depth: Int) throws(ParseFailure) -> Geometry {
    guard case .geometry(let geometry) = try parseObject(expected: .geometry, depth: depth) else {
      preconditionFailure("parseType admits only geometry types here")
    }
    return geometry
  }

  private mutating func parseGeometries(depth: Int) throws(ParseFailure) -> [Geometry] {
    guard scanner.current == UInt8(ascii: "[") else {
      throw wrongValue("\"geometries\" must be an array of geometry objects")
    }
    var geometries: [Geometry] = []
    try forEachElement(depth: depth + 1) { (decoder) throws(ParseFailure) in
      guard decoder.scanner.current == UInt8(ascii: "{") else {
        throw decoder.wrongValue("each member of \"geometries\" must be a geometry object")
      }
      geometries.append(try decoder.parseGeometry(depth: depth + 2))
    }
    return geometries
  }

  private mutating func parseFeatures(depth: Int) throws(ParseFailure) -> [Feature] {
    guard scanner.current == UInt8(ascii: "[") else {
      throw wrongValue("\"features\" must be an array of Feature objects")
    }
    var features: [Feature] = []
    try forEachElement(depth: depth + 1) { (decoder) throws(ParseFailure) in
      features.append(try decoder.parseFeature(depth: depth + 2))
    }
    return features
  }

  /// Parses the Feature object at the cursor.
  mutating func parseFeature(depth: Int) throws(ParseFailure) -> Feature {
    guard scanner.current == UInt8(ascii: "{") else {
      throw wrongValue("each member of \"features\" must be a Feature object")
    }
    guard case .feature(let feature) = try parseObject(expected: .feature, depth: depth) else {
      preconditionFailure("parseType admits only Feature here")
    }
    return feature
  }

  private mutating func parseProperties(depth: Int) throws(ParseFailure) -> JSONObject? {
    switch scanner.current {
    case UInt8(ascii: "n"):
      try scanner.literal("null")
      return nil
    case UInt8(ascii: "{"):
      return try scanner.parseObject(depth: depth + 1)
    default:
      throw wrongValue("\"properties\" must be an object or null (RFC 7946 §3.2)")
    }
  }

  private mutating func parseFeatureID() throws(ParseFailure) -> FeatureID {
    switch scanner.current {
    case UInt8(ascii: "\""): return .string(try scanner.parseString())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return .number(try scanner.parseNumber())
    default:
      throw wrongValue("a Feature \"id\" must be a string or a number (RFC 7946 §3.2)")
    }
  }

  private mutating func parseBoundingBox(depth: Int) throws(ParseFailure) -> [Double] {
    let offset = scanner.index
    let rule =
      "\"bbox\" must be an array of 2×n numbers, west, south, east, north "
      + "(RFC 7946 §5)"
    guard scanner.current == UInt8(ascii: "[") else { throw wrongValue(rule) }
    var values: [Double] = []
    try forEachElement(depth: depth + 1) { (decoder) throws(ParseFailure) in
      switch decoder.scanner.current {
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        values.append(try decoder.scanner.parseNumber())
      default: throw decoder.wrongValue(rule)
      }
    }
    guard values.count >= 4, values.count % 2 == 0 else {
      throw ParseFailure(.wrongType, "\(rule), found \(values.count) numbers", at: offset)
    }
    return values
  }

  /// Calls `body` with the cursor on each element of the array at the cursor; `depth` is the
  /// array's nesting level.
  mutating func forEachElement(
    depth: Int, _ body: (inout GeoJSONDecoder) throws(ParseFailure) -> Void
  ) throws(ParseFailure) {
    if try scanner.open(UInt8(ascii: "["), close: UInt8(ascii: "]"), depth: depth) { return }
    repeat {
      try body(&self)
    } while try scanner.nextElement(close: UInt8(ascii: "]"))
  }

  /// A `.wrongType` failure for the value at the cursor, or the syntax failure when no value
  /// starts there.
  func wrongValue(_ rule: String) -> ParseFailure {
    guard let kind = scanner.valueKindName else { return scanner.unexpected("a JSON value") }
    return ParseFailure(.wrongType, "\(rule), found \(kind)", at: scanner.index)
  }
}
