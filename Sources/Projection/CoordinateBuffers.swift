/// Reusable x, y, z arrays for `proj_trans_generic`, grown as needed and never shrunk, so a
/// transformer that handles many geometries allocates only a few times.
final class CoordinateBuffers {
  private(set) var x: UnsafeMutablePointer<Double>
  private(set) var y: UnsafeMutablePointer<Double>
  private(set) var z: UnsafeMutablePointer<Double>
  private(set) var capacity: Int

  init(capacity: Int = 1024) {
    self.capacity = capacity
    x = .allocate(capacity: capacity)
    y = .allocate(capacity: capacity)
    z = .allocate(capacity: capacity)
  }

  deinit {
    x.deallocate()
    y.deallocate()
    z.deallocate()
  }

  /// Makes room for `count` coordinates; the contents are undefined afterwards.
  func reserve(_ count: Int) {
    guard count > capacity else { return }
    let grown = max(count, capacity * 2)
    x.deallocate()
    y.deallocate()
    z.deallocate()
    x = .allocate(capacity: grown)
    y = .allocate(capacity: grown)
    z = .allocate(capacity: grown)
    capacity = grown
  }
}
