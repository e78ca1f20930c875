/// The neighbourhoods behind fuzzy lookup: symmetric deletion (after Garbe's SymSpell) plus
/// a consonant skeleton, hashed into one table, so that candidates within a small edit
/// distance are found by a few dozen hash probes instead of a scan over every name.
///
/// The index holds, for each key, the hashes of the key, of each key with one letter
/// deleted (keys of three letters or more) and of its consonant skeleton. A query probes the
/// hashes of itself, its one-letter deletions and its skeleton; only if none of those
/// candidates passes does it probe its two-letter deletions (queries of six letters or
/// more). Two keys meet when they become equal after at most one deletion on the index side
/// and two on the query side, which covers one substitution, transposition, insertion or
/// deletion and most pairs of them; the skeleton covers any number of vowel changes
/// (Telafer/Talafar). Every candidate is then verified with the weighted edit distance.
enum FuzzyKeys {
  /// Reusable buffers for hashing.
  struct Scratch {
    var hashes: [UInt32] = []
    var buffer: [UInt8] = []
    var starts: [Int] = []
  }

  static let deletionSeed: UInt32 = 0x811c_9dc5
  static let skeletonSeed: UInt32 = 0x9747_b28c

  /// The bucket of a neighbour hash in a table of `1 << bits` buckets.
  @inline(__always)
  static func bucket(of hash: UInt32, bits: Int) -> UInt32 { hash >> UInt32(32 - bits) }

  /// The hashes the index stores for `key`, without duplicates.
  static func indexHashes(of key: UnsafeBufferPointer<UInt8>, into scratch: inout Scratch) {
    scratch.hashes.removeAll(keepingCapacity: true)
    scalarStarts(key, into: &scratch.starts)
    let letters = scratch.starts.count - 1
    guard letters >= 2 else { return }
    scratch.hashes.append(Hash.fnv32(key, seed: deletionSeed))
    if letters >= 3 { appendDeletions(key, depth: 1, into: &scratch) }
    appendSkeleton(key, into: &scratch)
    // Two deletions give the same string only within a run of one letter, which ASCII keys
    // never have (doubles are collapsed); duplicates would only cost space anyway.
    if letters != key.count { deduplicate(&scratch.hashes) }
  }

  /// The hashes a query probes for `key`, without duplicates: at depth 1 the key, its
  /// one-letter deletions and its skeleton; at depth 2 its two-letter deletions (keys of six
  /// letters or more; none otherwise).
  static func queryHashes(
    of key: UnsafeBufferPointer<UInt8>, depth: Int, into scratch: inout Scratch
  ) {
    scratch.hashes.removeAll(keepingCapacity: true)
    scalarStarts(key, into: &scratch.starts)
    let letters = scratch.starts.count - 1
    guard letters >= 2 else { return }
    if depth == 1 {
      scratch.hashes.append(Hash.fnv32(key, seed: deletionSeed))
      if letters >= 3 { appendDeletions(key, depth: 1, into: &scratch) }
      appendSkeleton(key, into: &scratch)
    } else if letters >= 6 {
      appendDeletions(key, depth: 2, into: &scratch)
    }
    deduplicate(&scratch.hashes)
  }

  /// The byte offsets where each scalar of `key` starts, plus the end.
  private static func scalarStarts(_ key: UnsafeBufferPointer<UInt8>, into starts: inout [Int]) {
    starts.removeAll(keepingCapacity: true)
    for (offset, byte) in key.enumerated() where byte & 0xC0 != 0x80 { starts.append(offset) }
    starts.append(key.count)
  }

  /// Hashes of `key` with one scalar deleted (depth 1) or two (depth 2). FNV-1a is a
  /// running hash, so each prefix is hashed once and continued over the rest.
  private static func appendDeletions(
    _ key: UnsafeBufferPointer<UInt8>, depth: Int, into scratch: inout Scratch
  ) {
    let starts = scratch.starts
    let letters = starts.count - 1
    var prefix = deletionSeed
    for first in 0..<letters {
      let afterFirst = starts[first + 1]
      if depth == 1 {
        scratch.hashes.append(
          Hash.fnv32(UnsafeBufferPointer(rebasing: key[afterFirst...]), seed: prefix))
      } else {
        var middle = prefix
        for second in (first + 1)..<letters {
          scratch.hashes.append(
            Hash.fnv32(UnsafeBufferPointer(rebasing: key[starts[second + 1]...]), seed: middle))
          middle = Hash.fnv32(
            UnsafeBufferPointer(rebasing: key[starts[second]..<starts[second + 1]]), seed: middle)
        }
      }
      prefix = Hash.fnv32(
        UnsafeBufferPointer(rebasing: key[starts[first]..<afterFirst]), seed: prefix)
    }
  }

  private static func appendSkeleton(_ key: UnsafeBufferPointer<UInt8>, into scratch: inout Scratch)
  {
    guard SpellingFold.skeleton(key, into: &scratch.buffer) else { return }
    scratch.hashes.append(
      scratch.buffer.withUnsafeBufferPointer { Hash.fnv32($0, seed: skeletonSeed) })
  }

  private static func deduplicate(_ hashes: inout [UInt32]) {
    hashes.sort()
    var write = 0
    for read in hashes.indices where read == 0 || hashes[read] != hashes[read - 1] {
      hashes[write] = hashes[read]
      write += 1
    }
    hashes.removeLast(hashes.count - write)
  }
}
