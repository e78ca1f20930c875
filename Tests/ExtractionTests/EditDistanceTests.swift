import Testing

@testable import Extraction

struct EditDistanceTests {
  @Test func countsEdits() {
    #expect(EditDistance.levenshtein(Array("baah".utf8), Array("baaj".utf8)) == 1)
    #expect(EditDistance.levenshtein(Array("baah".utf8), Array("bab".utf8)) == 2)
    #expect(EditDistance.levenshtein([], Array("abc".utf8)) == 3)
    #expect(EditDistance.levenshtein(Array("sharqat".utf8), Array("sharqat".utf8)) == 0)
  }
}
