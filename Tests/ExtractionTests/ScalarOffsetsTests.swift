import Testing

@testable import Extraction

struct ScalarOffsetsTests {
  @Test func asciiOffsetsAreByteOffsets() {
    let offsets = ScalarOffsets(Array("Mosul".utf8))
    #expect(offsets.scalarOffset(3) == 3)
  }

  @Test func countsScalarsNotBytes() {
    // "Sinjār" has a two-byte ā; "الموصل" is two bytes per letter.
    let text = "Sinjār " + String(repeating: "x", count: 100) + " الموصل Mosul"
    let bytes = Array(text.utf8)
    let offsets = ScalarOffsets(bytes)
    let mosul = bytes.count - 5
    #expect(offsets.scalarOffset(mosul) == text.unicodeScalars.count - 5)
    #expect(offsets.scalarOffset(bytes.count) == text.unicodeScalars.count)
    #expect(offsets.scalarOffset(6) == 5)
  }
}
