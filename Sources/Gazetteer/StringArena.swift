/// Strings stored end to end in one byte array, named by index: the gazetteer keeps
/// hundreds of thousands of names this way instead of as separate `String` objects, so that
/// building is cheap and the whole table can be written to and mapped from a cache file.
struct StringArena {
  private(set) var bytes: [UInt8] = []
  /// Start of string `i` is `starts[i]`, its end `starts[i + 1]`.
  private(set) var starts: [UInt32] = [0]
  private var interned: [String: UInt32] = [:]

  var count: Int { starts.count - 1 }

  /// Appends a string given as bytes and returns its index.
  mutating func append(_ string: UnsafeBufferPointer<UInt8>) -> UInt32 {
    bytes.append(contentsOf: string)
    starts.append(UInt32(bytes.count))
    return UInt32(starts.count - 2)
  }

  /// Appends a string and returns its index.
  mutating func append(_ string: String) -> UInt32 {
    bytes.append(contentsOf: string.utf8)
    starts.append(UInt32(bytes.count))
    return UInt32(starts.count - 2)
  }

  /// The index of `string`, appending it the first time: for the few values many places
  /// share (country codes, licences).
  mutating func intern(_ string: String) -> UInt32 {
    if let index = interned[string] { return index }
    let index = append(string)
    interned[string] = index
    return index
  }

  /// The bytes of string `index`.
  func withBytes<T>(_ index: UInt32, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    let start = Int(starts[Int(index)])
    let end = Int(starts[Int(index) + 1])
    return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
  }

  /// String `index`.
  func string(_ index: UInt32) -> String {
    withBytes(index) { String(decoding: $0, as: UTF8.self) }
  }

  /// Whether strings `a` and `b` have the same bytes.
  func equal(_ a: UInt32, _ b: UInt32) -> Bool {
    withBytes(a) { first in withBytes(b) { second in first.elementsEqual(second) } }
  }
}
