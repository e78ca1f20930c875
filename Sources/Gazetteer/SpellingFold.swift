/// The spelling alternations of English-language (and French, German, Turkish, Kurdish)
/// renderings of Arabic names, folded so that the variants share one key.
///
/// Word level: Umm/Um/Om, Tal/Tall/Tell/Tel, Abu/Abou, Wadi/Wady/Oued, Jabal/Jebel/Djebel,
/// Deir/Dayr/Dair/Der, Ain/Ayn/Ein, Beit/Bayt, Kafr/Kfar, Sheikh/Shaykh, Khirbat/Khirbet and
/// Qalat/Qalaat take one canonical spelling.
///
/// Letter level, left to right: sch/sh/ch → s/s/c; kh → x (Kurdish writes x); dj → j;
/// gh, g → j (Egyptian and French g for jim); ph → f; th → t; dh → d; zh → z; q, ck → k;
/// ou before a vowel → w (Ouadi), other ou, oo and o → u (Arabic has no o); ee → i;
/// ay/ey/ei before a consonant → ai; aw before a consonant → u (Dawr/Dour); y → i. At the
/// end of a word of five letters or more, h after a vowel goes (ta marbuta: Raqqah/Raqqa);
/// a final e becomes a
/// (Hasakeh/Hasaka). Finally doubled letters collapse (aa → a, qq → q).
enum SpellingFold {
  /// Folds one ASCII word (lower case) and appends the result.
  static func fold(_ word: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
    let start = output.count
    let count = word.count
    var index = 0
    func at(_ offset: Int) -> UInt8 { offset < count ? word[offset] : 0 }
    while index < count {
      let letter = word[index]
      let next = at(index + 1)
      let afterNext = at(index + 2)
      var consumed = 1
      switch letter {
      case a_ where (next == y_ || next == i_) && !isVowel(afterNext):
        output.append(a_)
        output.append(i_)
        consumed = 2
      case a_ where next == w_ && !isVowel(afterNext):
        output.append(u_)
        consumed = 2
      case e_ where next == e_:
        output.append(i_)
        consumed = 2
      case e_ where (next == y_ || next == i_) && !isVowel(afterNext):
        output.append(a_)
        output.append(i_)
        consumed = 2
      case o_ where next == u_ && isVowel(afterNext):
        output.append(w_)
        consumed = 2
      case o_ where next == u_ || next == o_:
        output.append(u_)
        consumed = 2
      case o_:
        output.append(u_)
      case s_ where next == c_ && afterNext == h_:
        output.append(s_)
        consumed = 3
      case s_ where next == h_:
        output.append(s_)
        consumed = 2
      case c_ where next == h_:
        output.append(c_)
        consumed = 2
      case c_ where next == k_:
        output.append(k_)
        consumed = 2
      case k_ where next == h_:
        output.append(x_)
        consumed = 2
      case d_ where next == j_:
        output.append(j_)
        consumed = 2
      case g_ where next == h_:
        output.append(j_)
        consumed = 2
      case g_:
        output.append(j_)
      case p_ where next == h_, t_ where next == h_, d_ where next == h_, z_ where next == h_:
        output.append(letter == p_ ? f_ : letter)
        consumed = 2
      case q_:
        output.append(k_)
      case y_:
        output.append(i_)
      default:
        output.append(letter)
      }
      index += consumed
    }
    foldWordEnd(&output, from: start)
  }

  /// Ta marbuta and its spellings: a final h after a vowel goes (in words of five letters
  /// or more, so that short words keep a consonant: Ba'ah is not Ba), a final e becomes a.
  private static func foldWordEnd(_ output: inout [UInt8], from start: Int) {
    if output.count - start >= 5, output[output.count - 1] == h_,
      isVowel(output[output.count - 2])
    {
      output.removeLast()
    }
    if output.count - start >= 3, output[output.count - 1] == e_ {
      output[output.count - 1] = a_
    }
  }

