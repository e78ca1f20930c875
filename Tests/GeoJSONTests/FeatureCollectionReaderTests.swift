import Testing

@testable import GeoJSON

private enum GeoJSONTestsText {
  static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}

@Suite struct FeatureCollectionReaderTests {
  /// A FeatureCollection of `count` LineStrings east of the Euphrates, written by the writer.
  static func generatedCollection(count: Int) throws -> FeatureCollection {
    var features: [Feature] = []
    for index in 0..<count {
      // Whole units of 1e-7 degrees, so that 7 decimals write them exactly.
      let longitude = Double(380_000_000 + (index % 600) * 100_000) / 1e7
      let latitude = Double(330_000_000 + (index / 600) * 100_000) / 1e7
      features.append(
        Feature(
          id: .number(Double(index)),
          geometry: .lineString(
            try LineString([
              Position(longitude: longitude, latitude: latitude),
              Position(
                longitude: (longitude * 1e7 + 50_000).rounded() / 1e7,
                latitude: (latitude * 1e7 + 50_000).rounded() / 1e7),
            ])), properties: ["index": .number(Double(index)), "name": .string("line \(index)")]))
    }
    return FeatureCollection(
      features: features, bbox: [38, 33, 43.995, 33.165],
      foreignMembers: [
        "name": "generated",
        "crs": [
          "type": "name", "properties": ["name": "urn:ogc:def:crs:OGC:1.3:CRS84"],
        ],
      ])
  }

  @Test func streamsTenThousandFeaturesInOrderAndReturnsTheOtherMembers() throws {
    let collection = try Self.generatedCollection(count: 10_000)
    var crsOnly = collection
    crsOnly.foreignMembers["name"] = nil
    // Put `name` before the features and leave `crs` after them, to see both ends.
    let prefix = #"{"type":"FeatureCollection","#
    let text =
      prefix + #""name":"generated","#
      + String(
        GeoJSONTestsText.text(GeoJSONWriter().encode(.featureCollection(crsOnly))).dropFirst(
          prefix.count))
    var reader = try FeatureCollectionReader(bytes: utf8(text), file: "generated.geojson")
    #expect(reader.members.foreignMembers.keys == ["name"])
    #expect(reader.members.bbox == [38, 33, 43.995, 33.165])
    var features: [Feature] = []
    while let feature = try reader.next() { features.append(feature) }
    #expect(features.count == 10_000)
    #expect(features == collection.features)
    #expect(reader.featureCount == 10_000)
    #expect(reader.members.foreignMembers.keys == ["name", "crs"])
    #expect(reader.members.features.isEmpty)
    #expect(reader.crsName == "urn:ogc:def:crs:OGC:1.3:CRS84")
    #expect(try reader.next() == nil)
  }

  @Test func theClosureFormSeesEveryFeature() throws {
    let collection = try Self.generatedCollection(count: 100)
    let bytes = GeoJSONWriter().encode(.featureCollection(collection))
    var seen: [Feature] = []
    let members = try GeoJSONReader.forEachFeature(in: bytes) { seen.append($0) }
    #expect(seen == collection.features)
    #expect(
      members
        == FeatureCollection(
          features: [], bbox: collection.bbox, foreignMembers: collection.foreignMembers))
  }

  @Test func aProjectedCRSBeforeTheFeaturesIsKnownBeforeTheFirstFeature() throws {
    var reader = try FeatureCollectionReader(bytes: try Fixture.bytes("projected-3857.geojson"))
    #expect(reader.crsName == "urn:ogc:def:crs:EPSG::3857")
    #expect(!reader.checksWGS84Range)
    #expect(try reader.next()?.properties == ["id": 1])
    #expect(try reader.next() == nil)
    #expect(reader.members.foreignMembers.keys == ["name", "crs"])
  }

  @Test func emptyCollectionsAndMembersAfterTheFeaturesWork() throws {
    var reader = try FeatureCollectionReader(
      bytes: utf8(#"{"features": [ ], "type": "FeatureCollection", "bbox": [1,2,3,4]}"#))
    #expect(reader.members.bbox == nil)
    #expect(try reader.next() == nil)
    #expect(reader.members.bbox == [1, 2, 3, 4])
  }

  @Test func errorsCarryTheFeaturesPathAndStopTheReader() throws {
    let text = """
      {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": null, "properties": {}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [200, 0]}, "properties": {}}
      ]}
      """
    var reader = try FeatureCollectionReader(bytes: utf8(text), file: "f.geojson")
    #expect(try reader.next() != nil)
    let error = capture { () throws(GeoJSONError) in try reader.next() }
    #expect(error?.code == .outOfRange)
    #expect(error?.line == 3)
    #expect(error?.column == 68)
    #expect(error?.path == "features[1].geometry.coordinates")
    #expect(error?.file == "f.geojson")
    #expect(try reader.next() == nil)
  }

  @Test func otherTopLevelObjectsAreRefused() {
    let error = capture { () throws(GeoJSONError) in
      try FeatureCollectionReader(
        bytes: utf8(#"{"type":"Feature","geometry":null,"properties":{}}"#))
    }
    expectError(
      error, .wrongType,
      "expected a FeatureCollection, found a Feature; read other objects whole with "
        + "GeoJSONReader.read", line: 1, column: 1, path: nil)
  }

  @Test func aProjectedFeatureIsRefusedAsAFeatureNotForItsRange() {
    let error = capture { () throws(GeoJSONError) in
      try FeatureCollectionReader(
        bytes: utf8(
          #"{"type":"Feature","geometry":{"type":"Point","coordinates":[500000,4000000]},"#
            + #""properties":{},"crs":{"type":"name","properties":{"name":"EPSG:32637"}}}"#))
    }
    #expect(error?.code == .wrongType)
  }

  @Test func trailingGarbageAfterTheCollectionIsFound() throws {
    var reader = try FeatureCollectionReader(
      bytes: utf8(#"{"type":"FeatureCollection","features":[]} {}"#))
    let error = capture { () throws(GeoJSONError) in try reader.next() }
    expectError(
      error, .trailingGarbage, "unexpected '{' after the end of the JSON text", line: 1,
      column: 44, path: nil)
  }
}
