internal import CPROJ
import GeoJSON

/// Transforms coordinates from one CRS to another, or through one coordinate operation, with
/// PROJ. Create it once and reuse it: creation looks up PROJ's database, transforming does not.
///
/// Axis order is always longitude/latitude (east/north), whatever the CRSs' official order
/// (`proj_normalize_for_visualization`), and angles are always degrees, also for operations
/// that PROJ runs in radians.
///
/// Thread-safe by construction: each transformer owns its own `PJ_CONTEXT` and `PJ` and
/// shares no PROJ state with any other. It is deliberately not `Sendable`, so the compiler
/// stops one transformer from being used by two threads at once: each thread or task makes
/// its own.
public final class Transformer: CustomStringConvertible {
  /// Which way to run the operation.
  public enum Direction: Hashable, Sendable {
    /// Source to target (`PJ_FWD`).
    case forward
    /// Target to source (`PJ_INV`).
    case inverse
  }

  /// The source CRS; `nil` for a transformer made from an operation.
  public let source: CRS?
  /// The target CRS; `nil` for a transformer made from an operation.
  public let target: CRS?
  /// `SOURCE → TARGET`, or the operation's definition.
  public let description: String
  /// Whether the operation can run in the `.inverse` direction.
  public let hasInverse: Bool

  private let context: ProjContext
  private let operation: OpaquePointer
  private let buffers = CoordinateBuffers()
  /// Factors applied to angles on the way into and out of PROJ, per direction: π/180 and
  /// 180/π for operations that work in radians, 1 otherwise.
  private let scales: (forward: Scales, inverse: Scales)

  private struct Scales {
    var input: Double
    var output: Double
    var outputIsAngular: Bool
  }

  /// A transformer between two CRSs (`proj_create_crs_to_crs_from_pj`, then
  /// `proj_normalize_for_visualization`). When PROJ knows several operations, it picks the
  /// best one for each coordinate by area of use; grids are only used when installed locally.
  /// - Throws: `.noOperation` when PROJ finds no way between the two.
  public convenience init(from source: CRS, to target: CRS) throws(ProjectionError) {
    let context = try ProjContext()
    let sourceObject = try Self.createCRS(source, in: context)
    defer { proj_destroy(sourceObject) }
    let targetObject = try Self.createCRS(target, in: context)
    defer { proj_destroy(targetObject) }
    context.clearLog()
    guard
      let operation = proj_create_crs_to_crs_from_pj(
        context.pointer, sourceObject, targetObject, nil, nil)
    else {
      throw context.failure(
        "no coordinate operation from \(source) to \(target)",
        context: "\(source.definition) → \(target.definition)", code: .noOperation)
    }
    defer { proj_destroy(operation) }
    guard let normalized = proj_normalize_for_visualization(context.pointer, operation) else {
      throw context.failure(
        "cannot put \(source) → \(target) into longitude/latitude order",
        context: "\(source.definition) → \(target.definition)", code: .projFailure)
    }
    self.init(
      context: context, operation: normalized, source: source, target: target,
      description: "\(source) → \(target)")
  }

  /// A transformer between two CRSs given as definitions (see `CRS.init(_:)`).
  /// - Throws: `.crsNotFound` naming an unknown code ("crs not found: EPSG:99999"), the other
  ///   errors of `CRS.init(_:)`, and `.noOperation`.
  public convenience init(from source: String, to target: String) throws(ProjectionError) {
    try self.init(from: CRS(source), to: CRS(target))
  }

