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
      case Letter.a where (next == Letter.y || next == Letter.i) && !isVowel(afterNext),
        Letter.e where (next == Letter.y || next == Letter.i) && !isVowel(afterNext):
        output.append(Letter.a)
        output.append(Letter.i)
        consumed = 2
      case Letter.a where next == Letter.w && !isVowel(afterNext):
        output.append(Letter.u)
        consumed = 2
      case Letter.e where next == Letter.e:
        output.append(Letter.i)
        consumed = 2
      case Letter.o where next == Letter.u && isVowel(afterNext):
        output.append(Letter.w)
        consumed = 2
      case Letter.o where next == Letter.u || next == Letter.o:
        output.append(Letter.u)
        consumed = 2
      case Letter.o:
        output.append(Letter.u)
      case Letter.s where next == Letter.c && afterNext == Letter.h:
        output.append(Letter.s)
        consumed = 3
      case Letter.c where next == Letter.k:
        output.append(Letter.k)
        consumed = 2
      case Letter.k where next == Letter.h:
        output.append(Letter.x)
        consumed = 2
      case Letter.d where next == Letter.j:
        output.append(Letter.j)
        consumed = 2
      case Letter.g where next == Letter.h:
        output.append(Letter.j)
        consumed = 2
      case Letter.g:
        output.append(Letter.j)
      case Letter.s where next == Letter.h, Letter.c where next == Letter.h,
        Letter.p where next == Letter.h, Letter.t where next == Letter.h,
        Letter.d where next == Letter.h, Letter.z where next == Letter.h:
        output.append(letter == Letter.p ? Letter.f : letter)
        consumed = 2
      case Letter.q:
        output.append(Letter.k)
      case Letter.y:
        output.append(Letter.i)
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
    if output.count - start >= 5, output[output.count - 1] == Letter.h,
      isVowel(output[output.count - 2])
    {
      output.removeLast()
    }
    if output.count - start >= 3, output[output.count - 1] == Letter.e {
      output[output.count - 1] = Letter.a
    }
  }

  /// Removes a letter that repeats the one before it (ASCII letters only).
  static func collapseDoubles(_ key: inout [UInt8]) {
    guard key.count > 1 else { return }
    var write = 1
    for read in 1..<key.count {
      let letter = key[read]
      if letter == key[write - 1], letter >= Letter.a, letter <= Letter.z { continue }
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
    letter == Letter.a || letter == Letter.e || letter == Letter.i || letter == Letter.o
      || letter == Letter.u
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

/// ASCII lower-case letters as bytes, for the folding rules.
private enum Letter {
  static let a = UInt8(ascii: "a")
  static let c = UInt8(ascii: "c")
  static let d = UInt8(ascii: "d")
  static let e = UInt8(ascii: "e")
  static let f = UInt8(ascii: "f")
  static let g = UInt8(ascii: "g")
  static let h = UInt8(ascii: "h")
  static let i = UInt8(ascii: "i")
  static let j = UInt8(ascii: "j")
  static let k = UInt8(ascii: "k")
  static let o = UInt8(ascii: "o")
  static let p = UInt8(ascii: "p")
  static let q = UInt8(ascii: "q")
  static let s = UInt8(ascii: "s")
  static let t = UInt8(ascii: "t")
  static let u = UInt8(ascii: "u")
  static let w = UInt8(ascii: "w")
  static let x = UInt8(ascii: "x")
  static let y = UInt8(ascii: "y")
  static let z = UInt8(ascii: "z")
}
