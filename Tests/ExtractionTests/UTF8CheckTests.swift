import Testing

@testable import Extraction

struct UTF8CheckTests {
  @Test func acceptsWellFormedSequences() {
    #expect(UTF8Check.validSequenceLength(Array("a".utf8), at: 0) == 1)
    #expect(UTF8Check.validSequenceLength(Array("ā".utf8), at: 0) == 2)
    #expect(UTF8Check.validSequenceLength(Array("ص".utf8), at: 0) == 2)
    #expect(UTF8Check.validSequenceLength(Array("’".utf8), at: 0) == 3)
    #expect(UTF8Check.validSequenceLength(Array("𝄞".utf8), at: 0) == 4)
  }

  @Test func rejectsMalformedSequences() {
    #expect(UTF8Check.validSequenceLength([0xFF], at: 0) == 0)
    #expect(UTF8Check.validSequenceLength([0xC3], at: 0) == 0)
    #expect(UTF8Check.validSequenceLength([0xE0, 0x80, 0x80], at: 0) == 0)
    #expect(UTF8Check.validSequenceLength([0xED, 0xA0, 0x80], at: 0) == 0)
  }
}
