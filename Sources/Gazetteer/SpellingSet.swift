/// Incremental duplicate check for the spellings of one row, by 64-bit hash then bytes, so
/// that rows with thousands of alternate names stay linear.
struct SpellingSet {
  private var first: [UInt64: UInt32] = [:]
  /// Spellings whose hash collided with a different spelling's (practically never).
  private var overflow: [UInt32] = []

  mutating func reset() {
    first.removeAll(keepingCapacity: true)
    overflow.removeAll(keepingCapacity: true)
  }

  /// Whether `bytes` was not seen yet; records it under `id` when new.
  mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, id: UInt32, arena: StringArena)
    -> Bool
  {
    let hash = Hash.fnv64(bytes)
    guard let seen = first[hash] else {
      first[hash] = id
      return true
    }
    if arena.withBytes(seen, { $0.elementsEqual(bytes) }) { return false }
    if overflow.contains(where: { arena.withBytes($0) { $0.elementsEqual(bytes) } }) {
      return false
    }
    overflow.append(id)
    return true
  }

  /// Whether `bytes` was seen, without recording it.
  func contains(_ bytes: UnsafeBufferPointer<UInt8>, arena: StringArena) -> Bool {
    guard let seen = first[Hash.fnv64(bytes)] else { return false }
    return arena.withBytes(seen) { $0.elementsEqual(bytes) }
      || overflow.contains { arena.withBytes($0) { $0.elementsEqual(bytes) } }
  }
}
