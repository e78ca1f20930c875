import Testing

@testable import MapView

@Suite struct SVGFurnitureTests {
  @Test func scaleLengthsAreRound() {
    #expect(SVGFurniture.roundLength(below: 73_000) == 50_000)
    #expect(SVGFurniture.roundLength(below: 199_999) == 100_000)
    #expect(SVGFurniture.roundLength(below: 200_000) == 200_000)
    #expect(SVGFurniture.roundLength(below: 4_321) == 2_000)
    #expect(SVGFurniture.roundLength(below: 0.3) == 1)
  }

  @Test func lengthsReadAsAPersonWritesThem() {
    #expect(SVGFurniture.lengthText(50_000) == "50 km")
    #expect(SVGFurniture.lengthText(500) == "500 m")
    #expect(SVGFurniture.lengthText(2_000) == "2 km")
  }

  @Test func scaleBarIsMeasuredOnTheEllipsoid() throws {
    let frame = SVGRect(x: 0, y: 46, width: 790, height: 654)
    let extent = BoundingBox(west: 39, south: 35.9, east: 43.2, north: 37.1)
    let viewport = try SVGViewport(extent: extent, frame: frame, padding: 40, minimumSpan: 30_000)
    let furniture = SVGFurniture(frame: frame, viewport: viewport)
    // The data spans about 370 km across 710 px: a 22 % bar is about 80 km, so 50 km.
    #expect(furniture.scaleLength == 50_000)
    let metresPerPixel = 50_000 / furniture.scalePixels
    let expected = 370_000.0 / 710  // m per px, from the span of the data
    #expect(abs(metresPerPixel - expected) / expected < 0.05)
    let halfADegree = 0.5  // degrees
    #expect(abs(furniture.northAngle) < halfADegree)
  }

}
