/// Incremental duplicate check for the spellings of one row, by 64-bit hash then bytes, so
/// that rows with hundreds of alternate names stay linear.
struct SpellingSet {
  private var hashes: [UInt64] = []
  private var ids: [UInt32] = []

  mutating func reset() {
    hashes.removeAll(keepingCapacity: true)
    ids.removeAll(keepingCapacity: true)
  }

  /// Whether `bytes` was not seen yet; records it under `id` when new.
  mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, id: UInt32, arena: StringArena)
    -> Bool
  {
    let hash = Hash.fnv64(bytes)
    for (index, seen) in hashes.enumerated() where seen == hash {
      if arena.withBytes(ids[index], { $0.elementsEqual(bytes) }) { return false }
    }
    hashes.append(hash)
    ids.append(id)
    return true
  }

  /// Whether `bytes` was seen, without recording it.
  func contains(_ bytes: UnsafeBufferPointer<UInt8>, arena: StringArena) -> Bool {
    let hash = Hash.fnv64(bytes)
    for (index, seen) in hashes.enumerated() where seen == hash {
      if arena.withBytes(ids[index], { $0.elementsEqual(bytes) }) { return true }
    }
    return false
  }
}
