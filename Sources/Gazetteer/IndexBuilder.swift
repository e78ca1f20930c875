#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Builds the name index (normalised key → postings of place and spelling) and the fuzzy
/// neighbour table while the builder feeds it every spelling of every place.
struct IndexBuilder {
  private var folder = NameFolder()
  private var keyBytes: [UInt8] = []
  private var keyStarts: [UInt32] = [0]
  private var keyHashes: [UInt64] = []
  private var slots = [UInt64](repeating: 0, count: 1 << 12)
  private var postingKey: [UInt32] = []
  private var postingPlace: [UInt32] = []
  private var postingSpelling: [UInt32] = []
  /// Each posting's plain form (`postingPlainStarts` delimits them) and flags, in posting
  /// order, so that queries compare plain forms without folding spellings again.
  private var postingPlain: [UInt8] = []
  private var postingPlainStarts: [UInt32] = [0]
  private var postingFlags: [UInt8] = []
  private var currentPlace = UInt32.max
  private var currentNameKey = UInt32.max

  /// `postingFlags` bit: the spelling had an Arabic article.
  static let articleFlag: UInt8 = 1
  /// `postingFlags` bit: the spelling has the key of the place's own name.
  static let ownNameFlag: UInt8 = 2

  /// Sizes the key table for about `spellings` spellings, so that it rarely has to grow.
  mutating func reserve(spellings: Int) {
    var capacity = slots.count
    while capacity < spellings { capacity <<= 1 }
    if capacity > slots.count { slots = [UInt64](repeating: 0, count: capacity) }
    postingKey.reserveCapacity(spellings)
    postingPlace.reserveCapacity(spellings)
    postingSpelling.reserveCapacity(spellings)
    postingFlags.reserveCapacity(spellings)
    postingPlainStarts.reserveCapacity(spellings + 1)
  }

  /// The key of the spelling last added.
  var lastKey: [UInt8] { folder.key }

  /// Indexes one spelling of a place, the place's own name first; `false` when it has no
  /// key (only marks or punctuation), in which case nothing is indexed.
  mutating func add(spelling: UInt32, place: UInt32, arena: StringArena) -> Bool {
    arena.withBytes(spelling) { folder.fold($0) }
    let isName = place != currentPlace
    if isName {
      currentPlace = place
      currentNameKey = UInt32.max
    }
    guard !folder.key.isEmpty else { return false }
    let key = folder.key.withUnsafeBufferPointer { insert($0) }
    if isName { currentNameKey = key }
    postingKey.append(key)
    postingPlace.append(place)
    postingSpelling.append(spelling)
    postingPlain.append(contentsOf: folder.plain)
    postingPlainStarts.append(UInt32(postingPlain.count))
    postingFlags.append(
      (folder.hadArticle ? Self.articleFlag : 0) | (key == currentNameKey ? Self.ownNameFlag : 0))
    return true
  }

  /// A slot: the hash's high 32 bits as a tag, so that most probes compare without touching
  /// the keys, and the key id + 1 (0 is an empty slot).
  static func slot(hash: UInt64, id: UInt32) -> UInt64 {
    hash & 0xFFFF_FFFF_0000_0000 | UInt64(id + 1)
  }

