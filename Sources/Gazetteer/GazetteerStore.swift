#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The gazetteer's tables: typed views into one immutable `StoreImage`, held either in
/// allocated memory (just built) or mapped from a cache file.
///
/// Places are columns indexed by place number; strings are ids into `text`; the name index
/// maps normalised keys (open addressing on `keySlots`) to postings (place, spelling); the
/// neighbour table maps hashes of a key's one-letter deletions and consonant skeleton to the
/// key, for fuzzy lookup; `spatialOrder` is an implicit k-d tree over the places' unit
/// vectors.
final class GazetteerStore: @unchecked Sendable {
  private enum Memory {
    case allocated(UnsafeMutableRawPointer)
    case mapped(UnsafeMutableRawPointer, Int)
  }

  private let memory: Memory
  /// The cache key the image was built for.
  let cacheKey: String
  /// The whole image, for writing it to a cache file.
  let image: UnsafeRawBufferPointer

  let text: UnsafeBufferPointer<UInt8>
  let textStarts: UnsafeBufferPointer<UInt32>
  let placeName: UnsafeBufferPointer<UInt32>
  let placeCuratedID: UnsafeBufferPointer<UInt32>
  let placeVariantStart: UnsafeBufferPointer<UInt32>
  let placeLatitude: UnsafeBufferPointer<Double>
  let placeLongitude: UnsafeBufferPointer<Double>
  let placePopulation: UnsafeBufferPointer<Int64>
  let placeGeonameid: UnsafeBufferPointer<Int64>
  let placeKind: UnsafeBufferPointer<UInt8>
  let placeCountry: UnsafeBufferPointer<UInt32>
  let placeSource: UnsafeBufferPointer<UInt32>
  let placeLicence: UnsafeBufferPointer<UInt32>
  let placeNote: UnsafeBufferPointer<UInt32>
  /// `Prominence` of each place, scaled to 0…255.
  let placeProminence: UnsafeBufferPointer<UInt8>
  let variants: UnsafeBufferPointer<UInt32>
  let keyBytes: UnsafeBufferPointer<UInt8>
  let keyStarts: UnsafeBufferPointer<UInt32>
  let keyHashes: UnsafeBufferPointer<UInt64>
  let keySlots: UnsafeBufferPointer<UInt64>
  let postingStarts: UnsafeBufferPointer<UInt32>
  let postingPlace: UnsafeBufferPointer<UInt32>
  let postingSpelling: UnsafeBufferPointer<UInt32>
  /// Per posting: `IndexBuilder.articleFlag`, `IndexBuilder.ownNameFlag`.
  let postingFlags: UnsafeBufferPointer<UInt8>
  let postingPlainStarts: UnsafeBufferPointer<UInt32>
  let postingPlain: UnsafeBufferPointer<UInt8>
  let neighbourStarts: UnsafeBufferPointer<UInt32>
  /// Neighbour entries, `hash << 32 | key id`, grouped by bucket (`neighbourStarts`).
  let neighbours: UnsafeBufferPointer<UInt64>
  let curatedSlots: UnsafeBufferPointer<UInt32>
  let geonameSlots: UnsafeBufferPointer<UInt32>
  let spatialOrder: UnsafeBufferPointer<UInt32>

  /// "No string" in the optional string columns.
  static let none = UInt32.max

  var placeCount: Int { placeName.count }
  var keyCount: Int { keyHashes.count }

  /// A store over a freshly built image, taking ownership of its memory.
  convenience init?(image: UnsafeMutableRawBufferPointer) {
    guard let base = image.baseAddress else { return nil }
    self.init(memory: .allocated(base), count: image.count)
  }

