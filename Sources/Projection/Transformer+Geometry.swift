import GeoJSON

extension Transformer {
  /// Transforms every position of a geometry in place, in one `proj_trans_generic` call.
  ///
  /// Failures do not throw: a position PROJ could not transform is left as it was and
  /// reported with its index in document order (the order of `Geometry.forEachPosition`:
  /// rings in order, holes after their exterior, members of collections in order).
  /// - Parameters:
  ///   - geometry: positions in degrees or CRS units, as for `transform(_:direction:)`.
  ///   - direction: `.forward` or `.inverse`.
  /// - Returns: the failures in position order; empty when all succeeded.
  public func transform(
    _ geometry: inout Geometry, direction: Direction = .forward
  ) -> [PointFailure] {
    var count = 0
    geometry.forEachPosition { _ in count += 1 }
    guard count > 0 else { return [] }
    reserve(count)
    let scales = angleScales(direction)
    var index = 0
    var withAltitude = false
    geometry.forEachPosition { position in
      if stage(position, at: index, scale: scales.input) { withAltitude = true }
      index += 1
    }
    run(count: count, withAltitude: withAltitude, direction: direction)
    var failures: [PointFailure] = []
    index = 0
    geometry = geometry.mapPositions { position in
      var transformed = position
      if !scatter(into: &transformed, from: index, scale: scales.output) {
        failures.append(diagnose(position, index: index, direction: direction))
      }
      index += 1
      return transformed
    }
    return failures
  }
}
