import Testing

@testable import Extraction

struct TriggerTests {
  @Test func knowsVerbFormsAndVoice() throws {
    let retook = try #require(Trigger.verbs["retook"])
    #expect(retook.kind == .capture)
    #expect(retook.form == .past)
    #expect(!retook.canBePassive)
    let retaken = try #require(Trigger.verbs["retaken"])
    #expect(retaken.canBePassive)
    #expect(Trigger.verbs["liberated"]?.form == .pastOrParticiple)
    #expect(Trigger.verbs["besieging"]?.form == .gerund)
  }

  @Test func knowsNouns() {
    #expect(Trigger.nouns["siege"] == .besiege)
    #expect(Trigger.nouns["offensive"] == .contestNoun)
    #expect(Trigger.nouns["liberation"] == .liberate)
  }
}
