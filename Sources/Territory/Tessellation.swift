/// The Voronoi cells of the sites (`GEOSVoronoiDiagram_r`), each matched to its site, with
/// the neighbour across every cell edge.
struct Tessellation {
  /// The sites that have a cell; sites GEOS merged with a neighbour are absorbed into it.
  private(set) var sites: [Site]
  /// `cells[i]` is the cell of `sites[i]`.
  private(set) var cells: [ConvexPolygon]
  /// `neighbours[i][k]` is the site across edge `k` (from vertex `k` to `k + 1`) of cell
  /// `i`; `nil` on the outer envelope.
  private(set) var neighbours: [[Int?]] = []
  let index: SiteIndex

  /// One edge shared by two cells.
  struct SharedEdge {
    var first: Int
    var second: Int
    var start: PlanarPoint
    var end: PlanarPoint
  }

  /// - Parameters:
  ///   - sites: distinct sites (at least `Site.mergeDistance` apart).
  ///   - box: the cells cover at least this box, metres.
  ///   - engine: the GEOS context to use.
  init(sites: [Site], covering box: PlanarBox, engine: GeometryEngine) throws(TerritoryError) {
    let points = sites.map(\.point)
    let envelope = box.union(PlanarBox(points) ?? box)
    var cells: [ConvexPolygon?] = Array(repeating: nil, count: sites.count)
    let index = SiteIndex(points: points)
    if sites.count == 1 {
      cells[0] = ConvexPolygon(counterclockwise: envelope.corners)
    } else if sites.count > 1 {
      let diagram = try engine.voronoiCells(
        of: engine.multiPoint(points), covering: engine.rectangle(envelope))
      for polygon in engine.polygons(of: diagram) {
        let cell = ConvexPolygon(ring: polygon.rings[0])
        guard let site = Self.site(of: cell, among: index, taken: cells) else { continue }
        cells[site] = cell
      }
    }
    var kept: [Site] = []
    var keptCells: [ConvexPolygon] = []
    var orphans: [Site] = []
    for (site, cell) in zip(sites, cells) {
      if let cell {
        kept.append(site)
        keptCells.append(cell)
      } else {
        orphans.append(site)
      }
    }
    self.index = SiteIndex(points: kept.map(\.point))
    self.sites = kept
    self.cells = keptCells
    for orphan in orphans {
      // GEOS snapped this site onto a neighbour; the neighbour's cell holds it.
      if let host = self.index.nearest(to: orphan.point) { self.sites[host].absorb(orphan) }
    }
    neighbours = self.cells.indices.map { cell in
      self.cells[cell].vertices.indices.map { self.neighbour(of: cell, acrossEdge: $0) }
    }
  }

  /// The site across an edge of a cell: the mirror image of the cell's site in the edge is
  /// the neighbour's site. Edges on the outer envelope mirror the site onto empty ground, so
  /// only a neighbour about where the mirror image falls is accepted.
  private func neighbour(of cell: Int, acrossEdge edge: Int) -> Int? {
    let vertices = cells[cell].vertices
    let start = vertices[edge]
    let direction = vertices[(edge + 1) % vertices.count] - start
    let length = direction.dot(direction)
    guard length > 0 else { return nil }
    let centre = sites[cell].point
    let foot = start + direction * ((centre - start).dot(direction) / length)
    let mirror = foot * 2 - centre
    guard let other = index.nearest(to: mirror), other != cell else { return nil }
    let separation = centre.squaredDistance(to: sites[other].point)
    return mirror.squaredDistance(to: sites[other].point) < separation * 0.01 ? other : nil
  }

  /// The site whose cell this is: the one nearest to a point inside the cell (the average
  /// of its vertices, inside because cells are convex), or failing that any free site the
  /// cell contains.
  private static func site(
    of cell: ConvexPolygon, among index: SiteIndex, taken: [ConvexPolygon?]
  ) -> Int? {
    let vertices = cell.vertices
    guard !vertices.isEmpty else { return nil }
    let sum = vertices.reduce(PlanarPoint(x: 0, y: 0), +)
    let inside = sum * (1 / Double(vertices.count))
    if let nearest = index.nearest(to: inside), taken[nearest] == nil,
      cell.contains(index.points[nearest])
    {
      return nearest
    }
    return index.points.indices.first { taken[$0] == nil && cell.contains(index.points[$0]) }
  }

  /// Every edge between two cells, once (from the lower site index).
  var sharedEdges: [SharedEdge] {
    var edges: [SharedEdge] = []
    for (site, cell) in cells.enumerated() {
      let vertices = cell.vertices
      for (edge, other) in neighbours[site].enumerated() {
        guard let other, other > site else { continue }
        edges.append(
          SharedEdge(
            first: site, second: other, start: vertices[edge],
            end: vertices[(edge + 1) % vertices.count]))
      }
    }
    return edges
  }
}
