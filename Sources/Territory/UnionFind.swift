/// Disjoint sets over `0..<count` (union by size, path halving), to group pieces that share
/// an edge before dissolving them.
struct UnionFind: Sendable {
  private var parent: [Int]
  private var size: [Int]

  init(count: Int) {
    parent = Array(0..<count)
    size = Array(repeating: 1, count: count)
  }

  /// The representative of `element`'s set.
  mutating func root(_ element: Int) -> Int {
    var node = element
    while parent[node] != node {
      parent[node] = parent[parent[node]]
      node = parent[node]
    }
    return node
  }

  /// Merges the sets of `a` and `b`.
  mutating func union(_ a: Int, _ b: Int) {
    var x = root(a)
    var y = root(b)
    guard x != y else { return }
    if size[x] < size[y] { swap(&x, &y) }
    parent[y] = x
    size[x] += size[y]
  }

  /// The sets with more than zero members among `elements`, each in ascending order, sorted
  /// by their first member.
  mutating func groups(of elements: some Sequence<Int>) -> [[Int]] {
    var byRoot: [Int: Int] = [:]
    var groups: [[Int]] = []
    for element in elements {
      let key = root(element)
      if let index = byRoot[key] {
        groups[index].append(element)
      } else {
        byRoot[key] = groups.count
        groups.append([element])
      }
    }
    return groups
  }
}