  /// A store over a cache file, mapped read-only; `nil` when the file is missing, truncated
  /// or of another format, or was built for another `cacheKey`.
  convenience init?(mappingFile path: String, cacheKey: String) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return nil }
    let length = Int(status.st_size)
    guard let address = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, 0),
      address != MAP_FAILED
    else { return nil }
    self.init(memory: .mapped(address, length), count: length)
    guard self.cacheKey == cacheKey else { return nil }
  }

  private init?(memory: Memory, count: Int) {
    self.memory = memory
    let base: UnsafeMutableRawPointer
    switch memory {
    case .allocated(let pointer): base = pointer
    case .mapped(let pointer, _): base = pointer
    }
    image = UnsafeRawBufferPointer(start: base, count: count)
    guard let (key, ranges) = StoreImage.parse(image) else {
      Self.release(memory)
      return nil
    }
    cacheKey = key
    func view<T>(_ section: StoreImage.Section, _: T.Type) -> UnsafeBufferPointer<T> {
      let range = ranges[section.rawValue]
      return UnsafeBufferPointer(
        start: (base + range.lowerBound).assumingMemoryBound(to: T.self),
        count: range.count / MemoryLayout<T>.stride)
    }
    text = view(.text, UInt8.self)
    textStarts = view(.textStarts, UInt32.self)
    placeName = view(.placeName, UInt32.self)
    placeCuratedID = view(.placeCuratedID, UInt32.self)
    placeVariantStart = view(.placeVariantStart, UInt32.self)
    placeLatitude = view(.placeLatitude, Double.self)
    placeLongitude = view(.placeLongitude, Double.self)
    placePopulation = view(.placePopulation, Int64.self)
    placeGeonameid = view(.placeGeonameid, Int64.self)
    placeKind = view(.placeKind, UInt8.self)
    placeCountry = view(.placeCountry, UInt32.self)
    placeSource = view(.placeSource, UInt32.self)
    placeLicence = view(.placeLicence, UInt32.self)
    placeNote = view(.placeNote, UInt32.self)
    placeProminence = view(.placeProminence, UInt8.self)
    variants = view(.variants, UInt32.self)
    keyBytes = view(.keyBytes, UInt8.self)
    keyStarts = view(.keyStarts, UInt32.self)
    keyHashes = view(.keyHashes, UInt64.self)
    keySlots = view(.keySlots, UInt64.self)
    postingStarts = view(.postingStarts, UInt32.self)
    postingPlace = view(.postingPlace, UInt32.self)
    postingSpelling = view(.postingSpelling, UInt32.self)
    postingFlags = view(.postingFlags, UInt8.self)
    postingPlainStarts = view(.postingPlainStarts, UInt32.self)
    postingPlain = view(.postingPlain, UInt8.self)
    neighbourStarts = view(.neighbourStarts, UInt32.self)
    neighbours = view(.neighbours, UInt64.self)
    curatedSlots = view(.curatedSlots, UInt32.self)
    geonameSlots = view(.geonameSlots, UInt32.self)
    spatialOrder = view(.spatialOrder, UInt32.self)
    // Fully initialised from here: a failure runs deinit, which releases the memory.
    guard isConsistent else { return nil }
  }

  deinit { Self.release(memory) }

  private static func release(_ memory: Memory) {
    switch memory {
    case .allocated(let pointer): pointer.deallocate()
    case .mapped(let pointer, let length): munmap(pointer, length)
    }
  }

  /// The cross-section invariants that every lookup relies on, checked in constant time.
  private var isConsistent: Bool {
    let places = placeName.count
    let columns = [
      placeCuratedID.count, placeLatitude.count, placeLongitude.count, placePopulation.count,
      placeGeonameid.count, placeKind.count, placeCountry.count, placeSource.count,
      placeLicence.count, placeNote.count, placeProminence.count,
    ]
    return columns.allSatisfy { $0 == places } && placeVariantStart.count == places + 1
      && textStarts.last.map { Int($0) == text.count } == true
      && placeVariantStart.last.map { Int($0) == variants.count } == true
      && keyStarts.count == keyHashes.count + 1
      && keyStarts.last.map { Int($0) == keyBytes.count } == true
      && postingStarts.count == keyHashes.count + 1
      && postingStarts.last.map { Int($0) == postingPlace.count } == true
      && postingSpelling.count == postingPlace.count && postingFlags.count == postingPlace.count
      && postingPlainStarts.count == postingPlace.count + 1
      && postingPlainStarts.last.map { Int($0) == postingPlain.count } == true
      && keySlots.count.nonzeroBitCount == 1 && curatedSlots.count.nonzeroBitCount == 1
      && geonameSlots.count.nonzeroBitCount == 1
      && (neighbourStarts.count - 1).nonzeroBitCount == 1
      && neighbourStarts.last.map { Int($0) == neighbours.count } == true
      && spatialOrder.count <= places
  }

  /// The prominence of place `index`, 0…1.
  @inline(__always)
  func prominence(_ index: Int) -> Double { Double(placeProminence[index]) / 255 }

  // MARK: - Strings

  /// The bytes of string `id`.
  @inline(__always)
  func bytes(_ id: UInt32) -> UnsafeBufferPointer<UInt8> {
    let start = Int(textStarts[Int(id)])
    let end = Int(textStarts[Int(id) + 1])
    return UnsafeBufferPointer(rebasing: text[start..<end])
  }

  /// String `id`.
  func string(_ id: UInt32) -> String { String(decoding: bytes(id), as: UTF8.self) }

  /// The bytes of key `id`.
  @inline(__always)
  func key(_ id: UInt32) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(
      rebasing: keyBytes[Int(keyStarts[Int(id)])..<Int(keyStarts[Int(id) + 1])])
  }

  // MARK: - Lookups

  /// The plain form of the spelling of posting `index`.
  @inline(__always)
  func plain(posting index: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(
      rebasing: postingPlain[Int(postingPlainStarts[index])..<Int(postingPlainStarts[index + 1])])
  }

  /// The id of `key` in the name index.
  func keyID(_ key: UnsafeBufferPointer<UInt8>) -> UInt32? {
    let hash = Hash.fnv64(key)
    let tag = hash & 0xFFFF_FFFF_0000_0000
    let mask = keySlots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let entry = keySlots[slot]
      if entry == 0 { return nil }
      if entry & 0xFFFF_FFFF_0000_0000 == tag {
        let id = UInt32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
        if keyHashes[Int(id)] == hash, self.key(id).elementsEqual(key) { return id }
      }
      slot = (slot + 1) & mask
    }
  }

  /// The place with curated id `id`.
  func place(curatedID id: String) -> Int? {
    var id = id
    return id.withUTF8 { idBytes in
      let mask = curatedSlots.count - 1
      var slot = Int(Hash.fnv32(idBytes)) & mask
      while true {
        let entry = curatedSlots[slot]
        if entry == 0 { return nil }
        let place = Int(entry - 1)
        if bytes(placeCuratedID[place]).elementsEqual(idBytes) { return place }
        slot = (slot + 1) & mask
      }
    }
  }

  /// The place with GeoNames id `geonameid`.
  func place(geonameid: Int) -> Int? {
    let mask = geonameSlots.count - 1
    var slot = Int(Hash.mix(UInt64(bitPattern: Int64(geonameid)))) & mask
    while true {
      let entry = geonameSlots[slot]
      if entry == 0 { return nil }
      let place = Int(entry - 1)
      if placeGeonameid[place] == geonameid { return place }
      slot = (slot + 1) & mask
    }
  }
}
