internal import CGEOS

/// One reentrant GEOS context (`GEOS_init_r`) with its error and notice messages captured, so
/// a failed operation can say what GEOS reported.
///
/// GEOS contexts must not be used by two threads at once: each computation creates its own
/// engine and drops it when done (`GEOS_finish_r`). Geometries made through an engine keep it
/// alive.
final class GeometryEngine {
  let handle: GEOSContextHandle_t
  private let messages = MessageLog()

  /// - Throws: `TerritoryError(.geos)` when GEOS cannot create a context.
  init() throws(TerritoryError) {
    guard let handle = GEOS_init_r() else {
      throw TerritoryError(.geos, "cannot create a GEOS context (out of memory?)")
    }
    self.handle = handle
    let log = Unmanaged.passUnretained(messages).toOpaque()
    // The handlers get GEOS's already formatted text and our log as user data.
    _ = GEOSContext_setErrorMessageHandler_r(
      handle,
      { message, data in
        guard let message, let data else { return }
        Unmanaged<MessageLog>.fromOpaque(data).takeUnretainedValue()
          .record(error: String(cString: message))
      }, log)
    _ = GEOSContext_setNoticeMessageHandler_r(
      handle,
      { message, data in
        guard let message, let data else { return }
        Unmanaged<MessageLog>.fromOpaque(data).takeUnretainedValue()
          .record(notice: String(cString: message))
      }, log)
  }

  deinit {
    GEOS_finish_r(handle)
  }

  /// The error for a GEOS call that returned no result, with GEOS's last messages as reason.
  func failure(_ operation: String) -> TerritoryError {
    let reason = messages.errors.last ?? messages.notices.last
    messages.clear()
    return TerritoryError(.geos, "GEOS could not compute \(operation)", reason: reason)
  }

  /// Wraps a GEOS result, or throws the captured error when GEOS returned `NULL`.
  func wrap(_ pointer: OpaquePointer?, _ operation: String) throws(TerritoryError) -> PlanarShape {
    guard let pointer else { throw failure(operation) }
    return PlanarShape(engine: self, owning: pointer)
  }
}

/// The last few messages GEOS sent through a context's handlers.
private final class MessageLog {
  private static let limit = 8
  private(set) var errors: [String] = []
  private(set) var notices: [String] = []

  func record(error message: String) { Self.append(message, to: &errors) }
  func record(notice message: String) { Self.append(message, to: &notices) }

  func clear() {
    errors.removeAll()
    notices.removeAll()
  }

  private static func append(_ message: String, to log: inout [String]) {
    if log.count == limit { log.removeFirst() }
    log.append(message)
  }
}
