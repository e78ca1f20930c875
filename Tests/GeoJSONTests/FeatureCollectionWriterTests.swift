import Testing

@testable import GeoJSON

@Suite struct FeatureCollectionWriterTests {
  @Test func piecewiseOutputEqualsWholeOutput() throws {
    let collection = try FeatureCollectionReaderTests.generatedCollection(count: 50)
    for writer in [GeoJSONWriter(), GeoJSONWriter(precision: 3, pretty: true)] {
      var stream = FeatureCollectionWriter(writer: writer)
      var bytes: [UInt8] = []
      stream.writeHeader(bbox: collection.bbox, to: &bytes)
      for feature in collection.features { stream.write(feature, to: &bytes) }
      stream.writeTrailer(foreignMembers: collection.foreignMembers, to: &bytes)
      #expect(bytes == writer.encode(.featureCollection(collection)))
    }
  }

  @Test func readerAndWriterReprojectAFileFeatureByFeature() throws {
    let input = try Fixture.bytes("projected-3857.geojson")
    var reader = try FeatureCollectionReader(bytes: input)
    var stream = FeatureCollectionWriter(writer: GeoJSONWriter(precision: 1))
    var output: [UInt8] = []
    stream.writeHeader(bbox: reader.members.bbox, to: &output)
    while let feature = try reader.next() { stream.write(feature, to: &output) }
    stream.writeTrailer(foreignMembers: reader.members.foreignMembers, to: &output)
    #expect(
      text(output)
        == #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[4452779.6,3895304]},"properties":{"id":1}}],"name":"projected","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}}}"#
    )
  }

  @Test func reservedNamesAmongForeignMembersAreLeftOut() {
    var stream = FeatureCollectionWriter()
    var bytes: [UInt8] = []
    stream.writeHeader(to: &bytes)
    stream.writeTrailer(
      foreignMembers: ["features": [], "type": "x", "bbox": nil, "title": "t"], to: &bytes)
    #expect(text(bytes) == #"{"type":"FeatureCollection","features":[],"title":"t"}"#)
  }
}
