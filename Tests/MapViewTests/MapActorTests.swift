import Testing

@testable import MapView

@Suite struct MapActorTests {
  @Test func normalisesHexColours() throws {
    #expect(try MapActor(id: "a", name: "A", colour: "1F78B4").colour == "#1f78b4")
    #expect(try MapActor(id: "a", name: "A", colour: "#abc").colour == "#aabbcc")
  }

  @Test func rejectsWhatIsNotAHexColour() {
    for colour in ["red", "#12345", "#ggg", "", "url(#x)"] {
      #expect(throws: MapViewError.self) { try MapActor(id: "a", name: "A", colour: colour) }
    }
  }

  @Test func rejectsAnEmptyID() {
    #expect(throws: MapViewError.self) { try MapActor(id: "", name: "A", colour: "#000") }
  }

  @Test func anEmptyNameShowsTheID() throws {
    #expect(try MapActor(id: "hts", name: "", colour: "#000").name == "hts")
  }

  @Test func legendKeepsTableOrderThenUnknownSorted() throws {
    let table = ActorTable(try MapViewFixtures.actors())
    let legend = table.legend(["zeta", "sdf", "isis", "alpha", "sdf"].map(table.actor))
    #expect(legend.map(\.id) == ["isis", "sdf", "alpha", "zeta"])
  }
}
