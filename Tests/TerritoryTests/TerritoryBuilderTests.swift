import Borders
import Foundation
import GeoJSON
import Projection
import Testing

@testable import Territory

@Suite struct TerritoryBuilderTests {
  @Test func smokeGenerated() throws {
    let points = Fixture.generated(count: 500)
    let builder = TerritoryBuilder(countries: Fixture.atlas.countries)
    let start = Date()
    let result = try builder.areas(from: points, asOf: "2017-05-30")
    print("elapsed", Date().timeIntervalSince(start))
    for area in result.areas {
      print(area.areaClass, area.polygons.count, area.area / 1e6, area.places)
    }
    print("fronts", result.fronts.count, result.fronts.reduce(0) { $0 + $1.length } / 1000)
    let total = result.areas.reduce(0) { $0 + $1.area }
    print("total", total / 1e6, "clipped", (result.clippedArea ?? 0) / 1e6, result.repairs)
  }
}
