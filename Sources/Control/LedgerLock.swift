#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An exclusive `flock(2)` on `LEDGER.lock`, held while a ledger is read, checked and
/// replaced, so two writers never interleave. The lock file stays behind (removing it
/// would let a third writer lock a different inode); it holds no data.
final class LedgerLock {
  private let descriptor: Int32

  /// Waits up to `timeout` for the lock.
  /// - Parameters:
  ///   - path: the lock file, created when missing.
  ///   - timeout: seconds to keep trying; 0 tries once.
  /// - Throws: `ControlError(.locked)` when another process keeps it, `.io` when the file
  ///   cannot be opened.
  init(path: String, timeout: Double) throws(ControlError) {
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      throw ControlError(
        .io, "cannot open the lock file: \(String(cString: strerror(errno)))", file: path)
    }
    let pause = 0.05  // s
    var waited = 0.0  // s
    while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      guard errno == EWOULDBLOCK || errno == EINTR, waited < timeout else {
        close(descriptor)
        throw ControlError(
          .locked,
          "another frontline process is writing this ledger (it holds \(path)); "
            + "try again when it has finished", file: path)
      }
      usleep(useconds_t(pause * 1_000_000))
      waited += pause
    }
    self.descriptor = descriptor
  }

  deinit {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
