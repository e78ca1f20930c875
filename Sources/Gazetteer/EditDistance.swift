/// A weighted optimal-string-alignment distance (Levenshtein with adjacent transpositions)
/// tuned to transliteration: changing one vowel for another, inserting or dropping a vowel or
/// an h, and swapping letters that renderings of the same Arabic or Kurdish sound use
/// (q/k, c/j, s/z, f/v, kh/h…) cost half an edit; anything else costs one.
struct EditDistance {
  private var previous: [Double] = []
  private var current: [Double] = []
  private var beforePrevious: [Double] = []

  /// The distance between two byte strings (ASCII letters get the weights; other bytes cost
  /// one per byte), or `nil` once it is certain to exceed `limit`.
  mutating func distance(
    _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Double
  ) -> Double? {
    let n = a.count
    let m = b.count
    if n == 0 || m == 0 {
      let all = n == 0 ? b : a
      let total = all.reduce(0.0) { $0 + Self.indelCost($1) }
      return total <= limit ? total : nil
    }
    if previous.count < m + 1 {
      previous = [Double](repeating: 0, count: m + 1)
      current = previous
      beforePrevious = previous
    }
    previous[0] = 0
    for j in 1...m { previous[j] = previous[j - 1] + Self.indelCost(b[j - 1]) }
    for i in 1...n {
      let letter = a[i - 1]
      current[0] = previous[0] + Self.indelCost(letter)
      var rowMinimum = current[0]
      for j in 1...m {
        let other = b[j - 1]
        var best = min(
          previous[j] + Self.indelCost(letter), current[j - 1] + Self.indelCost(other),
          previous[j - 1] + Self.substitutionCost(letter, other))
        if i > 1, j > 1, letter == b[j - 2], a[i - 2] == other, letter != other {
          best = min(best, beforePrevious[j - 2] + 1)
        }
        current[j] = best
        rowMinimum = min(rowMinimum, best)
      }
      if rowMinimum > limit { return nil }
      swap(&beforePrevious, &previous)
      swap(&previous, &current)
    }
    let result = previous[m]
    return result <= limit ? result : nil
  }

  @inline(__always)
  static func indelCost(_ letter: UInt8) -> Double {
    cheapIndel[Int(letter)] ? 0.5 : 1
  }

  @inline(__always)
  static func substitutionCost(_ a: UInt8, _ b: UInt8) -> Double {
    if a == b { return 0 }
    guard a < 0x80, b < 0x80 else { return 1 }
    return cheapPairs[Int(a) << 7 | Int(b)] ? 0.5 : 1
  }

  private static let cheapIndel: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for letter in "aeiouyh".utf8 { table[Int(letter)] = true }
    return table
  }()

  private static let cheapPairs: [Bool] = {
    var table = [Bool](repeating: false, count: 128 * 128)
    let vowels = Array("aeiouy".utf8)
    var pairs: [(UInt8, UInt8)] = []
    for a in vowels { for b in vowels { pairs.append((a, b)) } }
    for pair in ["qk", "ck", "cj", "jg", "sz", "sc", "td", "dz", "ts", "fv", "bp", "xh", "xk", "wu", "wv", "ae"] {
      let letters = Array(pair.utf8)
      pairs.append((letters[0], letters[1]))
    }
    for (a, b) in pairs {
      table[Int(a) << 7 | Int(b)] = true
      table[Int(b) << 7 | Int(a)] = true
    }
    return table
  }()

  /// Whether `a` and `b` differ by exactly one unweighted edit: a letter changed, added or
  /// dropped, or two neighbours swapped.
  static func isOneEditApart(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    if a.count == b.count {
      guard let first = a.indices.first(where: { a[$0] != b[$0] }) else { return false }
      let rest = first + 1
      if a[rest...] == b[rest...] { return true }
      return rest < a.count && a[first] == b[rest] && a[rest] == b[first]
        && a[(rest + 1)...] == b[(rest + 1)...]
    }
    let (short, long) = a.count < b.count ? (a, b) : (b, a)
    guard long.count - short.count == 1 else { return false }
    let first = short.indices.first { short[$0] != long[$0] } ?? short.count
    return short[first...] == long[(first + 1)...]
  }
}
