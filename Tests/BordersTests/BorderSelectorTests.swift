import Testing

@testable import Borders

@Suite struct BorderSelectorTests {
  let codes = TestData.library.catalog.codes

  @Test(arguments: ["IQ-SY", "SY-IQ", "IRQ-SYR", "syr-irq", "IQ-SYR", "IQ/SY", " IQ - SY "])
  func spellingsOfOneBorderAreEqual(text: String) throws {
    let selector = try BorderSelector(parsing: text, codes: codes)
    #expect(selector == BorderSelector(countries: ["SYR", "IRQ"]))
    #expect(selector.description == "IRQ-SYR")
    #expect(!selector.isSingleCountry)
  }

  @Test func oneCountryMeansAllItsBorders() throws {
    let selector = try BorderSelector(parsing: "SY", codes: codes)
    #expect(selector.countries == ["SYR"])
    #expect(selector.isSingleCountry)
  }

  @Test(arguments: ["", "-", "IQ-", "IQ-SY-TR", "IQ--SY"])
  func malformedSelectorsAreRejected(text: String) {
    do {
      _ = try BorderSelector(parsing: text, codes: codes)
      Issue.record("expected an error for '\(text)'")
    } catch {
      #expect(error.code == .invalidSelector)
    }
  }

  @Test func unknownCodesAreNamed() {
    do {
      _ = try BorderSelector(parsing: "IQ-XY", codes: codes)
      Issue.record("expected an error")
    } catch {
      #expect(error.code == .unknownCountry)
      #expect(error.message.contains("'XY'"))
    }
  }

  @Test func naturalEarthOnlyCodesAreAcceptedWhenKnown() throws {
    let selector = try BorderSelector(parsing: "SOL-SOM", codes: codes, otherCodes: ["SOL"])
    #expect(selector.countries == ["SOL", "SOM"])
  }
}
