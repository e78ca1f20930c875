import Testing

@testable import Territory

@Suite struct UnionFindTests {
  @Test func groupsFollowTheUnions() {
    var sets = UnionFind(count: 6)
    sets.union(0, 3)
    sets.union(3, 5)
    sets.union(1, 2)
    #expect(sets.groups(of: 0..<6) == [[0, 3, 5], [1, 2], [4]])
    #expect(sets.groups(of: [2, 4]) == [[2], [4]])
  }
}
