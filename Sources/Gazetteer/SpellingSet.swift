/// Incremental duplicate check for the spellings of one row, by 64-bit hash then bytes, so
/// that rows with thousands of alternate names stay linear.
struct SpellingSet {
  private var first: [UInt64: UInt32] = [:]
  /// Spellings whose hash collided with a different spelling's (practically never).
  private var overflow: [UInt32] = []

  /// Starts a row: forgets the spellings seen and records its name, `bytes`, as string `id`.
  mutating func reset(name bytes: UnsafeBufferPointer<UInt8>, id: UInt32) {
    first.removeAll(keepingCapacity: true)
    overflow.removeAll(keepingCapacity: true)
    first[Hash.fnv64(bytes)] = id
  }

  /// Appends `bytes` to `arena` and records them, unless they were seen already.
  /// - Returns: the new string's id, or `nil` for a spelling already seen.
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, to arena: inout StringArena)
    -> UInt32?
  {
    let hash = Hash.fnv64(bytes)
    guard let seen = first[hash] else {
      let id = arena.append(bytes)
      first[hash] = id
      return id
    }
    if arena.withBytes(seen, { $0.elementsEqual(bytes) })
      || overflow.contains(where: { arena.withBytes($0) { $0.elementsEqual(bytes) } })
    {
      return nil
    }
    let id = arena.append(bytes)
    overflow.append(id)
    return id
  }
}
