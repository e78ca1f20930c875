import GeoJSON
import Testing

@testable import MapView

@Suite struct MapDocumentTests {
  @Test func startsAtTheLastStepUnlessTold() throws {
    #expect(try MapViewFixtures.seriesDocument().initialStep == 3)
    #expect(try MapViewFixtures.seriesDocument(initialStep: 1).initialDate == "2017-05-01")
  }

  @Test func rejectsAStepThatDoesNotExist() {
    let error = #expect(throws: MapViewError.self) {
      try MapViewFixtures.seriesDocument(initialStep: 4)
    }
    #expect(error?.code == .invalidOption)
  }

  @Test func legendListsTheActorsTheDataNames() throws {
    let styled = try MapViewFixtures.seriesDocument().styled()
    #expect(styled.legendActors.map(\.id) == ["isis", "pmu", "sdf", "peshmerga", "isf"])
    #expect(styled.changeKinds == [.captured, .contested, .besieged])
    #expect(!styled.hasFrontLine)
  }

  @Test func extentCoversTheDataElseTheBackground() throws {
    let extent = try #require(try MapViewFixtures.extractDocument().styled().extent)
    #expect(abs(extent.west - 39.00788) < 1e-9 && abs(extent.east - 43.11889) < 1e-9)
    let empty = try MapDocument(
      title: "", layers: [], actors: [], background: MapViewFixtures.background())
    let background = try #require(empty.styled().extent)
    #expect(background.west < 30 && background.east > 45)
  }
}
