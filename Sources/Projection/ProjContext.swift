internal import CPROJ

/// One `PJ_CONTEXT` with its log captured, so errors can carry PROJ's own words.
///
/// PROJ contexts are not thread-safe; each owner (a `Transformer`, or one CRS validation)
/// creates its own and uses it from one thread at a time.
final class ProjContext {
  let pointer: OpaquePointer
  /// The most recent log lines since `clearLog()`, oldest first, at most `logLimit`.
  private(set) var log: [String] = []
  private static let logLimit = 8

  /// Creates a context with the network (grid downloads) off, so results never depend on a
  /// connection, and PROJ's error messages routed into `log`.
  /// - Parameter legacyInitFiles: resolve `init=epsg:<code>` in PROJ strings the way PROJ 4
  ///   did (`proj_context_use_proj4_init_rules`), as `gie` and old pipelines expect.
  init(legacyInitFiles: Bool = false) throws(ProjectionError) {
    guard let context = proj_context_create() else {
      throw ProjectionError(.projFailure, "cannot create a PROJ context (out of memory?)")
    }
    pointer = context
    proj_context_set_enable_network(context, 0)
    if legacyInitFiles { proj_context_use_proj4_init_rules(context, 1) }
    proj_log_func(context, Unmanaged.passUnretained(self).toOpaque()) { data, _, message in
      guard let data, let message else { return }
      Unmanaged<ProjContext>.fromOpaque(data).takeUnretainedValue().record(String(cString: message))
    }
  }

  deinit {
    proj_context_destroy(pointer)
  }

  func clearLog() { log.removeAll(keepingCapacity: true) }

  private func record(_ message: String) {
    if log.count == Self.logLimit { log.removeFirst() }
    log.append(message)
  }

  /// PROJ's explanation of the last failure: the context's error string for `errno` (unless
  /// it only says "Unknown error") followed by the log lines since `clearLog()`.
  func reason(errno: Int32) -> String? {
    let logged = log.joined(separator: "; ")
    var text: String?
    if errno != 0, let message = proj_context_errno_string(pointer, errno) {
      let described = String(cString: message)
      if !described.hasPrefix("Unknown error"), !logged.contains(described) { text = described }
    }
    switch (text, logged.isEmpty) {
    case (let text?, true): return text
    case (let text?, false): return "\(text) (\(logged))"
    case (nil, false): return logged
    case (nil, true): return nil
    }
  }

  /// The error for the context's last failure, with PROJ's reason and error number
  /// (`proj_context_errno`); `code` defaults to the one that number stands for.
  func failure(
    _ message: String, context definition: String, code: ProjectionError.Code? = nil
  ) -> ProjectionError {
    let errno = proj_context_errno(pointer)
    return ProjectionError(
      code ?? ProjectionError.code(forProjErrno: Int(errno)), message, context: definition,
      reason: reason(errno: errno), projErrno: Int(errno))
  }

  /// Creates an object from a definition (`proj_create`), or `nil` with the log filled.
  func create(_ definition: String) -> OpaquePointer? {
    clearLog()
    return proj_create(pointer, definition)
  }
}
