/// Levenshtein distance between byte strings, for ranking near-miss spellings.
enum EditDistance {
  /// The number of single-byte insertions, deletions and substitutions that turn `a` into
  /// `b` (Wagner–Fischer, two rows).
  static func levenshtein(_ a: [UInt8], _ b: [UInt8]) -> Int {
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for (i, left) in a.enumerated() {
      current[0] = i + 1
      for (j, right) in b.enumerated() {
        current[j + 1] = min(
          previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
