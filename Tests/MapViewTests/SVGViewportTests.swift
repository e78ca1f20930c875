import GeoJSON
import Testing

@testable import MapView

@Suite struct SVGViewportTests {
  @Test func northLeansAwayFromTheCentre() throws {
    // Far east of the projection's centre, meridians converge towards the pole: north on
    // the canvas leans west (anticlockwise).
    let frame = SVGRect(x: 0, y: 0, width: 800, height: 600)
    let viewport = try SVGViewport(
      extent: BoundingBox(west: 0, south: 50, east: 60, north: 70), frame: frame, padding: 0,
      minimumSpan: 1)
    let east = try #require(viewport.point(.init(longitude: 55, latitude: 60)))
    let north = try #require(viewport.point(.init(longitude: 55, latitude: 61)))
    #expect(north.x < east.x)
  }
  @Test func fitsTheDataInsideThePaddedFrame() throws {
    let frame = SVGRect(x: 0, y: 46, width: 790, height: 654)
    let extent = BoundingBox(west: 39, south: 35.9, east: 43.2, north: 37.1)
    let viewport = try SVGViewport(extent: extent, frame: frame, padding: 40, minimumSpan: 1)
    let inner = SVGRect(x: 39, y: 85, width: 712, height: 576)  // the frame less 40 px, 1 px slack
    for position in [
      Position(longitude: 39, latitude: 35.9), Position(longitude: 43.2, latitude: 37.1),
    ] {
      let point = try #require(viewport.point(position))
      #expect(inner.contains(SVGRect(x: point.x, y: point.y, width: 0, height: 0)))
    }
    let centre = try #require(viewport.point(extent.centre))
    let back = try #require(viewport.position(at: centre))
    let oneMicrodegree = 1e-6  // degrees
    #expect(abs(back.longitude - extent.centre.longitude) < oneMicrodegree)
    #expect(viewport.definition.hasPrefix("+proj=laea +lat_0=36.5 +lon_0=41.1 "))
  }

  @Test func visibleExtentCoversTheData() throws {
    let extent = BoundingBox(west: 39, south: 35.9, east: 43.2, north: 37.1)
    let viewport = try SVGViewport(
      extent: extent, frame: SVGRect(x: 0, y: 0, width: 800, height: 600), padding: 40,
      minimumSpan: 1)
    let visible = try #require(viewport.visibleExtent(inset: 0))
    #expect(
      visible.west < 39 && visible.east > 43.2 && visible.south < 35.9 && visible.north > 37.1)
  }
}
