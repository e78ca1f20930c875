import Testing

@testable import Territory

@Suite struct TessellationTests {
  func sites(_ count: Int, seed: UInt64 = 3) -> [Site] {
    var random = SplitMix(seed: seed)
    return (0..<count).map { index in
      Site(
        point: PlanarPoint(x: random.unit() * 50_000, y: random.unit() * 50_000),
        areaClass: .controlled(by: index % 2 == 0 ? "A" : "B"),
        reach: [1_000, 2_000, 4_000, 15_000][index % 4], places: 1)
    }
  }

  func tessellation(_ sites: [Site]) throws -> Tessellation {
    try Tessellation(
      sites: sites, covering: PlanarBox(minX: -20_000, minY: -20_000, maxX: 70_000, maxY: 70_000),
      engine: GeometryEngine())
  }

  @Test func everyCellHoldsItsSite() throws {
    let tessellation = try tessellation(sites(300))
    #expect(tessellation.sites.count == 300)
    for (site, cell) in zip(tessellation.sites, tessellation.cells) {
      #expect(cell.contains(site.point))
    }
  }

  @Test func neighboursAreMutualAndShareTheirEdgeExactly() throws {
    let tessellation = try tessellation(sites(300))
    #expect(!tessellation.sharedEdges.isEmpty)
    for edge in tessellation.sharedEdges {
      let back = tessellation.neighbours[edge.second].firstIndex(of: edge.first)
      let index = try #require(back)
      let vertices = tessellation.cells[edge.second].vertices
      let start = vertices[index]
      let end = vertices[(index + 1) % vertices.count]
      #expect(start == edge.end && end == edge.start)
    }
  }

  @Test func piecesOfNeighboursShareTheirCommonVertices() throws {
    let tessellation = try tessellation(sites(300))
    let discs = tessellation.sites.map {
      ConvexPolygon.disc(center: $0.point, radius: $0.reach, segments: 16)
    }
    let pieces = tessellation.sites.indices.map { tessellation.piece(of: $0, discs: discs) }
    var shared = 0
    for edge in tessellation.sharedEdges {
      guard let a = pieces[edge.first], let b = pieces[edge.second] else { continue }
      let onEdge = { (point: PlanarPoint) -> Bool in
        let direction = edge.end - edge.start
        let offset = point - edge.start
        return abs(direction.cross(offset)) <= 1e-6 * direction.dot(direction)
          && offset.dot(direction) >= 0 && offset.dot(direction) <= direction.dot(direction)
      }
      let first = Set(a.filter(onEdge))
      let second = Set(b.filter(onEdge))
      if first.count >= 2, second.count >= 2 {
        // What both pieces have on the edge, each has vertex for vertex.
        let lowest = { (points: Set<PlanarPoint>) in
          points.map { ($0 - edge.start).dot(edge.end - edge.start) }
        }
        let overlap = (
          max(lowest(first).min()!, lowest(second).min()!),
          min(lowest(first).max()!, lowest(second).max()!)
        )
        let inFirst = first.filter {
          let t = ($0 - edge.start).dot(edge.end - edge.start)
          return t >= overlap.0 && t <= overlap.1
        }
        let inSecond = second.filter {
          let t = ($0 - edge.start).dot(edge.end - edge.start)
          return t >= overlap.0 && t <= overlap.1
        }
        #expect(inFirst == inSecond)
        shared += 1
      }
    }
    #expect(shared > 50)
  }

  @Test func aLoneSiteGetsTheWholeBox() throws {
    let tessellation = try tessellation(Array(sites(1)))
    #expect(PlanarPolygon(rings: [tessellation.cells[0].closedRing]).area == 90_000 * 90_000)
  }

  @Test func piecesAreTheDiscWhenTheCellIsLarge() throws {
    let far = [
      Site(point: PlanarPoint(x: 0, y: 0), areaClass: .contested, reach: 1_000, places: 1),
      Site(point: PlanarPoint(x: 40_000, y: 0), areaClass: .contested, reach: 1_000, places: 1),
    ]
    let tessellation = try tessellation(far)
    let discs = tessellation.sites.map {
      ConvexPolygon.disc(center: $0.point, radius: $0.reach, segments: 16)
    }
    let piece = try #require(tessellation.piece(of: 0, discs: discs))
    #expect(piece == discs[0].closedRing)
  }
}
