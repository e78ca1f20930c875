import Testing

@testable import GeoJSON

@Suite struct GeoJSONWriterTests {
  private let square = [
    Position(longitude: 0, latitude: 0), Position(longitude: 0, latitude: 1),
    Position(longitude: 1, latitude: 1), Position(longitude: 1, latitude: 0),
    Position(longitude: 0, latitude: 0),
  ]  // clockwise

  @Test func membersComeInRFCOrderThenForeignMembersInTheirOrder() throws {
    let feature = Feature(
      id: .number(12), geometry: .point(Position(longitude: 38.5, latitude: 33.25)),
      properties: ["z": 1, "a": nil], bbox: [38.5, 33.25, 38.5, 33.25],
      foreignMembers: ["zeta": "last", "type": "ignored", "alpha": [true]])
    #expect(
      text(GeoJSONWriter().encode(feature))
        == #"{"type":"Feature","id":12,"bbox":[38.5,33.25,38.5,33.25],"geometry":{"type":"Point","coordinates":[38.5,33.25]},"properties":{"z":1,"a":null},"zeta":"last","alpha":[true]}"#
    )
  }

  @Test func nullGeometryAndNullPropertiesAreWrittenExplicitly() {
    let feature = Feature(id: .string("x"), geometry: nil, properties: nil)
    #expect(
      text(GeoJSONWriter().encode(feature))
        == #"{"type":"Feature","id":"x","geometry":null,"properties":null}"#)
  }

  @Test func coordinatesAndBboxUsePrecisionOtherNumbersAreShortest() throws {
    let feature = Feature(
      geometry: .lineString(
        try LineString([
          Position(longitude: 38.123456789, latitude: -0.00000001, altitude: 100.25),
          Position(longitude: 39, latitude: 34),
        ])), properties: ["ratio": 0.123456789, "count": 3], bbox: [38.123456789, 0, 39, 34])
    #expect(
      text(GeoJSONWriter(precision: 3).encode(feature))
        == #"{"type":"Feature","bbox":[38.123,0,39,34],"geometry":{"type":"LineString","coordinates":[[38.123,0,100.25],[39,34]]},"properties":{"ratio":0.123456789,"count":3}}"#
    )
    #expect(
      text(GeoJSONWriter(precision: nil).encode(feature)).contains("[38.123456789,-1e-08,100.25]"))
  }

  @Test func stringsAreEscapedPerRFC8259() {
    let value: JSONValue = [
      "k\"ey": "quote \" backslash \\ slash / \n\r\t\u{8}\u{C} \u{1} \u{1F} é دير 😀"
    ]
    #expect(
      text(GeoJSONWriter().encode(value))
        == #"{"k\"ey":"quote \" backslash \\ slash / \n\r\t\b\f \u0001 \u001f é دير 😀"}"#)
  }

  @Test func prettyOutputIndentsByTwoSpacesAndKeepsPositionsOnOneLine() throws {
    let collection = FeatureCollection(
      features: [
        Feature(
          geometry: .lineString(
            try LineString([
              Position(longitude: 1, latitude: 2), Position(longitude: 3, latitude: 4),
            ])), properties: ["tags": ["a"], "empty": [:]])
      ], foreignMembers: ["name": "n"])
    let expected = """
      {
        "type": "FeatureCollection",
        "features": [
          {
            "type": "Feature",
            "geometry": {
              "type": "LineString",
              "coordinates": [
                [1, 2],
                [3, 4]
              ]
            },
            "properties": {
              "tags": [
                "a"
              ],
              "empty": {}
            }
          }
        ],
        "name": "n"
      }
      """
    #expect(text(GeoJSONWriter(pretty: true).encode(.featureCollection(collection))) == expected)
    #expect(
      text(GeoJSONWriter(pretty: true).encode(.featureCollection(FeatureCollection(features: []))))
        == "{\n  \"type\": \"FeatureCollection\",\n  \"features\": []\n}")
  }

  @Test func polygonsAreRewoundToTheRightHandRule() throws {
    let hole = [
      Position(longitude: 0.25, latitude: 0.25), Position(longitude: 0.75, latitude: 0.25),
      Position(longitude: 0.75, latitude: 0.75), Position(longitude: 0.25, latitude: 0.25),
    ]  // counterclockwise
    let polygon = Polygon([try LinearRing(square), try LinearRing(hole)])
    let written = text(GeoJSONWriter().encode(Geometry.polygon(polygon)))
    #expect(
      written
        == #"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]],[[0.25,0.25],[0.75,0.75],[0.75,0.25],[0.25,0.25]]]}"#
    )
    let reread = try GeoJSONReader.read(utf8(written))
    #expect(reread == .geometry(Geometry.polygon(polygon).rewoundToRightHandRule))
    let multi = text(GeoJSONWriter().encode(Geometry.multiPolygon([polygon])))
    #expect(multi.contains(#"[[[[0,0],[1,0],[1,1],[0,1],[0,0]],[[0.25,0.25],[0.75,0.75]"#))
  }

  @Test func correctlyWoundAndDegenerateRingsAreWrittenAsTheyAre() throws {
    let ccw = Array(square.reversed())
    let flat = [
      Position(longitude: 0, latitude: 0), Position(longitude: 1, latitude: 0),
      Position(longitude: 2, latitude: 0), Position(longitude: 0, latitude: 0),
    ]
    let polygon = Polygon([try LinearRing(ccw)])
    #expect(
      text(GeoJSONWriter().encode(Geometry.polygon(polygon)))
        == #"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}"#)
    #expect(
      text(GeoJSONWriter().encode(Geometry.polygon(Polygon([try LinearRing(flat)]))))
        == #"{"type":"Polygon","coordinates":[[[0,0],[1,0],[2,0],[0,0]]]}"#)
  }

  @Test func geometryCollectionsNest() {
    let geometry = Geometry.geometryCollection([
      .point(Position(longitude: 1, latitude: 2)), .geometryCollection([]),
    ])
    #expect(
      text(GeoJSONWriter().encode(geometry))
        == #"{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]},{"type":"GeometryCollection","geometries":[]}]}"#
    )
  }

  @Test func nonFiniteNumbersBecomeNull() {
    let value: JSONValue = [.number(.nan), .number(-.infinity)]
    #expect(text(GeoJSONWriter().encode(value)) == "[null,null]")
  }

  @Test func negativePrecisionCountsAsZero() {
    let point = Geometry.point(Position(longitude: 38.5, latitude: -33.5))
    #expect(
      text(GeoJSONWriter(precision: -3).encode(point))
        == #"{"type":"Point","coordinates":[39,-34]}"#)
  }

  @Test func writeAppendsToExistingBytes() {
    var bytes = utf8("x")
    GeoJSONWriter().write(JSONValue.array([1, "a"]), to: &bytes)
    GeoJSONWriter().write(Feature(geometry: nil), to: &bytes)
    #expect(text(bytes) == #"x[1,"a"]{"type":"Feature","geometry":null,"properties":{}}"#)
  }
}
