import Dispatch
import Gazetteer

/// The dictionary automaton that finds every gazetteer name in a text: a trie over the
/// gazetteer's normalised keys, walked word by word.
///
/// The trie is stored implicitly as the keys sorted bytewise; a state is the range of keys
/// that share the bytes read so far, and reading a byte narrows the range by binary search.
/// Words are fed as their `NameNormalizer` keys, articles skipped and a letter doubled across
/// the join read once, exactly as `NameNormalizer.normalize` joins a name's words. So "Tal
/// Afar", "Tall 'Afar" and "Tel-Afar" reach the same state, and a name is found however the
/// report splits or hyphenates it. Building it is one pass of normalisation and one sort;
/// there is no per-pattern regular expression.
public struct PlaceAutomaton: Sendable {
  /// A position in the trie: the keys `lower..<upper` (in sorted order) share the `depth`
  /// bytes read so far.
  struct State: Hashable, Sendable {
    var lower: Int32
    var upper: Int32
    var depth: Int32
    /// The last byte read, for collapsing a letter doubled across a word join.
    var last: UInt8
  }

  /// The places the automaton names, indexed by the numbers in its postings.
  public let places: [Place]
  /// The places' kinds, sizes, points and countries, for scoring without copying places.
  let profiles: [PlaceProfile]
  private let keyBytes: [UInt8]
  /// Start of each key in `keyBytes`, in sorted order, plus the end.
  private let keyStarts: [Int32]
  /// Start of each key's places in `postings`, plus the end.
  private let postingStarts: [Int32]
  private let postings: [Int32]

  /// How many distinct keys the automaton holds.
  public var keyCount: Int { keyStarts.count - 1 }

  /// Builds the automaton over every spelling of every place of a gazetteer.
  /// - Parameter gazetteer: the loaded gazetteer.
  public init(gazetteer: Gazetteer) {
    self.init(places: gazetteer.places)
  }

  /// Builds the automaton over every spelling (`name` and `variants`) of `places`, keyed by
  /// `NameNormalizer.normalize`. Normalisation runs on two threads.
  /// - Parameter places: the places; their order gives the posting numbers.
  public init(places: [Place]) {
    self.places = places
    profiles = places.map(PlaceProfile.init)
    let spellings = Self.keyedSpellings(places)
    let order = Self.sortedOrder(spellings)
    var keyBytes: [UInt8] = []
    var keyStarts: [Int32] = []
    var postingStarts: [Int32] = []
    var postings: [Int32] = []
    keyBytes.reserveCapacity(spellings.keys.count / 2)
    spellings.keys.withUnsafeBufferPointer { bytes in
      var previous: Range<Int>? = nil
      for index in order {
        let range = spellings.ranges[Int(index)]
        if previous.map({ Self.compare(bytes, $0, range) != 0 }) ?? true {
          keyStarts.append(Int32(keyBytes.count))
          postingStarts.append(Int32(postings.count))
          keyBytes.append(contentsOf: bytes[range])
          previous = range
        }
        let place = spellings.places[Int(index)]
        let firstOfKey = Int(postingStarts[postingStarts.count - 1])
        if !postings[firstOfKey...].contains(place) { postings.append(place) }
      }
    }
    keyStarts.append(Int32(keyBytes.count))
    postingStarts.append(Int32(postings.count))
    self.keyBytes = keyBytes
    self.keyStarts = keyStarts
    self.postingStarts = postingStarts
    self.postings = postings
  }

  /// The keys of all spellings, concatenated, with their ranges and places.
  private struct KeyedSpellings {
    var keys: [UInt8] = []
    var ranges: [Range<Int>] = []
    var places: [Int32] = []

    mutating func append(_ other: KeyedSpellings) {
      let offset = keys.count
      keys += other.keys
      ranges += other.ranges.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
      places += other.places
    }

    /// The first eight bytes of spelling `index`'s key, big-endian, zero-padded: sorting by
    /// it sorts by bytes as far as it goes.
    func prefix(_ index: Int) -> UInt64 {
      let range = ranges[index]
      var value: UInt64 = 0
      for offset in 0..<8 {
        value <<= 8
        if offset < range.count { value |= UInt64(keys[range.lowerBound + offset]) }
      }
      return value
    }
  }

