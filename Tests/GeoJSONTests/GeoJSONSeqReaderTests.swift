import Testing

@testable import GeoJSON

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct GeoJSONSeqReaderTests {
  private func readAll(_ reader: GeoJSONSeqReader) throws(GeoJSONError) -> [Feature] {
    var features: [Feature] = []
    while let feature = try reader.next() { features.append(feature) }
    return features
  }

  @Test func recordSeparatedRecordsMaySpanLines() throws {
    let reader = try GeoJSONSeqReader(path: Fixture.path("three-records.geojsons"))
    let first = try reader.next()
    #expect(first?.properties == ["n": 1])
    #expect(reader.recordLine == 1)
    let second = try reader.next()
    #expect(second?.geometry == nil)
    #expect(second?.properties == ["n": 2])
    #expect(reader.recordLine == 2)
    let third = try reader.next()
    #expect(third == Feature(geometry: .point(Position(longitude: 40, latitude: 35))))
    #expect(reader.recordLine == 7)
    #expect(try reader.next() == nil)
    #expect(try reader.next() == nil)
  }

  @Test func aBrokenLineIsReportedWithItsLineNumber() throws {
    let path = Fixture.path("broken-line-4.geojsonl")
    let reader = try GeoJSONSeqReader(path: path)
    #expect(try reader.next()?.properties == ["n": 1])
    #expect(try reader.next()?.properties == ["n": 2])
    #expect(reader.recordLine == 3)
    let error = capture { () throws(GeoJSONError) in try reader.next() }
    expectError(
      error, .truncated, "unexpected end of input, expected ',' or '}'", line: 4, column: 93,
      path: nil)
    #expect(error?.file == path)
  }

  @Test func errorsInsideARecordSeparatedRecordCountTheSeparatorColumn() {
    let bytes =
      utf8("\u{1E}{\"type\":\"Feature\",\"geometry\":null,\"properties\":{}}\n")
      + utf8(
        "\u{1E}{\"type\":\"Feature\",\n\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,95]},\"properties\":{}}\n"
      )
      + utf8("\u{1E}{\"type\":\"Feature\",\"geometry\":x}\n")
    let reader = GeoJSONSeqReader(bytes: bytes, file: "s.geojsons")
    let error = capture { () throws(GeoJSONError) in try readAll(reader) }
    #expect(error?.code == .outOfRange)
    #expect(error?.line == 3)
    #expect(error?.column == 42)
    #expect(error?.path == "geometry.coordinates")
    let third = GeoJSONSeqReader(bytes: Array(bytes.suffix(33)), file: "s.geojsons")
    let syntax = capture { () throws(GeoJSONError) in try third.next() }
    expectError(
      syntax, .invalidJSON, "unexpected 'x', expected a JSON value", line: 1, column: 31,
      path: "geometry")
  }

  @Test func blankLinesAndCarriageReturnsAreSkipped() throws {
    let text =
      "\n\r\n{\"type\":\"Point\",\"coordinates\":[1,2]}\r\n\n  \n{\"type\":\"Point\",\"coordinates\":[3,4]}"
    let reader = GeoJSONSeqReader(bytes: utf8(text))
    let features = try readAll(reader)
    #expect(
      features.map(\.geometry) == [
        .point(Position(longitude: 1, latitude: 2)), .point(Position(longitude: 3, latitude: 4)),
      ])
    #expect(reader.recordLine == 6)
  }

  @Test func emptyInputHasNoRecords() throws {
    #expect(try GeoJSONSeqReader(bytes: []).next() == nil)
    #expect(try GeoJSONSeqReader(bytes: utf8("\n \n")).next() == nil)
    #expect(try GeoJSONSeqReader(bytes: [0x1E, 0x0A, 0x1E]).next() == nil)
  }

  @Test func aFeatureCollectionRecordIsRefused() {
    let reader = GeoJSONSeqReader(bytes: utf8("{\"type\":\"FeatureCollection\",\"features\":[]}\n"))
    let error = capture { () throws(GeoJSONError) in try reader.next() }
    expectError(
      error, .wrongType,
      "a GeoJSON text sequence record must be a Feature or a geometry, found a "
        + "FeatureCollection (RFC 8142 §2)", line: 1, column: 1, path: nil)
  }

  @Test func textBeforeTheFirstSeparatorIsAnError() {
    let reader = GeoJSONSeqReader(
      bytes: utf8(" x\u{1E}{\"type\":\"Point\",\"coordinates\":[1,2]}\n"))
    let error = capture { () throws(GeoJSONError) in try reader.next() }
    #expect(error?.code == .invalidJSON)
    #expect(error?.line == 1)
  }

  @Test func aMissingFileIsAnIOError() {
    let error = capture { () throws(GeoJSONError) in
      try GeoJSONSeqReader(path: "/nonexistent/frontline.geojsonl")
    }
    expectError(
      error, .io, "cannot open /nonexistent/frontline.geojsonl: No such file or directory",
      line: nil, column: nil, path: nil)
  }

  @Test func readsAPipeLikeStandardInput() throws {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    let records = utf8(
      "{\"type\":\"Point\",\"coordinates\":[1,2]}\n\n{\"type\":\"Point\",\"coordinates\":[3,4]}\n")
    #expect(records.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) } == records.count)
    close(ends[1])
    defer { close(ends[0]) }
    let reader = GeoJSONSeqReader(fileDescriptor: ends[0])
    let features = try readAll(reader)
    #expect(
      features.map(\.geometry) == [
        .point(Position(longitude: 1, latitude: 2)), .point(Position(longitude: 3, latitude: 4)),
      ])
    #expect(reader.recordLine == 3)
  }

  @Test func readsLargeFilesInChunksFromADescriptor() throws {
    let collection = try FeatureCollectionReaderTests.generatedCollection(count: 10_000)
    for recordSeparator in [false, true] {
      let writer = GeoJSONSeqWriter(recordSeparator: recordSeparator)
      var bytes: [UInt8] = []
      for feature in collection.features { writer.write(feature, to: &bytes) }
      #expect(bytes.count > 1 << 20)  // more than one chunk
      let path = "/tmp/frontline-geojsonseq-\(getpid())-\(recordSeparator).geojsons"
      try AtomicFile.write(bytes, to: path, overwrite: true)
      defer { unlink(path) }
      let descriptor = open(path, O_RDONLY)
      defer { close(descriptor) }
      let reader = GeoJSONSeqReader(fileDescriptor: descriptor, file: path)
      let features = try readAll(reader)
      #expect(features == collection.features)
      #expect(reader.recordLine == 10_000)
    }
  }
}
