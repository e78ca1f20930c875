/// The unknown class: the region less every known area, built mostly by hand.
///
/// Overlaying the region with thousands of known areas at once is the slowest step of the
/// naive pipeline. But known areas that lie properly inside the region need no overlay:
/// their outer rings are simply holes in the unknown land around them, and their own holes
/// (land no point reaches, ringed by known land) are islands of unknown land. Only groups
/// that cross the region's outline go through `GEOSDifferencePrec_r`.
extension AreaComputation {
  /// A group of known components that touch one another (across fronts too).
  private struct KnownGroup {
    var components: [Int] = []
    var isInside = true
  }

  /// The unknown land, as polygons that cover the region exactly where no known area does.
  func unknownLand(
    components: [Component], sites: [Site], contacts: [Contact], region: ClipRegion
  ) throws(TerritoryError) -> [PlanarPolygon] {
    let groups = knownGroups(components, sites: sites, contacts: contacts)
    guard !groups.isEmpty else { return engine.polygons(of: region.shape) }
    var crossing: [PlanarShape] = []
    var inside: [PlanarShape] = []
    for group in groups {
      let shape = try union(of: group.components.map { components[$0].shape })
      if group.isInside { inside.append(shape) } else { crossing.append(shape) }
    }
    let outer =
      crossing.isEmpty
      ? engine.polygons(of: region.shape)
      : engine.polygons(
        of: try engine.difference(region.shape, engine.multiPolygon(copying: crossing)))
    return try punch(inside, into: outer)
  }

  /// Known components grouped by contact, each group marked inside the region or not.
  private func knownGroups(
    _ components: [Component], sites: [Site], contacts: [Contact]
  ) -> [KnownGroup] {
    var touching = UnionFind(count: sites.count)
    for contact in contacts
    where sites[contact.first].areaClass.isKnown && sites[contact.second].areaClass.isKnown {
      touching.union(contact.first, contact.second)
    }
    var groups: [KnownGroup] = []
    var byRoot: [Int: Int] = [:]
    for (index, component) in components.enumerated() where component.areaClass.isKnown {
      let root = touching.root(component.site)
      let position = byRoot[root] ?? groups.count
      if position == groups.count {
        byRoot[root] = position
        groups.append(KnownGroup())
      }
      groups[position].components.append(index)
      groups[position].isInside = groups[position].isInside && component.isInside
    }
    return groups
  }

  /// One shape for several touching components (`GEOSCoverageUnion_r` of copies, so the
  /// components stay intact; components share their edges vertex for vertex).
  private func union(of shapes: [PlanarShape]) throws(TerritoryError) -> PlanarShape {
    if shapes.count == 1 { return shapes[0] }
    var copies: [PlanarShape] = []
    for shape in shapes { copies.append(try shape.copy()) }
    return try engine.coverageUnion(engine.collection(taking: copies))
  }

  /// The unknown polygons `outer`, plus the holes of the inside groups as new polygons, with
  /// each inside group's outer rings made holes of the innermost of them that holds it.
  private func punch(
    _ inside: [PlanarShape], into outer: [PlanarPolygon]
  ) throws(TerritoryError) -> [PlanarPolygon] {
    var containers = outer
    var shells: [[PlanarPoint]] = []
    var probes: [PlanarPoint] = []
    for shape in inside {
      let polygons = engine.polygons(of: shape)
      let points = try engine.interiorPoints(of: shape)
      for (polygon, point) in zip(polygons, points) {
        shells.append(polygon.rings[0])
        probes.append(point)
        containers += polygon.rings.dropFirst().map { PlanarPolygon(rings: [$0]) }
      }
    }
    // Innermost first: an island of unknown land inside a known ring is smaller than the
    // land around that ring.
    let order = containers.indices.sorted { containers[$0].area < containers[$1].area }
    let boxes = containers.map { PlanarBox($0.rings[0]) }
    for (shell, probe) in zip(shells, probes) {
      let host = order.first { index in
        guard let box = boxes[index], box.contains(probe) else { return false }
        return PlanarPolygon.ring(containers[index].rings[0], contains: probe)
      }
      guard let host else { continue }
      containers[host].rings.append(shell)
    }
    return containers
  }
}