  private static func keyedSpellings(_ places: [Place]) -> KeyedSpellings {
    let workers = 2
    let chunk = (places.count + workers - 1) / workers
    let parts = ResultSlots<KeyedSpellings>(count: workers)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      let normalizer = NameNormalizer()
      var part = KeyedSpellings()
      part.keys.reserveCapacity(chunk * 40)
      let range = min(places.count, worker * chunk)..<min(places.count, (worker + 1) * chunk)
      func add(_ spelling: String, _ number: Int) {
        guard isReadable(spelling) else { return }
        let key = normalizer.normalize(spelling)
        guard !key.isEmpty else { return }
        let start = part.keys.count
        part.keys += key.utf8
        part.ranges.append(start..<part.keys.count)
        part.places.append(Int32(number))
      }
      for number in range {
        add(places[number].name, number)
        for variant in places[number].variants { add(variant, number) }
      }
      parts.store(part, at: worker)
    }
    var all = KeyedSpellings()
    for part in parts.values { all.append(part) }
    return all
  }

  /// The spellings' indices in bytewise key order: each half sorted on its own thread by
  /// eight-byte prefix (then the rest of the key), then merged.
  private static func sortedOrder(_ spellings: KeyedSpellings) -> [Int32] {
    let count = spellings.ranges.count
    let order = SpellingOrder(
      prefixes: (0..<count).map { spellings.prefix($0) }, keys: spellings.keys,
      ranges: spellings.ranges)
    let middle = count / 2
    let halves = ResultSlots<[Int32]>(count: 2)
    DispatchQueue.concurrentPerform(iterations: 2) { half in
      var sorted = (half == 0 ? 0..<middle : middle..<count).map { Int32($0) }
      sorted.sort(by: order.less)
      halves.store(sorted, at: half)
    }
    let sorted = halves.values
    var merged: [Int32] = []
    merged.reserveCapacity(count)
    var (i, j) = (0, 0)
    let (first, second) = (sorted[0], sorted[1])
    while i < first.count, j < second.count {
      if order.less(second[j], first[i]) {
        merged.append(second[j])
        j += 1
      } else {
        merged.append(first[i])
        i += 1
      }
    }
    merged += first[i...]
    merged += second[j...]
    return merged
  }

  /// Bytewise order of spelling keys, by their eight-byte prefixes first.
  private struct SpellingOrder: Sendable {
    let prefixes: [UInt64]
    let keys: [UInt8]
    let ranges: [Range<Int>]

    func less(_ a: Int32, _ b: Int32) -> Bool {
      let (left, right) = (prefixes[Int(a)], prefixes[Int(b)])
      if left != right { return left < right }
      return keys.withUnsafeBufferPointer {
        PlaceAutomaton.compare($0, ranges[Int(a)], ranges[Int(b)]) < 0
      }
    }
  }

  /// Whether a spelling is in a script English-language reports write names in: Latin
  /// (with diacritics) or Arabic. Chinese, Cyrillic, Greek and other spellings are left out of
  /// the automaton, which halves its size; the gazetteer still geocodes them.
  private static func isReadable(_ spelling: String) -> Bool {
    spelling.unicodeScalars.allSatisfy { scalar in
      switch scalar.value {
      case 0..<0x0370, 0x0600..<0x0700, 0x0750..<0x0780, 0x1E00..<0x2070, 0xFB50..<0xFE00,
        0xFE70..<0xFF00:
        return true
      default:
        return false
      }
    }
  }

  fileprivate static func compare(
    _ bytes: UnsafeBufferPointer<UInt8>, _ left: Range<Int>, _ right: Range<Int>
  ) -> Int {
    let common = min(left.count, right.count)
    for offset in 0..<common {
      let a = bytes[left.lowerBound + offset]
      let b = bytes[right.lowerBound + offset]
      if a != b { return a < b ? -1 : 1 }
    }
    return left.count - right.count
  }

  // MARK: - Walking

  /// The state before any byte is read.
  var root: State { State(lower: 0, upper: Int32(keyCount), depth: 0, last: 0) }

  /// The state after reading a word's key, or `nil` when no key continues that way.
  /// - Parameters:
  ///   - state: the current state.
  ///   - wordKey: the word's key (`NameToken.key`).
  func read(_ state: State, wordKey: String) -> State? {
    var state = state
    for byte in wordKey.utf8 {
      // Keys have every doubled Latin letter collapsed (`SpellingFold.collapseDoubles`), also
      // across word joins; word keys do not.
      if byte == state.last, byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") { continue }
      guard let next = read(state, byte: byte) else { return nil }
      state = next
    }
    return state
  }

  /// Narrows `state` by one byte.
  private func read(_ state: State, byte: UInt8) -> State? {
    let depth = Int(state.depth)
    // Keys that end at `depth` sort first in the range; treat their missing byte as -1.
    func byteAt(_ index: Int) -> Int {
      let start = Int(keyStarts[index])
      let length = Int(keyStarts[index + 1]) - start
      return depth < length ? Int(keyBytes[start + depth]) : -1
    }
    let target = Int(byte)
    var low = Int(state.lower)
    var high = Int(state.upper)
    while low < high {
      let middle = (low + high) / 2
      if byteAt(middle) < target { low = middle + 1 } else { high = middle }
    }
    let first = low
    guard first < Int(state.upper), byteAt(first) == target else { return nil }
    high = Int(state.upper)
    while low < high {
      let middle = (low + high) / 2
      if byteAt(middle) <= target { low = middle + 1 } else { high = middle }
    }
    return State(lower: Int32(first), upper: Int32(low), depth: state.depth + 1, last: byte)
  }

  /// The key index if `state` has read a whole key.
  func terminal(_ state: State) -> Int? {
    guard state.depth > 0, state.lower < state.upper else { return nil }
    let index = Int(state.lower)
    let length = keyStarts[index + 1] - keyStarts[index]
    return length == state.depth ? index : nil
  }

  /// The places of key `index`, as numbers into `places`.
  func placeNumbers(ofKey index: Int) -> ArraySlice<Int32> {
    postings[Int(postingStarts[index])..<Int(postingStarts[index + 1])]
  }

  /// The key with index `index`.
  func key(_ index: Int) -> String {
    String(decoding: keyBytes[Int(keyStarts[index])..<Int(keyStarts[index + 1])], as: UTF8.self)
  }

  /// The keys one deletion, substitution (by a–z), insertion (of a–z) or transposition away
  /// from `key`, found by walking the trie from the state of each prefix, so the shared
  /// prefix is read once.
  func keysOneEditAway(_ key: String) -> Set<Int> {
    let bytes = Array(key.utf8)
    var prefixes: [State] = [root]
    for byte in bytes {
      guard let next = read(prefixes[prefixes.count - 1], byte: byte) else { break }
      prefixes.append(next)
    }
    var found: Set<Int> = []
    func finish(_ state: State?, rest: ArraySlice<UInt8>) {
      guard var state else { return }
      for byte in rest {
        guard let next = read(state, byte: byte) else { return }
        state = next
      }
      if let index = terminal(state), self.key(index).utf8.elementsEqual(bytes) == false {
        found.insert(index)
      }
    }
    let letters = UInt8(ascii: "a")...UInt8(ascii: "z")
    for position in 0...bytes.count where position < prefixes.count {
      let state = prefixes[position]
      for letter in letters {
        finish(read(state, byte: letter), rest: bytes[position...])
        if position < bytes.count, letter != bytes[position] {
          finish(read(state, byte: letter), rest: bytes[(position + 1)...])
        }
      }
      guard position < bytes.count else { continue }
      finish(state, rest: bytes[(position + 1)...])
      if position + 1 < bytes.count {
        finish(
          read(state, byte: bytes[position + 1]), rest: [bytes[position]] + bytes[(position + 2)...]
        )
      }
    }
    return found
  }

  /// The index of the key that the words `range` spell (articles skipped), if any.
  func keyIndex(words: [Word], range: Range<Int>) -> Int? {
    var state = root
    for index in range where !words[index].isArticle {
      guard let next = read(state, wordKey: words[index].stemKey) else { return nil }
      state = next
    }
    return terminal(state)
  }

  /// The index of an exact key, if the automaton has it.
  func keyIndex(_ key: String) -> Int? {
    guard !key.isEmpty, let state = read(root, wordKey: key) else { return nil }
    return terminal(state)
  }

  /// Walks the words `range` of `layout` from their first word and returns every place name
  /// the walk completes: the number of words read (articles included) and the key index,
  /// shortest first. The walk stops at punctuation, at a word that cannot be part of a name,
  /// and after a possessive.
  /// - Parameters:
  ///   - words: the report's words.
  ///   - start: the first word (not an article).
  ///   - end: the end of the sentence.
  func names(in words: [Word], from start: Int, to end: Int) -> [(end: Int, key: Int)] {
    var found: [(end: Int, key: Int)] = []
    var state = root
    var index = start
    while index < end {
      let word = words[index]
      if index > start {
        guard word.gapBefore.isDisjoint(with: Word.Gap.breaksPhrase.union(.newline)) else { break }
      }
      if word.isArticle {
        guard index > start, index + 1 < end, words[index + 1].isNameLike else { break }
        index += 1
        continue
      }
      guard word.isNameLike, let next = read(state, wordKey: word.stemKey) else { break }
      state = next
      if let key = terminal(state) { found.append((index + 1, key)) }
      if word.isPossessive { break }
      index += 1
    }
    return found
  }
}
