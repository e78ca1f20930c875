import GeoJSON
import Testing

@testable import Borders

@Suite struct BoundaryCatalogTests {
  let catalog = TestData.library.catalog

  @Test func theWorldFileIsComplete() {
    #expect(catalog.lines.count == 515)
    #expect(catalog.segmentCount == 69_315)
  }

  @Test func theIraqSyriaLineIsFound() throws {
    let lines = try catalog.lines(for: catalog.selector(parsing: "SY-IQ"))
    #expect(lines.count == 1)
    #expect(lines[0].identifier == "1746707951")
    #expect(lines[0].parts.count == 3)
    #expect(lines[0].parts.reduce(0) { $0 + $1.count } == 77)
    #expect(lines[0].label == "IRQ-SYR")
  }

  @Test func oneCountryGetsEveryNeighbourButNotItsOwnOverlays() throws {
    let lines = try catalog.lines(for: catalog.selector(parsing: "SY"))
    let pairs = Set(lines.map(\.label))
    #expect(pairs == ["IRQ-SYR", "ISR-SYR", "JOR-SYR", "LBN-SYR", "SYR-TUR"])
    let overlay = try catalog.lines(for: catalog.selector(parsing: "SY-SY"))
    #expect(overlay.map(\.name) == ["UNDOF"])
  }

  @Test func neighboursAreListed() {
    #expect(catalog.neighbours(of: "IRQ") == ["IRN", "JOR", "KWT", "SAU", "SYR", "TUR"])
  }

  @Test func naturalEarthCodesAreMappedToISO() throws {
    let lines = try catalog.lines(for: catalog.selector(parsing: "PS-IL"))
    #expect(!lines.isEmpty)
    #expect(lines.allSatisfy { $0.countries == ["ISR", "PSE"] })
  }

  @Test func aPairWithoutABorderListsWhatExists() {
    do {
      _ = try catalog.lines(for: catalog.selector(parsing: "IQ-LB"))
      Issue.record("expected an error")
    } catch {
      #expect(error.code == .noSuchBorder)
      #expect(error.message.contains("Iraq (IQ/IRQ) borders: IR/IRN, JO/JOR, KW/KWT"))
      #expect(error.message.contains("Lebanon (LB/LBN) borders: IL/ISR, SY/SYR"))
    }
  }

  @Test func pointFeaturesAreRejected() {
    let feature = Feature(geometry: .point(Position(longitude: 0, latitude: 0)))
    #expect(throws: BordersError.self) {
      try BoundaryCatalog(features: [feature], codes: catalog.codes)
    }
  }
}
