import Testing

@testable import Control

@Suite struct LedgerFieldTests {
  @Test func ordinalsAreTheCaseOrder() {
    #expect(LedgerField.allCases.map(\.ordinal) == Array(LedgerField.allCases.indices))
  }

  @Test func namesAreTheRawValues() {
    for field in LedgerField.allCases { #expect(LedgerField.named(field.rawValue) == field) }
    #expect(LedgerField.named("Date") == nil)
  }

  @Test func namesInAnyOrderAreFound() {
    var next = 0
    #expect(LedgerField.named("id", from: &next) == .id)
    #expect(LedgerField.named("place", from: &next) == .place)
    #expect(next == 4)
    #expect(LedgerField.named("date", from: &next) == .date)
    #expect(LedgerField.named("colour", from: &next) == nil)
  }
}
