/// Land that changed hands between two layouts of one computation (same projection, same
/// region), found area by area: each known area of one snapshot is compared only with the
/// areas of the other snapshot whose boxes meet it, and areas found unchanged vertex for
/// vertex (Voronoi cells away from any change are the same) are skipped.
///
/// The two snapshots' boundaries often run along the same Voronoi edge computed from
/// different triangles, so overlays meet nearly collinear edges; they snap-round to a
/// `diffGrid` grid (OverlayNG with a fixed precision model), which collapses the needles and
/// slivers a floating overlay would leave (they turn invalid once unprojected to degrees).
extension AreaComputation {
  /// The snap-rounding grid of diff overlays, metres.
  static let diffGrid = 0.1
  /// The longest edge of a change polygon, metres: the snapped output keeps only a few
  /// centimetres between a vertex and a nearby edge, more than a long edge bows once
  /// unprojected (see `PlanarPolygon.densified(maximumSegment:)`).
  static let diffSegment = 250.0

  /// A known area of one snapshot with its label and GEOS shape.
  private struct Labelled {
    var label: String
    var polygon: PlanarPolygon
    var shape: PlanarShape
    var box: PlanarBox
  }

  /// The land that went from one label to another: `unknown` for land no point reached (or
  /// outside the countries), else an actor id or `contested`. Planar polygons per change.
  func changes(
    from before: PlanarLayout, to after: PlanarLayout
  ) throws(TerritoryError) -> [FrontKey.Directed: [PlanarPolygon]] {
    let old = try labelled(before)
    let new = try labelled(after)
    let oldIndex = BoxIndex(boxes: old.map(\.box))
    let newIndex = BoxIndex(boxes: new.map(\.box))
    var pieces: [FrontKey.Directed: [PlanarShape]] = [:]
    for area in old {
      let near = newIndex.candidates(meeting: area.box).map { new[$0] }
      if near.contains(where: { $0.label == area.label && $0.polygon == area.polygon }) {
        continue
      }
      for other in near where other.label != area.label {
        let taken = try polygonal(
          engine.intersection(area.shape, trimmed(other.shape, to: area.box), grid: Self.diffGrid))
        pieces[.init(from: area.label, to: other.label), default: []].append(taken)
      }
      pieces[.init(from: area.label, to: AreaClass.unknown.label), default: []].append(
        try remainder(of: area, without: near))
    }
    for area in new {
      let near = oldIndex.candidates(meeting: area.box).map { old[$0] }
      if near.contains(where: { $0.label == area.label && $0.polygon == area.polygon }) {
        continue
      }
      pieces[.init(from: AreaClass.unknown.label, to: area.label), default: []].append(
        try remainder(of: area, without: near))
    }
    var changes: [FrontKey.Directed: [PlanarPolygon]] = [:]
    for (key, shapes) in pieces {
      let merged = try engine.union(engine.collection(taking: shapes), grid: Self.diffGrid)
      let polygons = engine.polygons(of: merged).filter { $0.area >= Self.sliverArea }.map {
        $0.densified(maximumSegment: Self.diffSegment)
      }
      if !polygons.isEmpty { changes[key] = polygons }
    }
    return changes
  }

  /// The known areas of a layout, by label (an actor's besieged pockets count as its own).
  private func labelled(_ layout: PlanarLayout) throws(TerritoryError) -> [Labelled] {
    var result: [Labelled] = []
    for (areaClass, polygons) in layout.areas where areaClass.isKnown {
      for polygon in polygons {
        guard let box = PlanarBox(polygon.rings[0]) else { continue }
        result.append(
          Labelled(
            label: areaClass.label, polygon: polygon, shape: try engine.polygon(polygon),
            box: box))
      }
    }
    return result
  }

  /// `area` less every area in `near`: what it has that the other snapshot leaves unknown.
  private func remainder(
    of area: Labelled, without near: [Labelled]
  ) throws(TerritoryError) -> PlanarShape {
    var rest = try area.shape.copy()
    for other in near where !rest.isEmpty {
      rest = try polygonal(
        engine.difference(rest, trimmed(other.shape, to: area.box), grid: Self.diffGrid))
    }
    return rest
  }

  /// The polygons of an overlay's result: snap-rounding may collapse slivers into lines and
  /// points, which the next overlay of areas would refuse.
  private func polygonal(_ shape: PlanarShape) throws(TerritoryError) -> PlanarShape {
    shape.isPolygonal ? shape : try engine.multiPolygon(copying: [shape])
  }

  /// `shape` cut to a little more than `box` (`GEOSClipByRect_r`), so overlays with a small
  /// area do not walk a large one; the whole shape when the cut is not a valid (multi)polygon.
  private func trimmed(_ shape: PlanarShape, to box: PlanarBox) throws(TerritoryError)
    -> PlanarShape
  {
    guard let own = shape.box, !box.expanded(by: 1).contains(own) else { return shape }
    let cut = try engine.clip(shape, to: box.expanded(by: 1))
    return cut.isPolygonal && cut.isValid ? cut : shape
  }
}

extension FrontKey {
  /// An ordered pair of labels: land that went `from` one `to` the other.
  struct Directed: Hashable, Sendable, Comparable {
    var from: String
    var to: String

    static func < (a: Directed, b: Directed) -> Bool { (a.from, a.to) < (b.from, b.to) }
  }
}
