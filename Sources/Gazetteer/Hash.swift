/// The hash functions of the indexes (FNV-1a: simple, stable across runs and platforms, so
/// that cached indexes stay valid).
enum Hash {
  static func fnv64(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01b3
    }
    return hash
  }

  static func fnv32(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt32 = 0x811c_9dc5) -> UInt32 {
    var hash = seed
    for byte in bytes {
      hash ^= UInt32(byte)
      hash &*= 0x0100_0193
    }
    return hash
  }

  /// A well-mixed 32-bit hash of an integer key.
  static func mix(_ value: UInt64) -> UInt32 {
    var x = value
    x = (x ^ (x >> 30)) &* 0xbf58_476d_1ce4_e5b9
    x = (x ^ (x >> 27)) &* 0x94d0_49bb_1331_11eb
    x ^= x >> 31
    return UInt32(truncatingIfNeeded: x)
  }
}
