import Testing

@testable import GeoJSON

@Suite struct GeoJSONReaderTests {
  private func read(
    _ text: String, options: GeoJSONReader.Options = GeoJSONReader.Options()
  ) throws(GeoJSONError) -> GeoJSONObject {
    try GeoJSONReader.read(utf8(text), file: "t.geojson", options: options)
  }

  private func readError(
    _ text: String, options: GeoJSONReader.Options = GeoJSONReader.Options(),
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> GeoJSONError? {
    capture(
      { () throws(GeoJSONError) in try read(text, options: options) },
      sourceLocation: sourceLocation)
  }

  private func feature(_ geometry: String) -> String {
    #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{}},{"type":"Feature","properties":{},"geometry":"#
      + geometry + "}]}"
  }

  // MARK: Round trips

  @Test func everyTypeRoundTripsByteForByte() throws {
    let input = try Fixture.bytes("all-types.geojson")
    let object = try GeoJSONReader.read(input)
    let output = GeoJSONWriter(precision: nil).encode(object)
    #expect(text(output) + "\n" == text(input))
    #expect(try GeoJSONReader.read(output) == object)
  }

  @Test func theModelHoldsWhatTheTextSays() throws {
    let object = try GeoJSONReader.read(try Fixture.bytes("all-types.geojson"))
    guard case .featureCollection(let collection) = object else {
      Issue.record("not a FeatureCollection")
      return
    }
    #expect(collection.features.count == 8)
    #expect(collection.bbox == [38, 33, 44, 37])
    #expect(collection.foreignMembers.keys == ["name", "crs"])
    let first = collection.features[0]
    #expect(first.id == .string("point-1"))
    #expect(first.geometry == .point(Position(longitude: 38.5, latitude: 33.5)))
    #expect(first.properties?["null"] == .null)
    #expect(first.properties?["name:ar"] == "أم جريس")
    #expect(first.foreignMembers["source"] == "seed")
    #expect(collection.features[1].id == .number(7))
    #expect(collection.features[1].properties == nil)
    guard case .multiPoint(let points) = collection.features[1].geometry else {
      Issue.record("not a MultiPoint")
      return
    }
    #expect(points[0].altitude == 120.5)
    #expect(collection.features[7].geometry == nil)
    #expect(GeoJSONReader.crsName(of: object) == "urn:ogc:def:crs:OGC:1.3:CRS84")
  }

  @Test func aFeatureOrABareGeometryCanBeTheTopLevelObject() throws {
    let feature = try read(
      #"{"type":"Feature","id":"a","geometry":{"type":"Point","coordinates":[1,2]},"properties":{"k":null},"extra":[1]}"#
    )
    guard case .feature(let value) = feature else {
      Issue.record("not a Feature")
      return
    }
    #expect(value.id == .string("a"))
    #expect(value.properties == ["k": .null])
    #expect(value.foreignMembers == ["extra": [1]])
    #expect(
      try read(#"{"type":"LineString","coordinates":[[1,2],[3,4]]}"#)
        == .geometry(
          .lineString(
            try LineString([
              Position(longitude: 1, latitude: 2), Position(longitude: 3, latitude: 4),
            ]))))
  }

  @Test func membersMayComeInAnyOrder() throws {
    let object = try read(
      #"{"features":[{"properties":{"a":1},"geometry":{"coordinates":[[[0,0],[1,0],[1,1],[0,0]]],"bbox":[0,0,1,1],"type":"Polygon"},"type":"Feature","id":1}],"name":"n","type":"FeatureCollection"}"#
    )
    let expected = FeatureCollection(
      features: [
        Feature(
          id: .number(1),
          geometry: .polygon(
            Polygon([
              try LinearRing([
                Position(longitude: 0, latitude: 0), Position(longitude: 1, latitude: 0),
                Position(longitude: 1, latitude: 1), Position(longitude: 0, latitude: 0),
              ])
            ])), properties: ["a": 1])
      ], foreignMembers: ["name": "n"])
    #expect(object == .featureCollection(expected))
  }

  @Test func membersReadBeforeTheTopLevelTypeBecomeForeignWhenTheyDoNotApply() throws {
    let object = try read(
      #"{"geometry":{"x":1},"id":{"y":2},"features":[],"type":"FeatureCollection"}"#)
    #expect(
      object
        == .featureCollection(
          FeatureCollection(
            features: [], foreignMembers: ["geometry": ["x": 1], "id": ["y": 2]])))
  }

  @Test func positionsKeepAtMostThreeNumbers() throws {
    #expect(
      try read(#"{"type":"Point","coordinates":[1,2,3,4,5]}"#)
        == .geometry(.point(Position(longitude: 1, latitude: 2, altitude: 3))))
  }

  @Test func emptyCollectionsAndEmptyGeometriesAreAccepted() throws {
    #expect(
      try read(#"{"type":"FeatureCollection","features":[]}"#)
        == .featureCollection(FeatureCollection(features: [])))
    #expect(try read(#"{"type":"MultiPoint","coordinates":[]}"#) == .geometry(.multiPoint([])))
    #expect(try read(#"{"type":"Polygon","coordinates":[]}"#) == .geometry(.polygon(Polygon([]))))
  }

  @Test func geometryForeignMembersAreDroppedButStillChecked() throws {
    #expect(
      try read(#"{"type":"Point","coordinates":[1,2],"title":{"a":[1,{}]}}"#)
        == .geometry(.point(Position(longitude: 1, latitude: 2))))
    let error = readError(#"{"type":"Point","coordinates":[1,2],"title":[1,}"#)
    #expect(error?.code == .invalidJSON)
  }

  // MARK: Validation

  @Test func anUnknownTypeIsNamed() {
    expectError(
      readError(feature(#"{"type":"point","coordinates":[1,2]}"#)), .unknownType,
      #"unknown GeoJSON type "point"; expected Point, MultiPoint, LineString, MultiLineString, "#
        + #"Polygon, MultiPolygon, GeometryCollection, Feature or FeatureCollection (names are "#
        + "case-sensitive)", line: 1, column: 177, path: "features[1].geometry.type")
  }

  @Test func aMissingTypeIsNamed() {
    expectError(
      readError(feature(#"{"coordinates":[1,2]}"#)), .missingType,
      #"missing "type" member: a geometry needs a "type" member such as "Point" or "Polygon""#,
      line: 1, column: 169, path: "features[1].geometry")
    expectError(
      readError(#"{"type":"FeatureCollection","features":[{"geometry":null}]}"#), .missingType,
      #"missing "type" member: a Feature needs "type": "Feature""#, line: 1, column: 41,
      path: "features[0]")
  }

  @Test func aTypeInTheWrongPlaceIsRejected() {
    expectError(
      readError(#"{"type":"FeatureCollection","features":[{"type":"Point","coordinates":[1,2]}]}"#),
      .wrongType,
      #"expected a Feature here (members of "features" are Features), found a Point"#,
      line: 1, column: 49, path: "features[0].type")
    expectError(
      readError(feature(#"{"type":"Feature","geometry":null}"#)), .wrongType,
      "expected a geometry here, found a Feature", line: 1, column: 177,
      path: "features[1].geometry.type")
  }

  @Test func aFeatureWithoutGeometryIsRejected() {
    expectError(
      readError(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{}}]}"#),
      .missingMember,
      #"a Feature needs a "geometry" member (RFC 7946 §3.2); write "geometry": null for a "#
        + "feature without a location", line: 1, column: 41, path: "features[0]")
  }

  @Test func missingCoordinatesFeaturesAndGeometriesAreNamed() {
    expectError(
      readError(#"{"type":"MultiPolygon"}"#), .missingMember,
      #"a MultiPolygon needs a "coordinates" member (RFC 7946 §3.1)"#, line: 1, column: 1,
      path: nil)
    expectError(
      readError(#"{"type":"FeatureCollection"}"#), .missingMember,
      #"a FeatureCollection needs a "features" array (RFC 7946 §3.3)"#, line: 1, column: 1,
      path: nil)
    expectError(
      readError(#"{"type":"GeometryCollection"}"#), .missingMember,
      #"a GeometryCollection needs a "geometries" array (RFC 7946 §3.1.8)"#, line: 1,
      column: 1, path: nil)
  }

  @Test func aPositionNeedsTwoNumbers() {
    expectError(
      readError(feature(#"{"type":"LineString","coordinates":[[1,2],[3]]}"#)), .invalidPosition,
      "a position needs at least 2 numbers, longitude and latitude (RFC 7946 §3.1.1), found 1",
      line: 1, column: 211, path: "features[1].geometry.coordinates[1]")
    expectError(
      readError(#"{"type":"Point","coordinates":[]}"#), .invalidPosition,
      "a position needs at least 2 numbers, longitude and latitude (RFC 7946 §3.1.1), found 0",
      line: 1, column: 31, path: "coordinates")
  }

  @Test func aPositionHoldsNumbers() {
    expectError(
      readError(#"{"type":"Point","coordinates":[1,"2"]}"#), .wrongType,
      "a position must hold numbers, found a string", line: 1, column: 34,
      path: "coordinates[1]")
  }

  @Test func longitudeAndLatitudeMustBeInRange() throws {
    expectError(
      readError(feature(#"{"type":"MultiPoint","coordinates":[[1,2],[180.5,2]]}"#)),
      .outOfRange,
      "longitude 180.5 is outside [-180, 180]: GeoJSON positions are WGS 84 longitude, "
        + #"latitude (RFC 7946 §4); for projected coordinates name the CRS in a "crs" member "#
        + "or turn the WGS 84 range check off", line: 1, column: 211,
      path: "features[1].geometry.coordinates[1]")
    let latitude = readError(#"{"type":"Point","coordinates":[10,-90.000001]}"#)
    #expect(latitude?.code == .outOfRange)
    #expect(latitude?.message.hasPrefix("latitude -90.000001 is outside [-90, 90]") == true)
    #expect(
      try read(#"{"type":"Point","coordinates":[-180,90]}"#)
        == .geometry(
          .point(
            Position(longitude: -180, latitude: 90))))
  }

  @Test func aNumberBeyondDoublesInAPositionIsOutOfRange() {
    expectError(
      readError(#"{"type":"Point","coordinates":[1e400,2]}"#), .outOfRange,
      "number 1e400 is beyond the range of a 64-bit float (±1.8e308)", line: 1, column: 32,
      path: "coordinates[0]")
  }

  @Test func rangeChecksCanBeTurnedOffForProjectedInput() throws {
    let text = #"{"type":"Point","coordinates":[4452779.63,3895303.96]}"#
    #expect(readError(text)?.code == .outOfRange)
    let options = GeoJSONReader.Options(checkWGS84Range: false)
    #expect(
      try read(text, options: options)
        == .geometry(
          .point(
            Position(longitude: 4452779.63, latitude: 3895303.96))))
  }

  @Test func aProjectedCRSMemberTurnsRangeChecksOffAndIsReported() throws {
    let object = try GeoJSONReader.read(try Fixture.bytes("projected-3857.geojson"))
    #expect(GeoJSONReader.crsName(of: object) == "urn:ogc:def:crs:EPSG::3857")
    #expect(
      object.features.first?.geometry
        == .point(
          Position(longitude: 4452779.631730943, latitude: 3895303.9633938945)))
  }

  @Test func aCRSMemberAfterTheFeaturesStillCounts() throws {
    let text =
      #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[500000,4000000]},"properties":{}}],"crs":{"type":"EPSG","properties":{"code":32637}}}"#
    let object = try read(text)
    #expect(GeoJSONReader.crsName(of: object) == "EPSG:32637")
  }

  @Test func aWGS84CRSMemberKeepsRangeChecks() {
    let text =
      #"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:4326"}},"features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[500000,4000000]},"properties":{}}]}"#
    let error = readError(text)
    #expect(error?.code == .outOfRange)
    #expect(error?.path == "features[0].geometry.coordinates")
  }

  @Test(arguments: [
    ("urn:ogc:def:crs:OGC:1.3:CRS84", true), ("urn:ogc:def:crs:OGC::CRS84", true),
    ("http://www.opengis.net/def/crs/OGC/1.3/CRS84", true), ("OGC:CRS84h", true),
    ("EPSG:4326", true), ("urn:ogc:def:crs:EPSG::4326", true), ("EPSG:4979", true),
    ("WGS 84", true), ("urn:ogc:def:crs:EPSG::3857", false), ("EPSG:32637", false),
    ("EPSG:43260", false), ("local", false),
  ])
  func crsNamesAreRecognised(name: String, isWGS84: Bool) {
    #expect(GeoJSONReader.isWGS84(crsName: name) == isWGS84)
  }

  @Test func aLineStringNeedsTwoPositions() {
    expectError(
      readError(feature(#"{"type":"LineString","coordinates":[[1,2]]}"#)), .tooFewPositions,
      "a LineString needs at least 2 positions (RFC 7946 §3.1.4), found 1", line: 1,
      column: 204, path: "features[1].geometry.coordinates")
    expectError(
      readError(#"{"type":"MultiLineString","coordinates":[[[1,2],[3,4]],[]]}"#),
      .tooFewPositions, "a LineString needs at least 2 positions (RFC 7946 §3.1.4), found 0",
      line: 1, column: 56, path: "coordinates[1]")
  }

  @Test func aRingMustBeClosedAndHaveFourPositions() throws {
    let error = capture { () throws(GeoJSONError) in
      try GeoJSONReader.read(try! Fixture.bytes("open-ring.geojson"), file: "open-ring.geojson")
    }
    expectError(
      error, .ringNotClosed,
      "a linear ring must end at its first position (RFC 7946 §3.1.6): the last position "
        + "[38, 34.5] differs from the first [38, 33]", line: 10, column: 55,
      path: "features[0].geometry.coordinates[0][3]")
    #expect(
      error?.description.hasPrefix("open-ring.geojson:10:55: a linear ring must end") == true)
    expectError(
      readError(#"{"type":"MultiPolygon","coordinates":[[[[0,0],[1,1],[0,0]]]]}"#),
      .tooFewPositions,
      "a linear ring needs at least 4 positions (RFC 7946 §3.1.6), found 3", line: 1,
      column: 40, path: "coordinates[0][0]")
  }

  @Test func coordinatesOfTheWrongDepthAreRejected() {
    expectError(
      readError(#"{"type":"Polygon","coordinates":[[1,2],[3,4]]}"#), .wrongDepth,
      "Polygon coordinates are not nested deeply enough: expected a position [longitude, "
        + "latitude], found a number (RFC 7946 §3.1)", line: 1, column: 35,
      path: "coordinates[0][0]")
    expectError(
      readError(#"{"type":"Point","coordinates":[[1,2]]}"#), .wrongDepth,
      "Point coordinates are nested too deeply: expected a number in the position, found an "
        + "array (RFC 7946 §3.1)", line: 1, column: 32, path: "coordinates[0]")
    expectError(
      readError(#"{"coordinates":[[[1,2]]],"type":"LineString"}"#), .wrongDepth,
      "LineString coordinates are nested too deeply: expected a number in the position, "
        + "found an array (RFC 7946 §3.1)", line: 1, column: 18, path: "coordinates[0][0]")
    expectError(
      readError(#"{"type":"MultiPoint","coordinates":7}"#), .wrongDepth,
      "MultiPoint coordinates are not nested deeply enough: expected an array of positions, "
        + "found a number (RFC 7946 §3.1)", line: 1, column: 36, path: "coordinates")
  }

  @Test func badMemberValuesAreNamed() {
    expectError(
      readError(#"{"type":"Feature","geometry":null,"properties":[1]}"#), .wrongType,
      #""properties" must be an object or null (RFC 7946 §3.2), found an array"#, line: 1,
      column: 48, path: "properties")
    expectError(
      readError(#"{"type":"Feature","geometry":null,"id":true}"#), .wrongType,
      #"a Feature "id" must be a string or a number (RFC 7946 §3.2), found a boolean"#,
      line: 1, column: 40, path: "id")
    expectError(
      readError(#"{"type":"Feature","geometry":5}"#), .wrongType,
      #""geometry" must be a geometry object or null, found a number"#, line: 1, column: 30,
      path: "geometry")
    expectError(
      readError(#"{"type":7}"#), .wrongType, #""type" must be a string, found a number"#,
      line: 1, column: 9, path: "type")
    expectError(
      readError(#"{"type":"Point","coordinates":[1,2],"bbox":[1,2,3]}"#), .wrongType,
      #""bbox" must be an array of 2×n numbers, west, south, east, north (RFC 7946 §5), "#
        + "found 3 numbers", line: 1, column: 44, path: "bbox")
  }

  @Test func aTextThatIsNotAnObjectIsRejected() {
    expectError(
      readError("[1, 2]"), .wrongType, "a GeoJSON text must be an object, found an array",
      line: 1, column: 1, path: nil)
    expectError(
      readError(""), .truncated, "empty input: expected a GeoJSON object", line: 1, column: 1,
      path: nil)
  }

  @Test func trailingGarbageAndTruncationAreRejected() {
    expectError(
      readError(#"{"type":"Point","coordinates":[1,2]},"#), .trailingGarbage,
      "unexpected ',' after the end of the JSON text", line: 1, column: 37, path: nil)
    expectError(
      readError(#"{"type":"FeatureCollection","features":[{"type":"Feature","#), .truncated,
      "unexpected end of input, expected a member name in double quotes", line: 1,
      column: 59, path: "features[0]")
  }

  @Test func absurdNestingFailsCleanly() {
    let deep =
      #"{"type":"Feature","geometry":null,"properties":{"a":"#
      + String(repeating: "[", count: 100_000)
    let error = readError(deep)
    #expect(error?.code == .nestingTooDeep)
    // Two objects and 510 arrays fit in 512 levels; the 511th `[` fails.
    #expect(error?.column == 563)
    let collections = String(repeating: #"{"type":"GeometryCollection","geometries":["#, count: 600)
    #expect(readError(collections)?.code == .nestingTooDeep)
  }

  @Test func aByteOrderMarkIsSkipped() throws {
    let object = try GeoJSONReader.read(
      [0xEF, 0xBB, 0xBF] + utf8(#"{"type":"Point","coordinates":[1,2]}"#))
    #expect(object == .geometry(.point(Position(longitude: 1, latitude: 2))))
  }

  // MARK: Already parsed values

  @Test func parsedValuesAreValidatedWithPaths() throws {
    let value: JSONValue = [
      "type": "Feature", "geometry": ["type": "LineString", "coordinates": [[1, 2]]],
      "properties": nil,
    ]
    let error = capture { () throws(GeoJSONError) in try GeoJSONReader.object(from: value) }
    expectError(
      error, .tooFewPositions, "a LineString needs at least 2 positions (RFC 7946 §3.1.4), found 1",
      line: nil, column: nil, path: "geometry.coordinates")
    let good: JSONValue = ["type": "Point", "coordinates": [0.1, 0.30000000000000004]]
    #expect(
      try GeoJSONReader.object(from: good)
        == .geometry(.point(Position(longitude: 0.1, latitude: 0.30000000000000004))))
  }

  @Test func nonFiniteNumbersInParsedValuesFail() {
    let value: JSONValue = [
      "type": "Point", "coordinates": [.number(.infinity), 1],
    ]
    let options = GeoJSONReader.Options(checkWGS84Range: false)
    let error = capture { () throws(GeoJSONError) in
      try GeoJSONReader.object(from: value, options: options)
    }
    expectError(
      error, .outOfRange, "number is not finite; JSON numbers must be finite (RFC 8259 §6)",
      line: nil, column: nil, path: "coordinates[0]")
  }
}
