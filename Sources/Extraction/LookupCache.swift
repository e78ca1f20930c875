import Foundation
import Gazetteer

/// Answers that depend only on the gazetteer, kept between reports: the keys one edit away
/// from a name, and the gazetteer's derived regions ("northern Syria"), which take a scan of
/// all places to compute. Shared by the threads of one `Extractor`, behind a lock; emptied
/// when it grows past `limit` entries.
final class LookupCache: @unchecked Sendable {
  private let lock = NSLock()
  private var nearKeys: [String: [Int]] = [:]
  private var regions: [String: Place?] = [:]
  /// Entries per table before it is emptied.
  static let limit = 50_000

  /// The cached keys one edit away from `key`, computed by `compute` when missing.
  func keysOneEditAway(_ key: String, compute: (String) -> Set<Int>) -> [Int] {
    if let cached = lock.withLock({ nearKeys[key] }) { return cached }
    let value = compute(key).sorted()
    lock.withLock {
      if nearKeys.count >= Self.limit { nearKeys.removeAll(keepingCapacity: true) }
      nearKeys[key] = value
    }
    return value
  }

  /// The cached place with id `id`, looked up by `compute` when missing.
  func region(_ id: String, compute: (String) -> Place?) -> Place? {
    if let cached = lock.withLock({ regions[id] }) { return cached }
    let value = compute(id)
    lock.withLock {
      if regions.count >= Self.limit { regions.removeAll(keepingCapacity: true) }
      regions[id] = value
    }
    return value
  }
}
