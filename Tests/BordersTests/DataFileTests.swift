import GeoJSON
import Testing

@testable import Borders

@Suite struct DataFileTests {
  @Test func filesAreReadWhole() throws {
    let bytes = try DataFile.read(TestData.fixture("polar-line.geojson"))
    #expect(bytes.first == UInt8(ascii: "{"))
    #expect(try DataFile.features(bytes, file: nil).count == 1)
  }

  @Test func aMissingFileIsNamed() {
    do {
      _ = try DataFile.read("/nonexistent/borders.geojson")
      Issue.record("expected an error")
    } catch {
      #expect(error.code == .io)
      #expect(error.file == "/nonexistent/borders.geojson")
    }
  }
}
