import Testing

@testable import Territory

@Suite struct AreaClassTests {
  @Test func labelsAndNames() {
    #expect(AreaClass.controlled(by: "ISIS").label == "ISIS")
    #expect(AreaClass.besieged(holder: "SAA").label == "SAA")
    #expect(AreaClass.besieged(holder: "SAA").name == "besieged")
    #expect(AreaClass.contested.label == "contested")
    #expect(AreaClass.unknown.description == "unknown")
    #expect(!AreaClass.unknown.isKnown)
  }

  @Test func orderPutsHeldLandFirstAndUnknownLast() {
    let classes: [AreaClass] = [
      .unknown, .contested, .besieged(holder: "A"), .controlled(by: "B"), .controlled(by: "A"),
    ]
    #expect(
      classes.sorted() == [
        .controlled(by: "A"), .controlled(by: "B"), .besieged(holder: "A"), .contested, .unknown,
      ])
  }

  @Test func mergingReportsOfOneSpot() {
    let isis = AreaClass.controlled(by: "ISIS")
    #expect(isis.merged(with: isis) == isis)
    #expect(isis.merged(with: .unknown) == isis)
    #expect(AreaClass.unknown.merged(with: isis) == isis)
    #expect(isis.merged(with: .besieged(holder: "ISIS")) == .besieged(holder: "ISIS"))
    #expect(isis.merged(with: .controlled(by: "PMU")) == .contested)
  }
}
