import Testing

@testable import Territory

@Suite struct ReachOptionsTests {
  @Test func defaultsAreNominatimsRadii() {
    let reach = ReachOptions.nominatim
    #expect(reach.metres(forKind: "city") == 15_000)
    #expect(reach.metres(forKind: "Town") == 4_000)
    #expect(reach.metres(forKind: "village") == 2_000)
    #expect(reach.metres(forKind: "hamlet") == 1_000)
    #expect(reach.metres(forKind: "region") == 0)
    #expect(reach.metres(forKind: "oasis") == 1_000)
  }

  @Test func aSpecificationOverridesKilometresByKind() throws {
    let reach = try ReachOptions(specification: "city=10, village=2.5,default=0.5")
    #expect(reach.metres(forKind: "city") == 10_000)
    #expect(reach.metres(forKind: "village") == 2_500)
    #expect(reach.metres(forKind: "town") == 4_000)
    #expect(reach.metres(forKind: "oasis") == 500)
  }

  @Test(arguments: ["city", "city=", "=3", "city=-1", "city=nan", "city=5000", "town=4;city=9"])
  func badSpecificationsAreRejected(specification: String) {
    #expect {
      try ReachOptions(specification: specification)
    } throws: { error in
      (error as? TerritoryError)?.code == .invalidReach
    }
  }
}
