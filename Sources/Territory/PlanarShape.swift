internal import CGEOS

/// A GEOS geometry in the local projection (metres), owned by Swift: destroyed with
/// `GEOSGeom_destroy_r` when the last reference goes, unless handed over to a collection.
final class PlanarShape {
  let engine: GeometryEngine
  private(set) var pointer: OpaquePointer
  private var isOwned = true

  init(engine: GeometryEngine, owning pointer: OpaquePointer) {
    self.engine = engine
    self.pointer = pointer
  }

  deinit {
    if isOwned { GEOSGeom_destroy_r(engine.handle, pointer) }
  }

  /// Gives the geometry to a GEOS call that takes ownership (collection constructors); the
  /// shape must not be used afterwards.
  func release() -> OpaquePointer {
    isOwned = false
    return pointer
  }

  private var handle: GEOSContextHandle_t { engine.handle }

  /// A deep copy (`GEOSGeom_clone_r`), for handing to a collection while keeping this one.
  func copy() throws(TerritoryError) -> PlanarShape {
    try engine.wrap(GEOSGeom_clone_r(handle, pointer), "a copy")
  }

  /// Whether the geometry is a Polygon or MultiPolygon (`GEOSGeomTypeId_r`): what overlays
  /// of areas take; a clip by rectangle may also return lines and points.
  var isPolygonal: Bool {
    let type = GEOSGeomTypeId_r(handle, pointer)
    return type == Int32(GEOS_POLYGON.rawValue) || type == Int32(GEOS_MULTIPOLYGON.rawValue)
  }

  /// Whether the geometry has no points (`GEOSisEmpty_r`).
  var isEmpty: Bool { GEOSisEmpty_r(handle, pointer) == 1 }

  /// Whether the geometry is valid in the OGC sense (`GEOSisValid_r`).
  var isValid: Bool { GEOSisValid_r(handle, pointer) == 1 }

  /// Planar area in m² (`GEOSArea_r`); used to compare with the geodesic area in tests and to
  /// drop slivers.
  var area: Double {
    var value = 0.0
    _ = GEOSArea_r(handle, pointer, &value)
    return value
  }

  /// The bounding box (`GEOSGeom_getExtent_r`); `nil` when empty.
  var box: PlanarBox? {
    guard !isEmpty else { return nil }
    var box = PlanarBox(minX: 0, minY: 0, maxX: 0, maxY: 0)
    guard GEOSGeom_getExtent_r(handle, pointer, &box.minX, &box.minY, &box.maxX, &box.maxY) == 1
    else { return nil }
    return box
  }
}
