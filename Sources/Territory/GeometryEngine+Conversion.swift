internal import CGEOS

/// Swift ⇄ GEOS geometry conversion through interleaved coordinate buffers
/// (`GEOSCoordSeq_copyFromBuffer_r`, `GEOSCoordSeq_copyToBuffer_r`), one copy per ring.
extension GeometryEngine {
  /// A GEOS Polygon from closed rings, exterior first.
  func polygon(_ polygon: PlanarPolygon) throws(TerritoryError) -> PlanarShape {
    try wrap(try polygonPointer(polygon), "a polygon")
  }

  /// A GEOS MultiPolygon of `polygons` (an empty one for none).
  func multiPolygon(_ polygons: [PlanarPolygon]) throws(TerritoryError) -> PlanarShape {
    try collection(of: polygons, type: GEOS_MULTIPOLYGON, polygonPointer)
  }

  /// A GEOS MultiPoint of `points`.
  func multiPoint(_ points: [PlanarPoint]) throws(TerritoryError) -> PlanarShape {
    try collection(of: points, type: GEOS_MULTIPOINT) { point throws(TerritoryError) in
      guard let member = GEOSGeom_createPointFromXY_r(handle, point.x, point.y) else {
        throw failure("a point")
      }
      return member
    }
  }

  /// A GEOS LineString through `points`.
  func lineString(_ points: [PlanarPoint]) throws(TerritoryError) -> PlanarShape {
    try wrap(try lineStringPointer(points), "a line")
  }

  /// A GEOS MultiLineString of `lines`.
  func multiLineString(_ lines: [[PlanarPoint]]) throws(TerritoryError) -> PlanarShape {
    try collection(of: lines, type: GEOS_MULTILINESTRING, lineStringPointer)
  }

  /// A GeometryCollection (or a Multi* of `type`) that takes over `shapes`, which must not be
  /// used afterwards.
  func collection(
    taking shapes: [PlanarShape], type: GEOSGeomTypes = GEOS_GEOMETRYCOLLECTION
  ) throws(TerritoryError) -> PlanarShape {
    var members: [OpaquePointer?] = shapes.map { $0.release() }
    return try collection(of: &members, type: type)
  }

  /// One MultiPolygon of copies of the polygons of `shapes` (Polygons, MultiPolygons or
  /// collections), which stay as they were: overlays do not take GeometryCollections.
  func multiPolygon(copying shapes: [PlanarShape]) throws(TerritoryError) -> PlanarShape {
    var members: [OpaquePointer?] = []
    for shape in shapes {
      var failed = false
      forEachPolygon(of: shape.pointer) { polygon in
        guard let copy = GEOSGeom_clone_r(handle, polygon) else {
          failed = true
          return
        }
        members.append(copy)
      }
      if failed {
        for member in members { GEOSGeom_destroy_r(handle, member) }
        throw failure("a copy of a polygon")
      }
    }
    return try collection(of: &members, type: GEOS_MULTIPOLYGON)
  }

  /// A rectangle (`GEOSGeom_createRectangle_r`).
  func rectangle(_ box: PlanarBox) throws(TerritoryError) -> PlanarShape {
    try wrap(
      GEOSGeom_createRectangle_r(handle, box.minX, box.minY, box.maxX, box.maxY), "a rectangle")
  }

  /// The polygons of a shape: itself, the members of a MultiPolygon, or the polygonal parts
  /// of a collection (an overlay can return touching lines and points beside them).
  func polygons(of shape: PlanarShape) -> [PlanarPolygon] {
    var result: [PlanarPolygon] = []
    collectPolygons(shape.pointer, into: &result)
    return result
  }

  /// A point inside each polygon of a shape, in the order of `polygons(of:)`
  /// (`GEOSPointOnSurface_r`): inside the exterior ring and outside every hole.
  func interiorPoints(of shape: PlanarShape) throws(TerritoryError) -> [PlanarPoint] {
    var points: [PlanarPoint] = []
    var failed = false
    forEachPolygon(of: shape.pointer) { polygon in
      guard let point = GEOSPointOnSurface_r(handle, polygon) else {
        failed = true
        return
      }
      defer { GEOSGeom_destroy_r(handle, point) }
      var x = 0.0
      var y = 0.0
      _ = GEOSGeomGetX_r(handle, point, &x)
      _ = GEOSGeomGetY_r(handle, point, &y)
      points.append(PlanarPoint(x: x, y: y))
    }
    if failed { throw failure("a point inside a polygon") }
    return points
  }

  /// The lines of a shape: LineStrings and the members of MultiLineStrings and collections.
  func lines(of shape: PlanarShape) -> [[PlanarPoint]] {
    var result: [[PlanarPoint]] = []
    collectLines(shape.pointer, into: &result)
    return result
  }

  private func collectPolygons(_ geometry: OpaquePointer, into result: inout [PlanarPolygon]) {
    forEachPolygon(of: geometry) { polygon in
      guard let exterior = GEOSGetExteriorRing_r(handle, polygon) else { return }
      var rings = [points(of: exterior)]
      let holes = GEOSGetNumInteriorRings_r(handle, polygon)
      for index in 0..<max(holes, 0) {
        if let hole = GEOSGetInteriorRingN_r(handle, polygon, index) {
          rings.append(points(of: hole))
        }
      }
      result.append(PlanarPolygon(rings: rings))
    }
  }

