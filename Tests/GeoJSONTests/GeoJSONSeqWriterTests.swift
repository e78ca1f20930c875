import Testing

@testable import GeoJSON

@Suite struct GeoJSONSeqWriterTests {
  private let feature = Feature(
    id: .number(1), geometry: .point(Position(longitude: 38.123456789, latitude: 33)),
    properties: ["note": "line\nbreak"])

  @Test func newlineDelimitedRecordsAreOneLineEach() {
    #expect(
      text(GeoJSONSeqWriter().encode(feature))
        == #"{"type":"Feature","id":1,"geometry":{"type":"Point","coordinates":[38.1234568,33]},"properties":{"note":"line\nbreak"}}"#
        + "\n")
  }

  @Test func recordSeparatedRecordsFollowRFC8142() {
    let record = GeoJSONSeqWriter(precision: 2, recordSeparator: true).encode(feature)
    #expect(record.first == 0x1E)
    #expect(record.last == 0x0A)
    #expect(record.filter { $0 == 0x0A }.count == 1)
    #expect(text(record).contains("[38.12,33]"))
  }

  @Test func writtenRecordsReadBack() throws {
    for recordSeparator in [false, true] {
      let writer = GeoJSONSeqWriter(precision: nil, recordSeparator: recordSeparator)
      var bytes: [UInt8] = []
      writer.write(feature, to: &bytes)
      writer.write(Feature(geometry: nil, properties: nil), to: &bytes)
      let reader = GeoJSONSeqReader(bytes: bytes)
      #expect(try reader.next() == feature)
      #expect(try reader.next() == Feature(geometry: nil, properties: nil))
      #expect(try reader.next() == nil)
    }
  }
}