  /// A transformer that runs one coordinate operation (`proj_create`): a PROJ string such as
  /// `+proj=utm +zone=38 +ellps=WGS84` or a pipeline, WKT or an authority code of an operation.
  /// Angles are in degrees on both sides, and legacy `init=epsg:<code>` steps resolve as in
  /// PROJ 4 (`proj_context_use_proj4_init_rules`), as PROJ's `gie` does.
  /// - Throws: `.invalidDefinition` with PROJ's reason and `projErrno`, `.notAnOperation` for
  ///   a CRS (use `init(from:to:)`).
  public convenience init(operation definition: String) throws(ProjectionError) {
    let context = try ProjContext(legacyInitFiles: true)
    guard let operation = context.create(definition) else {
      throw context.failure("invalid coordinate operation: \(definition)", context: definition)
    }
    guard proj_is_crs(operation) == 0 else {
      proj_destroy(operation)
      throw ProjectionError(
        .notAnOperation,
        "\(definition) is a CRS, not a coordinate operation; transform between two CRSs instead",
        context: definition)
    }
    self.init(
      context: context, operation: operation, source: nil, target: nil, description: definition)
  }

  private init(
    context: ProjContext, operation: OpaquePointer, source: CRS?, target: CRS?,
    description: String
  ) {
    self.context = context
    self.operation = operation
    self.source = source
    self.target = target
    self.description = description
    hasInverse = proj_pj_info(operation).has_inverse != 0
    scales = (
      Self.scales(of: operation, direction: PJ_FWD), Self.scales(of: operation, direction: PJ_INV)
    )
  }

  deinit {
    proj_destroy(operation)
  }

  /// Whether coordinates coming out in `direction` are angles (degrees) rather than lengths
  /// (`proj_angular_output`, `proj_degree_output`).
  public func outputIsAngular(_ direction: Direction = .forward) -> Bool {
    scales(direction).outputIsAngular
  }

  /// Transforms one position (`proj_trans_generic` on one coordinate).
  /// - Parameters:
  ///   - position: longitude/latitude in degrees or easting/northing in the CRS unit;
  ///     altitude in metres (or the CRS's vertical unit), kept absent when absent.
  ///   - direction: `.forward` (source to target) or `.inverse`.
  /// - Throws: the reason PROJ gave, e.g. `.invalidCoordinate` for latitude 95° into
  ///   Web Mercator.
  public func transform(
    _ position: Position, direction: Direction = .forward
  ) throws(ProjectionError) -> Position {
    var positions = [position]
    if let failure = transform(&positions, direction: direction).first { throw failure.error }
    return positions[0]
  }

  /// Transforms positions in place in one `proj_trans_generic` call over separate x, y (and
  /// z, when any position has an altitude) arrays.
  ///
  /// Failures do not throw: each position that PROJ could not transform (it returns
  /// `HUGE_VAL`) is left as it was and reported with its index and PROJ's reason.
  /// - Parameters:
  ///   - positions: degrees or CRS units, as for `transform(_:direction:)`.
  ///   - direction: `.forward` or `.inverse`.
  /// - Returns: the failures in index order; empty when all succeeded.
  public func transform(
    _ positions: inout [Position], direction: Direction = .forward
  ) -> [PointFailure] {
    let count = positions.count
    guard count > 0 else { return [] }
    buffers.reserve(count)
    let scales = scales(direction)
    let withAltitude = positions.withUnsafeBufferPointer { positions in
      var any = false
      for index in 0..<count {
        any = stage(positions[index], at: index, scale: scales.input) || any
      }
      return any
    }
    run(count: count, withAltitude: withAltitude, direction: direction)
    var failures: [PointFailure] = []
    positions.withUnsafeMutableBufferPointer { positions in
      for index in 0..<count {
        if !scatter(into: &positions[index], from: index, scale: scales.output) {
          failures.append(diagnose(positions[index], index: index, direction: direction))
        }
      }
    }
    return failures
  }

  private func scales(_ direction: Direction) -> Scales {
    direction == .forward ? scales.forward : scales.inverse
  }

  /// Puts one position into the buffers at `index`; returns whether it has an altitude.
  func stage(_ position: Position, at index: Int, scale: Double) -> Bool {
    buffers.x[index] = position.longitude * scale
    buffers.y[index] = position.latitude * scale
    buffers.z[index] = position.altitude ?? 0
    return position.altitude != nil
  }

