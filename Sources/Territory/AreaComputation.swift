import Borders
import GeoJSON

/// One run of the method, in the local projection, with its own GEOS context and PROJ
/// transformer: Voronoi cells of the sites, each cut to its reach disc, dissolved by class,
/// cut to the clip region; the rest of the region is unknown; fronts are the cell edges
/// between pieces of different holders.
final class AreaComputation {
  let engine: GeometryEngine
  let projection: LocalProjection
  /// `nil` when there are no countries to clip to: areas are then the reach pieces alone and
  /// there is no unknown class.
  let region: ClipRegion?
  private let reach: ReachOptions
  private let segments: Int

  /// - Parameters:
  ///   - countries: every country the builder knows.
  ///   - positions: all control points of the computation (both sides of a diff), which set
  ///     the projection's centre and choose the countries to clip to.
  ///   - reach: reach by kind.
  ///   - segments: vertices of a reach disc.
  init(
    countries: [Country], positions: [Position], reach: ReachOptions, segments: Int
  ) throws(TerritoryError) {
    engine = try GeometryEngine()
    projection = try LocalProjection(around: positions)
    self.reach = reach
    self.segments = segments
    let holding = countries.filter { country in positions.contains { country.contains($0) } }
    region =
      holding.isEmpty
      ? nil : try ClipRegion(countries: holding, projection: projection, engine: engine)
  }

  /// One site's share: its cell cut to its reach disc, and where that lies in the region.
  struct Piece {
    var disc: ConvexPolygon
    var side: ClipRegion.Side
    var shape: PlanarShape?
  }

  /// Two pieces that share a stretch of cell edge (inside both reach discs).
  struct Contact {
    var first: Int
    var second: Int
    var start: PlanarPoint
    var end: PlanarPoint
  }

  /// A dissolved group of touching pieces of one class, not yet cut to the region.
  struct Component {
    var areaClass: AreaClass
    var shape: PlanarShape
    /// Whether every piece lies properly inside the region.
    var isInside: Bool
    /// A site of the component, to find its group of touching known components.
    var site: Int
  }

  /// Areas by class and front lines of one snapshot's points, in metres.
  func layout(of points: [ControlPoint]) throws(TerritoryError) -> PlanarLayout {
    let projected = try projection.forward(points.map(\.position))
    let sites = Site.sites(from: points, projected: projected, reach: reach)
    var layout = PlanarLayout()
    guard let siteBox = PlanarBox(sites.map(\.point)) else {
      if let region { layout.areas[.unknown] = engine.polygons(of: region.shape) }
      return layout
    }
    var box = siteBox.expanded(by: reach.largestMetres * 2 + 1000)
    if let regionBox = region?.shape.box { box = box.union(regionBox) }
    let tessellation = try Tessellation(sites: sites, covering: box, engine: engine)
    var pieces = try self.pieces(of: tessellation)
    let contacts = self.contacts(of: tessellation, pieces: pieces)
    let components = try dissolve(
      tessellation.sites, pieces: &pieces, contacts: contacts, into: &layout)
    if let region {
      layout.areas[.unknown] = try unknownLand(
        components: components, sites: tessellation.sites, contacts: contacts, region: region)
    }
    layout.fronts = try fronts(of: tessellation, pieces: pieces, contacts: contacts)
    return layout
  }

  /// The pieces of all sites, with their shapes in GEOS (`nil` where nothing is left or the
  /// piece lies outside the region).
  private func pieces(of tessellation: Tessellation) throws(TerritoryError) -> [Piece] {
    let discs = tessellation.sites.map {
      ConvexPolygon.disc(center: $0.point, radius: $0.reach, segments: segments)
    }
    var pieces: [Piece] = []
    pieces.reserveCapacity(discs.count)
    for (site, disc) in discs.enumerated() {
      guard let ring = tessellation.piece(of: site, discs: discs), let box = PlanarBox(ring)
      else {
        pieces.append(Piece(disc: disc, side: .outside, shape: nil))
        continue
      }
      let side = try region?.side(of: box) ?? .inside
      let shape = side == .outside ? nil : try engine.polygon(PlanarPolygon(rings: [ring]))
      pieces.append(Piece(disc: disc, side: side, shape: shape))
    }
    return pieces
  }