  private mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
    let hash = Hash.fnv64(key)
    let tag = hash & 0xFFFF_FFFF_0000_0000
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 {
      let entry = slots[slot]
      if entry & 0xFFFF_FFFF_0000_0000 == tag {
        let id = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
        let start = Int(keyStarts[id])
        let length = Int(keyStarts[id + 1]) - start
        let equal =
          length == key.count
          && keyBytes.withUnsafeBufferPointer { bytes in
            memcmp(bytes.baseAddress! + start, key.baseAddress!, length) == 0
          }
        if equal { return UInt32(id) }
      }
      slot = (slot + 1) & mask
    }
    let id = UInt32(keyHashes.count)
    keyBytes.append(contentsOf: key)
    keyStarts.append(UInt32(keyBytes.count))
    keyHashes.append(hash)
    if keyHashes.count * 2 > slots.count {
      grow()
    } else {
      slots[slot] = Self.slot(hash: hash, id: id)
    }
    return id
  }

  private mutating func grow() {
    slots = [UInt64](repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for (id, hash) in keyHashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Self.slot(hash: hash, id: UInt32(id))
    }
  }

  /// Adds the index sections (keys, postings, neighbours) to `image`, in order.
  func addSections(to image: inout StoreImage) {
    image.add(.keyBytes, keyBytes)
    image.add(.keyStarts, keyStarts)
    image.add(.keyHashes, keyHashes)
    image.add(.keySlots, slots)
    let (starts, order) = Self.group(postingKey, groups: keyHashes.count)
    image.add(.postingStarts, starts)
    image.add(.postingPlace, order.map { postingPlace[Int($0)] })
    image.add(.postingSpelling, order.map { postingSpelling[Int($0)] })
    image.add(.postingFlags, order.map { postingFlags[Int($0)] })
    var plainStarts: [UInt32] = [0]
    var plain: [UInt8] = []
    plainStarts.reserveCapacity(order.count + 1)
    plain.reserveCapacity(postingPlain.count)
    for posting in order {
      plain.append(
        contentsOf: postingPlain[
          Int(postingPlainStarts[Int(posting)])..<Int(postingPlainStarts[Int(posting) + 1])])
      plainStarts.append(UInt32(plain.count))
    }
    image.add(.postingPlainStarts, plainStarts)
    image.add(.postingPlain, plain)
    addNeighbours(to: &image)
  }

  /// Counting sort: the start of each group and the members' positions grouped, stable.
  private static func group(_ groupOf: [UInt32], groups: Int) -> ([UInt32], [UInt32]) {
    var starts = [UInt32](repeating: 0, count: groups + 1)
    for group in groupOf { starts[Int(group) + 1] += 1 }
    for index in 0..<groups { starts[index + 1] += starts[index] }
    var next = starts
    var order = [UInt32](repeating: 0, count: groupOf.count)
    for (position, group) in groupOf.enumerated() {
      order[Int(next[Int(group)])] = UInt32(position)
      next[Int(group)] += 1
    }
    return (starts, order)
  }

  private func addNeighbours(to image: inout StoreImage) {
    // Each entry is (hash << 32 | key id), sorted by bucket with a least-significant-digit
    // radix sort: sequential passes instead of one random scatter over millions of entries.
    var entries: [UInt64] = []
    entries.reserveCapacity(keyBytes.count + keyHashes.count * 2)
    var scratch = FuzzyKeys.Scratch()
    keyBytes.withUnsafeBufferPointer { bytes in
      for id in 0..<keyHashes.count {
        let key = UnsafeBufferPointer(
          rebasing: bytes[Int(keyStarts[id])..<Int(keyStarts[id + 1])])
        FuzzyKeys.indexHashes(of: key, into: &scratch)
        for hash in scratch.hashes { entries.append(UInt64(hash) << 32 | UInt64(id)) }
      }
    }
    // About eight entries a bucket: a lookup scans them, contiguous and cheap.
    var bits = 4
    while 1 << bits < entries.count / 8 { bits += 1 }
    Self.radixSort(&entries, bits: bits)
    var starts = [UInt32](repeating: 0, count: (1 << bits) + 1)
    for entry in entries {
      starts[Int(FuzzyKeys.bucket(of: UInt32(entry >> 32), bits: bits)) + 1] += 1
    }
    for index in 0..<(1 << bits) { starts[index + 1] += starts[index] }
    image.add(.neighbourStarts, starts)
    image.add(.neighbours, entries)
  }

  /// Stable sort of entries by the top `bits` bits of their high word, 11 bits a pass.
  private static func radixSort(_ entries: inout [UInt64], bits: Int) {
    var buffer = [UInt64](repeating: 0, count: entries.count)
    var shift = 64 - bits
    while shift < 64 {
      let width = min(11, 64 - shift)
      let mask = UInt64(1 << width - 1)
      var counts = [Int](repeating: 0, count: 1 << width + 1)
      for entry in entries { counts[Int(entry >> UInt64(shift) & mask) + 1] += 1 }
      for digit in 0..<(1 << width) { counts[digit + 1] += counts[digit] }
      for entry in entries {
        let digit = Int(entry >> UInt64(shift) & mask)
        buffer[counts[digit]] = entry
        counts[digit] += 1
      }
      swap(&entries, &buffer)
      shift += width
    }
  }
}