  private func forEachPolygon(of geometry: OpaquePointer, _ body: (OpaquePointer) -> Void) {
    switch GEOSGeomTypeId_r(handle, geometry) {
    case Int32(GEOS_POLYGON.rawValue):
      if GEOSisEmpty_r(handle, geometry) == 0 { body(geometry) }
    case Int32(GEOS_MULTIPOLYGON.rawValue), Int32(GEOS_GEOMETRYCOLLECTION.rawValue):
      forEachMember(of: geometry) { forEachPolygon(of: $0, body) }
    default:
      break
    }
  }

  private func collectLines(_ geometry: OpaquePointer, into result: inout [[PlanarPoint]]) {
    switch GEOSGeomTypeId_r(handle, geometry) {
    case Int32(GEOS_LINESTRING.rawValue):
      let line = points(of: geometry)
      if line.count >= 2 { result.append(line) }
    case Int32(GEOS_MULTILINESTRING.rawValue), Int32(GEOS_GEOMETRYCOLLECTION.rawValue):
      forEachMember(of: geometry) { collectLines($0, into: &result) }
    default:
      break
    }
  }

  private func forEachMember(of geometry: OpaquePointer, _ body: (OpaquePointer) -> Void) {
    let count = GEOSGetNumGeometries_r(handle, geometry)
    for index in 0..<max(count, 0) {
      if let member = GEOSGetGeometryN_r(handle, geometry, index) { body(member) }
    }
  }

  /// The coordinates of a LineString or LinearRing.
  private func points(of geometry: OpaquePointer) -> [PlanarPoint] {
    guard let sequence = GEOSGeom_getCoordSeq_r(handle, geometry) else { return [] }
    var size: UInt32 = 0
    guard GEOSCoordSeq_getSize_r(handle, sequence, &size) == 1, size > 0 else { return [] }
    let count = Int(size)
    return [PlanarPoint](unsafeUninitializedCapacity: count) { buffer, initialized in
      let copied = buffer.withMemoryRebound(to: Double.self) { doubles in
        GEOSCoordSeq_copyToBuffer_r(handle, sequence, doubles.baseAddress, 0, 0)
      }
      initialized = copied == 1 ? count : 0
    }
  }

  private func sequence(_ points: [PlanarPoint]) throws(TerritoryError) -> OpaquePointer {
    let sequence = points.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: Double.self) { doubles in
        GEOSCoordSeq_copyFromBuffer_r(handle, doubles.baseAddress, UInt32(points.count), 0, 0)
      }
    }
    guard let sequence else { throw failure("a coordinate sequence") }
    return sequence
  }

  private func lineStringPointer(_ points: [PlanarPoint]) throws(TerritoryError) -> OpaquePointer {
    guard let line = GEOSGeom_createLineString_r(handle, try sequence(points)) else {
      throw failure("a line")
    }
    return line
  }

  private func polygonPointer(_ polygon: PlanarPolygon) throws(TerritoryError) -> OpaquePointer {
    var rings: [OpaquePointer] = []
    for points in polygon.rings {
      guard let ring = GEOSGeom_createLinearRing_r(handle, try sequence(points)) else {
        for made in rings { GEOSGeom_destroy_r(handle, made) }
        throw failure("a ring of \(points.count) points")
      }
      rings.append(ring)
    }
    guard let shell = rings.first else {
      guard let empty = GEOSGeom_createEmptyPolygon_r(handle) else {
        throw failure("an empty polygon")
      }
      return empty
    }
    var holes: [OpaquePointer?] = Array(rings.dropFirst())
    let made = holes.withUnsafeMutableBufferPointer {
      GEOSGeom_createPolygon_r(handle, shell, $0.baseAddress, UInt32($0.count))
    }
    guard let made else { throw failure("a polygon") }
    return made
  }

  /// A collection of `type` with one member made by `make` per item; the members made before
  /// a failure are destroyed.
  private func collection<Item>(
    of items: [Item], type: GEOSGeomTypes,
    _ make: (Item) throws(TerritoryError) -> OpaquePointer
  ) throws(TerritoryError) -> PlanarShape {
    var members: [OpaquePointer?] = []
    members.reserveCapacity(items.count)
    for item in items {
      do throws(TerritoryError) {
        members.append(try make(item))
      } catch {
        for member in members { GEOSGeom_destroy_r(handle, member) }
        throw error
      }
    }
    return try collection(of: &members, type: type)
  }

  private func collection(
    of members: inout [OpaquePointer?], type: GEOSGeomTypes
  ) throws(TerritoryError) -> PlanarShape {
    let made = members.withUnsafeMutableBufferPointer {
      GEOSGeom_createCollection_r(handle, Int32(type.rawValue), $0.baseAddress, UInt32($0.count))
    }
    return try wrap(made, "a collection of \(members.count) geometries")
  }
}
