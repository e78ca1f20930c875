/// A weighted optimal-string-alignment distance (Levenshtein with adjacent transpositions)
/// tuned to transliteration: changing one vowel for another, inserting or dropping a vowel or
/// an h, and swapping letters that renderings of the same Arabic or Kurdish sound use
/// (q/k, c/j, s/z, f/v, kh/h…) cost half an edit; anything else costs one.
///
/// Costs are counted in half edits as integers, and a row whose minimum exceeds the limit
/// ends the computation, since every later row can only be larger.
struct EditDistance {
  private var rows: [Int32] = []
  private let indel = EditDistance.indelTable
  private let pairs = EditDistance.pairTable

  /// The distance between two byte strings in edits (ASCII letters get the weights; other
  /// bytes cost one per byte), or `nil` once it is certain to exceed `limit`.
  mutating func distance(
    _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Double
  ) -> Double? {
    let bound = Int32(min(limit, 1e6) * 2)
    if rows.count < 3 * (b.count + 1) {
      rows = [Int32](repeating: 0, count: 3 * (b.count + 1) + 16)
    }
    let halves = rows.withUnsafeMutableBufferPointer { rows in
      indel.withUnsafeBufferPointer { indel in
        pairs.withUnsafeBufferPointer { pairs in
          Self.halfEdits(a, b, bound: bound, rows: rows, indel: indel, pairs: pairs)
        }
      }
    }
    return halves.map { Double($0) / 2 }
  }

  private static func halfEdits(
    _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, bound: Int32,
    rows: UnsafeMutableBufferPointer<Int32>, indel: UnsafeBufferPointer<Int32>,
    pairs: UnsafeBufferPointer<Int32>
  ) -> Int32? {
    let n = a.count
    let m = b.count
    var beforePrevious = rows.baseAddress!
    var previous = beforePrevious + (m + 1)
    var current = previous + (m + 1)
    previous[0] = 0
    for j in stride(from: 1, through: m, by: 1) {
      previous[j] = previous[j - 1] + indel[Int(b[j - 1])]
    }
    if n == 0 { return previous[m] <= bound ? previous[m] : nil }
    for i in 1...n {
      let letter = a[i - 1]
      let letterIndel = indel[Int(letter)]
      current[0] = previous[0] + letterIndel
      var rowMinimum = current[0]
      for j in stride(from: 1, through: m, by: 1) {
        let other = b[j - 1]
        let substitution =
          letter == other ? 0 : (letter | other) < 0x80 ? pairs[Int(letter) << 7 | Int(other)] : 2
        var best = min(
          previous[j] + letterIndel, current[j - 1] + indel[Int(other)],
          previous[j - 1] + substitution)
        if i > 1, j > 1, letter == b[j - 2], a[i - 2] == other, letter != other {
          best = min(best, beforePrevious[j - 2] + 2)
        }
        current[j] = best
        rowMinimum = min(rowMinimum, best)
      }
      if rowMinimum > bound { return nil }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[m] <= bound ? previous[m] : nil
  }

  /// Half-edit cost of inserting or deleting each byte: 1 for vowels and h, else 2.
  private static let indelTable: [Int32] = (0..<256).map { byte in
    "aeiouyh".utf8.contains(UInt8(byte)) ? 1 : 2
  }

  /// Half-edit cost of substituting ASCII byte pairs (index `a << 7 | b`).
  private static let pairTable: [Int32] = {
    var table = [Int32](repeating: 2, count: 128 * 128)
    let vowels = Array("aeiouy".utf8)
    var pairs: [(UInt8, UInt8)] = []
    for a in vowels { for b in vowels { pairs.append((a, b)) } }
    for pair in [
      "qk", "ck", "cj", "jg", "sz", "sc", "td", "dz", "ts", "fv", "bp", "xh", "xk", "wu", "wv",
    ] {
      let letters = Array(pair.utf8)
      pairs.append((letters[0], letters[1]))
    }
    for (a, b) in pairs {
      table[Int(a) << 7 | Int(b)] = 1
      table[Int(b) << 7 | Int(a)] = 1
    }
    for letter in 0..<128 { table[letter << 7 | letter] = 0 }
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
