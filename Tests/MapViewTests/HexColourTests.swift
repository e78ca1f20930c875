import Testing

@testable import MapView

@Suite struct HexColourTests {
  @Test func normalisesHexColours() throws {
    #expect(try MapActor(id: "a", name: "A", colour: "1F78B4").colour == "#1f78b4")
    #expect(try MapActor(id: "a", name: "A", colour: "#abc").colour == "#aabbcc")
  }

  @Test func rejectsWhatIsNotAHexColour() {
    for colour in ["red", "#12345", "#ggg", "", "url(#x)"] {
      #expect(throws: MapViewError.self) { try MapActor(id: "a", name: "A", colour: colour) }
    }
  }

  @Test func normalisesTheSpellingsSimplestyleAllows() {
    #expect(HexColour.normalise("#ABC") == "#aabbcc")
    #expect(HexColour.normalise("00ff00") == "#00ff00")
    #expect(HexColour.normalise("rgb(0,0,0)") == nil)
  }

  @Test func unknownActorsGetAColourFromThePalette() {
    #expect(HexColour.fallback(for: "hts") == HexColour.fallback(for: "HTS"))
    #expect(HexColour.normalise(HexColour.fallback(for: "anything")) != nil)
  }
}
