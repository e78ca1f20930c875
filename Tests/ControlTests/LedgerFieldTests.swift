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

  @Test func namesGivenAsBytesAreFoundInAnyOrder() {
    func named(_ name: String, _ next: inout Int) -> LedgerField? {
      Array(name.utf8).withUnsafeBufferPointer { LedgerField.named(utf8: $0, from: &next) }
    }
    var next = 0
    #expect(named("id", &next) == .id)
    #expect(named("geo_precision", &next) == .geoPrecision)
    #expect(next == 15)
    #expect(named("date", &next) == .date)
    #expect(named("dat", &next) == nil)
    #expect(named("date_precisions", &next) == nil)
    #expect(next == 15)
  }
}
