import Testing

@testable import Gazetteer

struct ExtentTests {
  @Test func anExtentIsEmptyUntilAPointIsIncluded() {
    var extent = Extent()
    #expect(extent.isEmpty)
    extent.include(latitude: 36.32, longitude: 41.88)
    #expect(!extent.isEmpty)
    #expect(extent.south == 36.32 && extent.north == 36.32)
  }

  @Test func includingPointsWidensTheBox() {
    var extent = Extent()
    extent.include(latitude: 36.32, longitude: 41.88)
    extent.include(latitude: 34.45, longitude: 40.92)
    extent.include(latitude: 35.0, longitude: 43.1)
    #expect(extent.south == 34.45)
    #expect(extent.north == 36.32)
    #expect(extent.west == 40.92)
    #expect(extent.east == 43.1)
  }
}