  /// Writes the transformed coordinate at `index` into `position`, unless PROJ failed on it.
  /// - Returns: whether the coordinate was transformed.
  func scatter(into position: inout Position, from index: Int, scale: Double) -> Bool {
    let x = buffers.x[index]
    let y = buffers.y[index]
    guard x.isFinite, y.isFinite else { return false }
    if position.altitude != nil {
      let z = buffers.z[index]
      guard z.isFinite else { return false }
      position.altitude = z
    }
    position.longitude = x * scale
    position.latitude = y * scale
    return true
  }

  /// Prepares the buffers for `count` positions.
  func reserve(_ count: Int) { buffers.reserve(count) }

  /// The input and output angle factors for `direction`.
  func angleScales(_ direction: Direction) -> (input: Double, output: Double) {
    let scales = scales(direction)
    return (scales.input, scales.output)
  }

  /// Runs PROJ over the first `count` buffered coordinates, z only when some position has an
  /// altitude, so a 2D transform does not invent heights.
  func run(count: Int, withAltitude: Bool, direction: Direction) {
    proj_errno_reset(operation)
    context.clearLog()
    let stride = MemoryLayout<Double>.stride
    proj_trans_generic(
      operation, direction.proj,
      buffers.x, stride, count,
      buffers.y, stride, count,
      withAltitude ? buffers.z : nil, withAltitude ? stride : 0, withAltitude ? count : 0,
      nil, 0, 0)
  }

  /// Transforms `position` alone again to learn why it failed: `proj_trans_generic` reports
  /// only the last error of a batch.
  func diagnose(_ position: Position, index: Int, direction: Direction) -> PointFailure {
    let coordinate = "(\(position.longitude), \(position.latitude))"
    guard position.longitude.isFinite, position.latitude.isFinite,
      position.altitude?.isFinite ?? true
    else {
      let error = ProjectionError(
        .invalidCoordinate, "coordinate \(coordinate) is not a finite number",
        context: description)
      return PointFailure(index: index, position: position, error: error)
    }
    if direction == .inverse, !hasInverse {
      let error = ProjectionError(
        .noInverse, "\(description) has no inverse", context: description, projErrno: 4098)
      return PointFailure(index: index, position: position, error: error)
    }
    let scale = scales(direction).input
    var x = position.longitude * scale
    var y = position.latitude * scale
    var z = position.altitude ?? 0
    proj_errno_reset(operation)
    context.clearLog()
    let stride = MemoryLayout<Double>.stride
    proj_trans_generic(
      operation, direction.proj, &x, stride, 1, &y, stride, 1, &z, stride, 1, nil, 0, 0)
    let errno = proj_errno(operation)
    let error = ProjectionError(
      errno == 0 ? .projFailure : ProjectionError.code(forProjErrno: Int(errno)),
      "cannot transform \(coordinate) with \(description)", context: description,
      reason: context.reason(errno: errno), projErrno: errno == 0 ? nil : Int(errno))
    return PointFailure(index: index, position: position, error: error)
  }

  private static func createCRS(
    _ crs: CRS, in context: ProjContext
  ) throws(ProjectionError) -> OpaquePointer {
    guard let object = context.create(crs.projDefinition) else {
      throw context.failure(
        "invalid CRS definition: \(crs.definition)", context: crs.definition,
        code: .invalidDefinition)
    }
    return object
  }

  private static func scales(of operation: OpaquePointer, direction: PJ_DIRECTION) -> Scales {
    let radiansIn = proj_angular_input(operation, direction) != 0
    let radiansOut = proj_angular_output(operation, direction) != 0
    let degreesOut = proj_degree_output(operation, direction) != 0
    return Scales(
      input: radiansIn ? .pi / 180 : 1, output: radiansOut ? 180 / .pi : 1,
      outputIsAngular: radiansOut || degreesOut)
  }
}

@available(*, unavailable, message: "each thread or task creates its own Transformer")
extension Transformer: Sendable {}

extension Transformer.Direction {
  var proj: PJ_DIRECTION { self == .forward ? PJ_FWD : PJ_INV }
}
