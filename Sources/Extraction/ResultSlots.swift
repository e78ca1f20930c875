import Foundation

/// Per-worker result slots for `DispatchQueue.concurrentPerform`: each iteration writes only
/// its own slot, and the lock makes the writes visible to the caller.
final class ResultSlots<Value>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLock()

  /// - Parameter count: the number of slots (iterations).
  init(count: Int) { slots = Array(repeating: nil, count: count) }

  /// Stores the result of iteration `index`.
  func store(_ value: Value, at index: Int) {
    lock.withLock { slots[index] = value }
  }

  /// The stored values in slot order (empty slots left out).
  var values: [Value] { lock.withLock { slots.compactMap { $0 } } }
}
