import Testing

@testable import Extraction

struct LookupCacheTests {
  @Test func computesOnceAndRemembers() {
    let cache = LookupCache()
    var calls = 0
    let first = cache.keysOneEditAway("abc") { _ in
      calls += 1
      return [3, 1]
    }
    let second = cache.keysOneEditAway("abc") { _ in
      calls += 1
      return []
    }
    #expect(first == [1, 3])
    #expect(second == [1, 3])
    #expect(calls == 1)
  }
}
