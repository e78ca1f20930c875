extension GeoJSONDecoder {
  /// Parses a `coordinates` value for a geometry of `type` (RFC 7946 §3.1.1–3.1.7) straight
  /// into positions, checking depth, counts, ring closure and ranges on the way.
  mutating func parseCoordinates(of type: GeoJSONType, depth: Int) throws(ParseFailure)
    -> Geometry
  {
    switch type {
    case .point: return .point(try parsePosition(of: type))
    case .multiPoint: return .multiPoint(try parsePositions(of: type, depth: depth + 1))
    case .lineString: return .lineString(try parseLineString(of: type, depth: depth + 1))
    case .multiLineString:
      var lines: [LineString] = []
      try forEachElement(of: type, expecting: "an array of positions", depth: depth + 1) {
        (decoder) throws(ParseFailure) in
        lines.append(try decoder.parseLineString(of: type, depth: depth + 2))
      }
      return .multiLineString(lines)
    case .polygon: return .polygon(try parsePolygon(of: type, depth: depth + 1))
    case .multiPolygon:
      var polygons: [Polygon] = []
      try forEachElement(of: type, expecting: "an array of rings", depth: depth + 1) {
        (decoder) throws(ParseFailure) in
        polygons.append(try decoder.parsePolygon(of: type, depth: depth + 2))
      }
      return .multiPolygon(polygons)
    case .geometryCollection, .feature, .featureCollection:
      preconditionFailure("\(type.name) has no coordinates")
    }
  }

  private mutating func parseLineString(
    of type: GeoJSONType, depth: Int
  ) throws(ParseFailure) -> LineString {
    let start = scanner.index
    let positions = try parsePositions(of: type, depth: depth)
    guard positions.count >= 2 else {
      throw ParseFailure(
        .tooFewPositions,
        "a LineString needs at least 2 positions (RFC 7946 §3.1.4), found \(positions.count)",
        at: start)
    }
    return LineString(unchecked: positions)
  }

  private mutating func parsePolygon(
    of type: GeoJSONType, depth: Int
  ) throws(ParseFailure) -> Polygon {
    var rings: [LinearRing] = []
    try forEachElement(of: type, expecting: "an array of positions", depth: depth) {
      (decoder) throws(ParseFailure) in
      let start = decoder.scanner.index
      var lastStart = start
      let positions = try decoder.parsePositions(of: type, depth: depth + 1, lastStart: &lastStart)
      guard positions.count >= 4 else {
        throw ParseFailure(
          .tooFewPositions,
          "a linear ring needs at least 4 positions (RFC 7946 §3.1.6), found \(positions.count)",
          at: start)
      }
      guard positions[0] == positions[positions.count - 1] else {
        throw ParseFailure(
          .ringNotClosed,
          "a linear ring must end at its first position (RFC 7946 §3.1.6): the last position "
            + "\(Self.describe(positions[positions.count - 1])) differs from the first "
            + Self.describe(positions[0]), at: lastStart)
      }
      rings.append(LinearRing(unchecked: positions))
    }
    return Polygon(rings)
  }

  /// Calls `body` with the cursor on each element of the coordinate array at the cursor.
  private mutating func forEachElement(
    of type: GeoJSONType, expecting element: String, depth: Int,
    _ body: (inout GeoJSONDecoder) throws(ParseFailure) -> Void
  ) throws(ParseFailure) {
    try expectArray(of: type, holding: "arrays of \(element.dropFirst(3))")
    try forEachElement(depth: depth, body)
  }

  private mutating func parsePositions(
    of type: GeoJSONType, depth: Int
  ) throws(ParseFailure) -> [Position] {
    var lastStart = 0
    return try parsePositions(of: type, depth: depth, lastStart: &lastStart)
  }

  /// Parses an array of positions; `lastStart` receives the offset of the last one.
  private mutating func parsePositions(
    of type: GeoJSONType, depth: Int, lastStart: inout Int
  ) throws(ParseFailure) -> [Position] {
    try expectArray(of: type, holding: "positions")
    if try scanner.open(UInt8(ascii: "["), close: UInt8(ascii: "]"), depth: depth) {
      return []
    }
    // Collect into reused scratch space and copy out once, instead of growing a new array
    // through several reallocations per line.
    positionScratch.removeAll(keepingCapacity: true)
    repeat {
      lastStart = scanner.index
      positionScratch.append(try parsePosition(of: type))
    } while try scanner.nextElement(close: UInt8(ascii: "]"))
    return Array(positionScratch)
  }

  /// Fails unless the cursor is on `[`, telling a nesting error from a wrong value.
  @inline(__always) private func expectArray(
    of type: GeoJSONType, holding content: String
  ) throws(ParseFailure) {
    guard scanner.current != UInt8(ascii: "[") else { return }
    switch scanner.current {
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      throw ParseFailure(
        .wrongDepth,
        "\(type.name) coordinates are not nested deeply enough: expected an array of "
          + "\(content), found a number (RFC 7946 §3.1)", at: scanner.index)
    default:
      throw wrongValue("\(type.name) coordinates must be nested arrays of numbers")
    }
  }

  /// Parses a position `[longitude, latitude(, altitude)]` (RFC 7946 §3.1.1). Elements after
  /// the third are read and dropped: the RFC says parsers SHOULD NOT extend positions beyond
  /// three elements, and what a fourth means is not defined.
  @inline(__always) mutating func parsePosition(
    of type: GeoJSONType
  ) throws(ParseFailure) -> Position {
    let start = scanner.index
    guard scanner.current == UInt8(ascii: "[") else {
      switch scanner.current {
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        throw ParseFailure(
          .wrongDepth,
          "\(type.name) coordinates are not nested deeply enough: expected a position "
            + "[longitude, latitude], found a number (RFC 7946 §3.1)", at: start)
      default:
        throw wrongValue("a position must be an array of numbers [longitude, latitude]")
      }
    }
    scanner.index += 1
    scanner.skipWhitespace()
    let longitude = try positionNumber(type: type, start: start, count: 0)
    let latitude = try positionNumber(type: type, start: start, count: 1)
    var altitude: Double?
    var count = 2
    while try nextPositionElement() {
      let value = try positionNumber(type: type, start: start, count: count)
      if count == 2 { altitude = value }
      count += 1
    }
    let position = Position(longitude: longitude, latitude: latitude, altitude: altitude)
    if checksWGS84Range, !(-180...180).contains(longitude) || !(-90...90).contains(latitude) {
      try reportOutOfRange(position, at: start)
    }
    return position
  }

  /// Reads the number at the cursor as element `count` of a position and the comma after it
  /// when another element must follow (elements 0 and 1).
  @inline(__always) private mutating func positionNumber(
    type: GeoJSONType, start: Int, count: Int
  ) throws(ParseFailure) -> Double {
    let byte = scanner.current
    guard byte == UInt8(ascii: "-") || byte &- UInt8(ascii: "0") < 10 else {
      throw positionFailure(type: type, start: start, count: count)
    }
    let value = try scanner.parseNumber()
    if count == 0 {
      scanner.skipWhitespace()
      guard scanner.current == UInt8(ascii: ",") else {
        throw positionFailure(type: type, start: start, count: 1, afterNumber: true)
      }
      scanner.index += 1
      scanner.skipWhitespace()
    }
    return value
  }

  @inline(__always) private mutating func nextPositionElement() throws(ParseFailure) -> Bool {
    scanner.skipWhitespace()
    switch scanner.current {
    case UInt8(ascii: "]"):
      scanner.index += 1
      return false
    case UInt8(ascii: ","):
      scanner.index += 1
      scanner.skipWhitespace()
      return true
    default:
      throw scanner.unexpected("',' or ']'")
    }
  }

  /// Why element `count` of the position at `start` is not a number.
  private func positionFailure(
    type: GeoJSONType, start: Int, count: Int, afterNumber: Bool = false
  ) -> ParseFailure {
    switch scanner.current {
    case UInt8(ascii: "]") where count < 2:
      return ParseFailure(
        .invalidPosition,
        "a position needs at least 2 numbers, longitude and latitude (RFC 7946 §3.1.1), "
          + "found \(count)", at: start)
    case UInt8(ascii: "[") where !afterNumber:
      return ParseFailure(
        .wrongDepth,
        "\(type.name) coordinates are nested too deeply: expected a number in the position, "
          + "found an array (RFC 7946 §3.1)", at: scanner.index)
    default:
      if afterNumber { return scanner.unexpected("',' or ']'") }
      return wrongValue("a position must hold numbers")
    }
  }

  /// Fails for a position outside WGS 84 ranges, or remembers the failure when a later `crs`
  /// member may still say the coordinates are projected.
  private mutating func reportOutOfRange(
    _ position: Position, at offset: Int
  ) throws(ParseFailure) {
    let problem =
      (-180...180).contains(position.longitude)
      ? "latitude \(Self.describe(position.latitude)) is outside [-90, 90]"
      : "longitude \(Self.describe(position.longitude)) is outside [-180, 180]"
    let failure = ParseFailure(
      .outOfRange,
      "\(problem): GeoJSON positions are WGS 84 longitude, latitude (RFC 7946 §4); for "
        + "projected coordinates name the CRS in a \"crs\" member or turn the WGS 84 range "
        + "check off", at: offset)
    guard defersRangeFailures else { throw failure }
    if pendingRangeFailure == nil { pendingRangeFailure = failure }
  }

  static func describe(_ value: Double) -> String {
    var bytes: [UInt8] = []
    NumberFormat.appendShortest(value, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  static func describe(_ position: Position) -> String {
    var text = "[\(describe(position.longitude)), \(describe(position.latitude))"
    if let altitude = position.altitude { text += ", \(describe(altitude))" }
    return text + "]"
  }
}
