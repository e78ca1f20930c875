import Testing

@testable import MapView

@Suite struct ActorTableTests {
  @Test func legendKeepsTableOrderThenUnknownSorted() throws {
    let table = ActorTable(try MapViewFixtures.actors())
    let legend = table.legend(["zeta", "sdf", "isis", "alpha", "sdf"].map(table.actor))
    #expect(legend.map(\.id) == ["isis", "sdf", "alpha", "zeta"])
  }
  @Test func findsActorsByIDNameOrAliasIgnoringCase() throws {
    let table = ActorTable(try MapViewFixtures.actors())
    #expect(table.actor("ISIS").id == "isis")
    #expect(table.actor("popular mobilization units").id == "pmu")
    #expect(table.actor("daesh").id == "isis")
    #expect(table.actor("hts").colour == HexColour.fallback(for: "hts"))
  }
}
