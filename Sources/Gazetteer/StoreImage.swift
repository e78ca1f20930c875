#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The byte layout shared by a gazetteer in memory and its cache file: a header, a table of
/// sections, then each section's array, 8-byte aligned. Because the two are identical, a
/// cached gazetteer is used straight from `mmap` without parsing or copying.
///
/// Header: magic `FLGAZIDX` (8 bytes), format version (UInt32), section count (UInt32),
/// cache-key length (UInt64), then per section its offset and element count (UInt64 each),
/// then the cache key (UTF-8, padded to 8 bytes). Integers are in host byte order; the
/// format version changes with the layout, and a cache from another layout is rebuilt.
struct StoreImage {
  /// The sections, in file order, and the size of their elements.
  enum Section: Int, CaseIterable {
    case text, textStarts
    case placeName, placeCuratedID, placeVariantStart, placeLatitude, placeLongitude
    case placePopulation, placeGeonameid, placeKind, placeCountry, placeSource, placeLicence
    case placeNote, placeProminence
    case variants
    case keyBytes, keyStarts, keyHashes, keySlots, postingStarts, postingPlace, postingSpelling
    case postingFlags, postingPlainStarts, postingPlain
    case neighbourStarts, neighbours
    case curatedSlots, geonameSlots, spatialOrder

    var elementSize: Int {
      switch self {
      case .text, .keyBytes, .placeKind, .placeProminence, .postingFlags, .postingPlain: 1
      case .placeLatitude, .placeLongitude, .placePopulation, .placeGeonameid, .keyHashes,
        .keySlots, .neighbours:
        8
      default: 4
      }
    }
  }

  static let magic: [UInt8] = Array("FLGAZIDX".utf8)
  /// Bump whenever the layout, the normaliser or the index construction changes.
  static let formatVersion: UInt32 = 5

  /// Each section's element count, byte size and a copier into the final buffer; the
  /// arrays are captured, not copied, until `build`.
  private var sections: [(count: Int, size: Int, copy: (UnsafeMutableRawPointer) -> Void)] = []

  /// Adds the next section; sections must be added in `Section` order.
  mutating func add<T: BitwiseCopyable>(_ section: Section, _ values: [T]) {
    precondition(section.rawValue == sections.count, "sections are added in order")
    precondition(MemoryLayout<T>.stride == section.elementSize, "element size of \(section)")
    let size = values.count * MemoryLayout<T>.stride
    sections.append(
      (
        values.count, size,
        { destination in
          values.withUnsafeBytes { source in
            if let base = source.baseAddress { destination.copyMemory(from: base, byteCount: size) }
          }
        }
      ))
  }

  /// The complete image in newly allocated memory (16-byte aligned) that the caller owns:
  /// header, section table, cache key, sections.
  func build(cacheKey: String) -> UnsafeMutableRawBufferPointer {
    precondition(sections.count == Section.allCases.count, "every section added")
    let key = Array(cacheKey.utf8)
    let paddedKey = (key.count + 7) / 8 * 8
    let headerSize = 8 + 4 + 4 + 8 + sections.count * 16 + paddedKey
    var offsets: [Int] = []
    var total = headerSize
    for section in sections {
      offsets.append(total)
      total += (section.size + 7) / 8 * 8
    }
    let image = UnsafeMutableRawBufferPointer.allocate(byteCount: total, alignment: 16)
    var header: [UInt8] = []
    header += Self.magic
    Self.append(Self.formatVersion, to: &header)
    Self.append(UInt32(sections.count), to: &header)
    Self.append(UInt64(key.count), to: &header)
    for (section, offset) in zip(sections, offsets) {
      Self.append(UInt64(offset), to: &header)
      Self.append(UInt64(section.count), to: &header)
    }
    header += key
    header += repeatElement(0, count: paddedKey - key.count)
    image.copyBytes(from: header)
    for (index, (section, offset)) in zip(sections, offsets).enumerated() {
      if section.size > 0 { section.copy(image.baseAddress! + offset) }
      let end = index + 1 < offsets.count ? offsets[index + 1] : total
      let padding = UnsafeMutableRawBufferPointer(
        rebasing: image[(offset + section.size)..<end])
      padding.initializeMemory(as: UInt8.self, repeating: 0)
    }
    return image
  }

  private static func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
    withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
  }

  /// Reads the header of an image: its cache key and the sections as raw byte ranges.
  /// - Returns: `nil` when the bytes are not a complete image of this format version.
  static func parse(_ image: UnsafeRawBufferPointer) -> (key: String, sections: [Range<Int>])? {
    let fixed = 8 + 4 + 4 + 8
    guard image.count >= fixed, image.baseAddress.map({ Int(bitPattern: $0) % 8 == 0 }) == true,
      image.prefix(8).elementsEqual(magic),
      image.loadUnaligned(fromByteOffset: 8, as: UInt32.self) == formatVersion,
      image.loadUnaligned(fromByteOffset: 12, as: UInt32.self) == UInt32(Section.allCases.count)
    else { return nil }
    let keyLength = Int(image.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
    let tableEnd = fixed + Section.allCases.count * 16
    guard keyLength < 1 << 20, tableEnd + keyLength <= image.count else { return nil }
    var ranges: [Range<Int>] = []
    for section in Section.allCases {
      let entry = fixed + section.rawValue * 16
      let offset = Int(image.loadUnaligned(fromByteOffset: entry, as: UInt64.self))
      let count = Int(image.loadUnaligned(fromByteOffset: entry + 8, as: UInt64.self))
      let (size, overflow) = count.multipliedReportingOverflow(by: section.elementSize)
      guard !overflow, offset % 8 == 0, offset >= tableEnd, offset <= image.count,
        size <= image.count - offset
      else { return nil }
      ranges.append(offset..<(offset + size))
    }
    let key = String(
      decoding: UnsafeRawBufferPointer(rebasing: image[tableEnd..<(tableEnd + keyLength)]),
      as: UTF8.self)
    return (key, ranges)
  }
}
