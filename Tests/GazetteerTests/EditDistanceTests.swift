import Testing

@testable import Gazetteer

struct EditDistanceTests {
  private func distance(_ a: String, _ b: String, limit: Double = 10) -> Double? {
    var engine = EditDistance()
    return Array(a.utf8).withUnsafeBufferPointer { first in
      Array(b.utf8).withUnsafeBufferPointer { second in
        engine.distance(first, second, limit: limit)
      }
    }
  }

  @Test func vowelsAndSimilarLettersCostHalf() {
    #expect(distance("telafer", "talafar") == 1)
    #expect(distance("mosul", "musul") == 0.5)
    #expect(distance("kirkuk", "kirkuk") == 0)
    #expect(distance("kamisli", "qamisli") == 0.5)
    #expect(distance("faluja", "falujah") == 0.5)
  }

  @Test func otherEditsCostOne() {
    #expect(distance("baj", "bab") == 1)
    #expect(distance("manbij", "mambij") == 1)
    #expect(distance("abc", "bac") == 1)  // transposition
    #expect(distance("", "abc") == 2.5)  // a vowel costs half, b and c one each
  }

  @Test func limitCutsTheSearchShort() {
    #expect(distance("qzwxrtplk", "talafar", limit: 2) == nil)
    #expect(distance("sinjer", "sinjar", limit: 0.5) == 0.5)
  }

  @Test func oneEditApart() {
    let cases: [(String, String, Bool)] = [
      ("baah", "baaj", true), ("baah", "bah", true), ("abc", "bac", true), ("abc", "abc", false),
      ("abcd", "badc", false), ("serekaniye", "serkan", false), ("", "a", true),
    ]
    for (a, b, expected) in cases {
      #expect(EditDistance.isOneEditApart(Array(a.utf8), Array(b.utf8)) == expected, "\(a) \(b)")
    }
  }
}
