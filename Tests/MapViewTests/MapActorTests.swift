import Testing

@testable import MapView

@Suite struct MapActorTests {
  @Test func rejectsAnEmptyID() {
    #expect(throws: MapViewError.self) { try MapActor(id: "", name: "A", colour: "#000") }
  }

  @Test func anEmptyNameShowsTheID() throws {
    #expect(try MapActor(id: "hts", name: "", colour: "#000").name == "hts")
  }

}
