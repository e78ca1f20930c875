import GeoJSON
import Testing

@testable import Borders

@Suite struct BorderLibraryTests {
  @Test func theShippedDataLoads() {
    let library = TestData.library
    #expect(library.catalog.lines.count == 515)
    #expect(library.atlas.countries.count == 10)
    #expect(library.crossChecks.count == 2)
  }

  @Test func aMissingDataFolderNamesTheFile() {
    do {
      _ = try BorderLibrary(dataDirectory: TestData.fixture("nowhere"))
      Issue.record("expected an error")
    } catch {
      #expect(error.code == .io)
      #expect(error.file?.hasSuffix(BorderLibrary.codeFile) == true)
    }
  }

  @Test func selectorsReachTheCatalog() {
    #expect(throws: BordersError.self) { try TestData.library.measurer(for: "IQ-LB") }
    #expect(throws: BordersError.self) { try TestData.library.measurer(for: "Q") }
  }

  @Test func userFilesTakeLinesAndRings() throws {
    let features = try DataFile.features(TestData.fixture("square-with-hole.geojson"))
    let lines = try BorderLibrary.userLines(features, file: "rings.geojson")
    #expect(lines.count == 3)
    #expect(lines[0].parts.count == 2)  // exterior and hole
    #expect(lines[1].parts.count == 2)  // two islands
    #expect(lines[0].name == "Holey")
  }

  @Test func userFilesWithPointsOrNothingAreRejected() throws {
    let points = try DataFile.features(TestData.fixture("point-border.geojson"))
    do {
      _ = try BorderLibrary.userLines(points, file: "point-border.geojson")
      Issue.record("expected an error")
    } catch {
      #expect(error.code == .invalidData)
      #expect(error.description.hasPrefix("point-border.geojson: feature 0"))
    }
    #expect(throws: BordersError.self) { try BorderLibrary.userLines([], file: nil) }
  }

  @Test func malformedBorderFilesNameLineAndColumn() {
    for (fixture, line) in [("malformed-border.geojson", 2), ("truncated-border.geojson", 3)] {
      do {
        _ = try DataFile.features(TestData.fixture(fixture))
        Issue.record("expected an error for \(fixture)")
      } catch {
        #expect(error.code == .invalidData)
        #expect(error.line == line)
        #expect(error.column != nil)
        #expect(error.description.hasPrefix(TestData.fixture(fixture) + ":\(line):"))
      }
    }
  }
}
