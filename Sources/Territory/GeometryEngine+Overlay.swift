internal import CGEOS

/// The GEOS operations Territory uses, each throwing GEOS's captured message when GEOS
/// returns no result. Overlays are OverlayNG in floating precision: they keep input vertices
/// bit for bit, which the exact coverage of pieces relies on.
extension GeometryEngine {
  /// `a ∩ b` (`GEOSIntersection_r`), or snap-rounded to a grid of `grid` metres
  /// (`GEOSIntersectionPrec_r`).
  func intersection(
    _ a: PlanarShape, _ b: PlanarShape, grid: Double? = nil
  ) throws(TerritoryError) -> PlanarShape {
    let result =
      grid.map { GEOSIntersectionPrec_r(handle, a.pointer, b.pointer, $0) }
      ?? GEOSIntersection_r(handle, a.pointer, b.pointer)
    return try wrap(result, "an intersection")
  }

  /// `a − b` (`GEOSDifference_r`), or snap-rounded to a grid of `grid` metres
  /// (`GEOSDifferencePrec_r`).
  func difference(
    _ a: PlanarShape, _ b: PlanarShape, grid: Double? = nil
  ) throws(TerritoryError) -> PlanarShape {
    let result =
      grid.map { GEOSDifferencePrec_r(handle, a.pointer, b.pointer, $0) }
      ?? GEOSDifference_r(handle, a.pointer, b.pointer)
    return try wrap(result, "a difference")
  }

  /// The union of all members of a collection (`GEOSUnaryUnion_r`, cascaded), or
  /// snap-rounded to a grid of `grid` metres (`GEOSUnaryUnionPrec_r`).
  func union(_ shape: PlanarShape, grid: Double? = nil) throws(TerritoryError) -> PlanarShape {
    let result =
      grid.map { GEOSUnaryUnionPrec_r(handle, shape.pointer, $0) }
      ?? GEOSUnaryUnion_r(handle, shape.pointer)
    return try wrap(result, "a union")
  }

  /// The union of polygons that form a coverage: they do not overlap and neighbours share
  /// their edges vertex for vertex (`GEOSCoverageUnion_r`), much faster than `union`.
  func coverageUnion(_ shape: PlanarShape) throws(TerritoryError) -> PlanarShape {
    try wrap(GEOSCoverageUnion_r(handle, shape.pointer), "a coverage union")
  }

  /// The part of `shape` inside `box` (`GEOSClipByRect_r`): linear time, used to cut a large
  /// outline down before an overlay with a small piece. The result may be invalid at the
  /// box's edges, so it only ever feeds an intersection with something inside the box.
  func clip(_ shape: PlanarShape, to box: PlanarBox) throws(TerritoryError) -> PlanarShape {
    try wrap(
      GEOSClipByRect_r(handle, shape.pointer, box.minX, box.minY, box.maxX, box.maxY),
      "a clip by rectangle")
  }

  /// A valid polygonal version of `shape` (`GEOSMakeValidWithParams_r`, method "structure",
  /// collapsed parts dropped), so repairs of areas stay areas.
  func makeValid(_ shape: PlanarShape) throws(TerritoryError) -> PlanarShape {
    guard let parameters = GEOSMakeValidParams_create_r(handle) else {
      throw failure("make-valid parameters")
    }
    defer { GEOSMakeValidParams_destroy_r(handle, parameters) }
    _ = GEOSMakeValidParams_setMethod_r(handle, parameters, GEOS_MAKE_VALID_STRUCTURE)
    _ = GEOSMakeValidParams_setKeepCollapsed_r(handle, parameters, 0)
    return try wrap(
      GEOSMakeValidWithParams_r(handle, shape.pointer, parameters), "a valid geometry")
  }

  /// Why `shape` is invalid (`GEOSisValidReason_r`), e.g. "Self-intersection[x y]".
  func invalidityReason(_ shape: PlanarShape) -> String {
    guard let text = GEOSisValidReason_r(handle, shape.pointer) else { return "unknown" }
    defer { GEOSFree_r(handle, text) }
    return String(cString: text)
  }

  /// The Voronoi cells of the points of `sites` (`GEOSVoronoiDiagram_r`), extended to cover
  /// `envelope`: a GeometryCollection of convex polygons, in no particular order.
  func voronoiCells(
    of sites: PlanarShape, covering envelope: PlanarShape
  ) throws(TerritoryError) -> PlanarShape {
    try wrap(
      GEOSVoronoiDiagram_r(handle, sites.pointer, envelope.pointer, 0, 0), "a Voronoi diagram")
  }

  /// Sewn lines (`GEOSLineMerge_r`): segments that meet end to end, and only two at a node,
  /// become one LineString.
  func lineMerge(_ lines: PlanarShape) throws(TerritoryError) -> PlanarShape {
    try wrap(GEOSLineMerge_r(handle, lines.pointer), "a line merge")
  }

  /// A prepared version of `shape` for repeated predicates (`GEOSPrepare_r`).
  func prepare(_ shape: PlanarShape) throws(TerritoryError) -> PreparedShape {
    guard let prepared = GEOSPrepare_r(handle, shape.pointer) else {
      throw failure("a prepared geometry")
    }
    return PreparedShape(shape: shape, pointer: prepared)
  }
}

/// A GEOS prepared geometry with its spatial index, for many predicates against one large
/// outline. Keeps its base shape alive, as GEOS requires.
final class PreparedShape {
  let shape: PlanarShape
  private let pointer: OpaquePointer

  init(shape: PlanarShape, pointer: OpaquePointer) {
    self.shape = shape
    self.pointer = pointer
  }

  deinit {
    GEOSPreparedGeom_destroy_r(shape.engine.handle, pointer)
  }

  /// Whether `other` lies in the interior, touching no boundary
  /// (`GEOSPreparedContainsProperly_r`).
  func containsProperly(_ other: PlanarShape) -> Bool {
    GEOSPreparedContainsProperly_r(shape.engine.handle, pointer, other.pointer) == 1
  }

  /// Whether `other` shares any point (`GEOSPreparedIntersects_r`).
  func intersects(_ other: PlanarShape) -> Bool {
    GEOSPreparedIntersects_r(shape.engine.handle, pointer, other.pointer) == 1
  }
}