  /// Removes a letter that repeats the one before it (ASCII letters only).
  static func collapseDoubles(_ key: inout [UInt8]) {
    guard key.count > 1 else { return }
    var write = 1
    for read in 1..<key.count {
      let letter = key[read]
      if letter == key[write - 1], letter >= a_, letter <= z_ { continue }
      key[write] = letter
      write += 1
    }
    key.removeLast(key.count - write)
  }

  /// The consonant skeleton of a key: ASCII vowels removed, doubles collapsed; `nil` for keys
  /// with non-ASCII letters or with fewer than three consonants, where it says too little.
  static func skeleton(_ key: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> Bool {
    output.removeAll(keepingCapacity: true)
    for letter in key {
      if letter >= 0x80 { return false }
      if isVowel(letter) { continue }
      if let last = output.last, last == letter { continue }
      output.append(letter)
    }
    return output.count >= 3
  }

  /// The canonical spelling of a generic place-name word, if `word` is one of its spellings.
  static func canonicalWord(_ word: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    guard word.count <= 8, word.count >= 2 else { return nil }
    var packed: UInt64 = 0
    for letter in word { packed = packed << 8 | UInt64(letter) }
    return canonicalWords[packed]
  }

  private static func isVowel(_ letter: UInt8) -> Bool {
    letter == a_ || letter == e_ || letter == i_ || letter == o_ || letter == u_
  }

  private static let canonicalWords: [UInt64: [UInt8]] = {
    let groups: [(String, [String])] = [
      ("umm", ["umm", "um", "om", "oum", "omm", "oumm", "ummu"]),
      ("tal", ["tal", "tall", "tell", "tel", "til", "tel", "tul"]),
      ("abu", ["abu", "abou", "abo", "aboo", "abuu"]),
      ("wadi", ["wadi", "wady", "ouadi", "oued", "ouadi", "wadie"]),
      ("jabal", ["jabal", "jebel", "jabel", "djebel", "jbel", "gebel", "jebal", "jabl", "djabal"]),
      ("deir", ["deir", "dayr", "dair", "deyr", "der", "dier", "deir", "dyr"]),
      ("ain", ["ain", "ayn", "ein", "eyn", "aain", "ayin"]),
      ("beit", ["beit", "bayt", "bait", "beyt", "bayit"]),
      ("kafr", ["kafr", "kfar", "kafar", "kefr", "kufr", "kfr", "kafer"]),
      ("sheikh", ["sheikh", "shaykh", "shaikh", "sheik", "shekh", "cheikh", "sheykh", "shaykh"]),
      ("khirbat", ["khirbat", "khirbet", "kherbet", "khirbit", "khirba", "khirbeh", "kheurbet"]),
      ("qalat", ["qalat", "qalaat", "kalaat", "qalaa", "qalah", "kalat"]),
    ]
    var table: [UInt64: [UInt8]] = [:]
    for (canonical, spellings) in groups {
      for spelling in spellings {
        let packed = spelling.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        table[packed] = Array(canonical.utf8)
      }
    }
    return table
  }()
}

private let a_ = UInt8(ascii: "a")
private let c_ = UInt8(ascii: "c")
private let d_ = UInt8(ascii: "d")
private let e_ = UInt8(ascii: "e")
private let f_ = UInt8(ascii: "f")
private let g_ = UInt8(ascii: "g")
private let h_ = UInt8(ascii: "h")
private let i_ = UInt8(ascii: "i")
private let j_ = UInt8(ascii: "j")
private let k_ = UInt8(ascii: "k")
private let o_ = UInt8(ascii: "o")
private let p_ = UInt8(ascii: "p")
private let q_ = UInt8(ascii: "q")
private let s_ = UInt8(ascii: "s")
private let t_ = UInt8(ascii: "t")
private let u_ = UInt8(ascii: "u")
private let w_ = UInt8(ascii: "w")
private let x_ = UInt8(ascii: "x")
private let y_ = UInt8(ascii: "y")
private let z_ = UInt8(ascii: "z")
