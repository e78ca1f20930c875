/// Builds the name index (normalised key → postings of place and spelling) and the fuzzy
/// neighbour table while the builder feeds it every spelling of every place.
struct IndexBuilder {
  private var folder = NameFolder()
  private var keyBytes: [UInt8] = []
  private var keyStarts: [UInt32] = [0]
  private var keyHashes: [UInt64] = []
  private var slots = [UInt32](repeating: 0, count: 1 << 12)
  private var postingKey: [UInt32] = []
  private var postingPlace: [UInt32] = []
  private var postingSpelling: [UInt32] = []

  /// The key of the spelling last added.
  var lastKey: [UInt8] { folder.key }

  /// Indexes one spelling of a place; `false` when it has no key (only marks or
  /// punctuation), in which case nothing is indexed.
  mutating func add(spelling: UInt32, place: UInt32, arena: StringArena) -> Bool {
    arena.withBytes(spelling) { folder.fold($0) }
    guard !folder.key.isEmpty else { return false }
    let key = folder.key.withUnsafeBufferPointer { insert($0) }
    postingKey.append(key)
    postingPlace.append(place)
    postingSpelling.append(spelling)
    return true
  }

  private mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
    let hash = Hash.fnv64(key)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 {
      let id = Int(slots[slot] - 1)
      if keyHashes[id] == hash,
        keyBytes[Int(keyStarts[id])..<Int(keyStarts[id + 1])].elementsEqual(key)
      {
        return UInt32(id)
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
      slots[slot] = id + 1
    }
    return id
  }

  private mutating func grow() {
    slots = [UInt32](repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for (id, hash) in keyHashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = UInt32(id + 1)
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
    var hashes: [UInt32] = []
    var owners: [UInt32] = []
    var scratch = FuzzyKeys.Scratch()
    keyBytes.withUnsafeBufferPointer { bytes in
      for id in 0..<keyHashes.count {
        let key = UnsafeBufferPointer(
          rebasing: bytes[Int(keyStarts[id])..<Int(keyStarts[id + 1])])
        FuzzyKeys.indexHashes(of: key, into: &scratch)
        hashes += scratch.hashes
        owners += repeatElement(UInt32(id), count: scratch.hashes.count)
      }
    }
    var bits = 4
    while 1 << bits < hashes.count / 2 { bits += 1 }
    let buckets = hashes.map { FuzzyKeys.bucket(of: $0, bits: bits) }
    let (starts, order) = Self.group(buckets, groups: 1 << bits)
    image.add(.neighbourStarts, starts)
    image.add(.neighbourHash, order.map { hashes[Int($0)] })
    image.add(.neighbourKey, order.map { owners[Int($0)] })
  }
}