  /// The stretches of cell edge two kept pieces share: the edge inside both discs.
  private func contacts(of tessellation: Tessellation, pieces: [Piece]) -> [Contact] {
    var contacts: [Contact] = []
    for edge in tessellation.sharedEdges {
      let a = pieces[edge.first]
      let b = pieces[edge.second]
      guard a.shape != nil, b.shape != nil,
        let inFirst = a.disc.clip(segmentFrom: edge.start, to: edge.end),
        let inBoth = b.disc.clip(segmentFrom: inFirst.0, to: inFirst.1)
      else { continue }
      contacts.append(
        Contact(first: edge.first, second: edge.second, start: inBoth.0, end: inBoth.1))
    }
    return contacts
  }

  /// Dissolves touching pieces of one class (`GEOSCoverageUnion_r`: the pieces share edges
  /// vertex for vertex), cuts components that cross the region's outline to it, and adds the
  /// result to `layout.areas`. Returns the uncut components; takes the pieces' shapes.
  private func dissolve(
    _ sites: [Site], pieces: inout [Piece], contacts: [Contact],
    into layout: inout PlanarLayout
  ) throws(TerritoryError) -> [Component] {
    var sameClass = UnionFind(count: sites.count)
    for contact in contacts
    where sites[contact.first].areaClass == sites[contact.second].areaClass {
      sameClass.union(contact.first, contact.second)
    }
    var components: [Component] = []
    for group in sameClass.groups(of: pieces.indices.filter { pieces[$0].shape != nil }) {
      var members: [PlanarShape] = []
      for site in group {
        if let shape = pieces[site].shape { members.append(shape) }
        pieces[site].shape = nil
      }
      let shape =
        members.count == 1
        ? members[0] : try engine.coverageUnion(engine.collection(taking: members))
      let areaClass = sites[group[0]].areaClass
      let isInside = group.allSatisfy { pieces[$0].side == .inside }
      layout.places[areaClass, default: 0] += group.reduce(0) { $0 + sites[$1].places }
      if let region {
        // Unknown land is the region less the known areas, computed afterwards.
        if areaClass.isKnown {
          let kept = isInside ? shape : try region.clip(shape)
          layout.areas[areaClass, default: []] += engine.polygons(of: kept)
        }
      } else {
        layout.areas[areaClass, default: []] += engine.polygons(of: shape)
      }
      components.append(
        Component(areaClass: areaClass, shape: shape, isInside: isInside, site: group[0]))
    }
    return components
  }

  /// The front lines: contacts between pieces of different holders, inside the region,
  /// sewn into lines per pair of holders (`GEOSLineMerge_r`).
  private func fronts(
    of tessellation: Tessellation, pieces: [Piece], contacts: [Contact]
  ) throws(TerritoryError) -> [FrontKey: [[PlanarPoint]]] {
    var segments: [FrontKey: [[PlanarPoint]]] = [:]
    for contact in contacts {
      let first = tessellation.sites[contact.first].areaClass
      let second = tessellation.sites[contact.second].areaClass
      guard first.isKnown, second.isKnown, first.label != second.label else { continue }
      let key = FrontKey(first.label, second.label)
      let line = [contact.start, contact.end]
      if pieces[contact.first].side == .inside, pieces[contact.second].side == .inside {
        segments[key, default: []].append(line)
      } else if let region {
        segments[key, default: []] += engine.lines(of: try region.clip(engine.lineString(line)))
      }
    }
    var fronts: [FrontKey: [[PlanarPoint]]] = [:]
    for (key, lines) in segments where !lines.isEmpty {
      fronts[key] = engine.lines(of: try engine.lineMerge(engine.multiLineString(lines)))
    }
    return fronts
  }
}
