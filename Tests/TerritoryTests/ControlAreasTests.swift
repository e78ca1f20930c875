import GeoJSON
import Testing

@testable import Territory

@Suite struct ControlAreasTests {
  func sample() throws -> ControlAreas {
    try TerritoryBuilder(countries: [Fixture.square()]).areas(
      from: [Fixture.point(39.9, 35, "ISIS"), Fixture.point(40.1, 35, "SDF")],
      asOf: "2017-05-30")
  }

  @Test func areaFeaturesSayTheyAreAnEstimate() throws {
    let features = try sample().areaFeatures
    #expect(features.count == 3)
    let properties = try #require(features[0].properties)
    #expect(
      properties.keys == [
        "layer", "controller", "class", "area_km2", "places", "as_of", "estimate", "method",
      ])
    #expect(properties["controller"] == "ISIS")
    #expect(properties["class"] == "controlled")
    #expect(properties["places"] == 1)
    #expect(properties["as_of"] == "2017-05-30")
    #expect(properties["estimate"] == true)
    #expect(properties["method"]?.stringValue?.contains("clipped to XA") == true)
    #expect(features[2].properties?["controller"] == "unknown")
  }

  @Test func frontFeaturesAreLineStringsThatRoundTrip() throws {
    let fronts = try sample().frontFeatures
    #expect(fronts.count == 1)
    #expect(fronts[0].properties?["between"] == ["ISIS", "SDF"])
    #expect(fronts[0].properties?["layer"] == "front")
    let collection = GeoJSONObject.featureCollection(FeatureCollection(features: fronts))
    let text = GeoJSONWriter().encode(collection)
    let read = try GeoJSONReader.read(text)
    for feature in read.features {
      guard case .lineString = feature.geometry else {
        Issue.record("front is not a LineString: \(String(describing: feature.geometry))")
        continue
      }
    }
  }

  @Test func areasStayValidWhenWrittenWithSevenDecimals() throws {
    let result = try TerritoryBuilder(countries: Fixture.atlas.countries).areas(
      from: Fixture.generated(count: 300))
    let collection = GeoJSONObject.featureCollection(
      FeatureCollection(features: result.areaFeatures))
    let read = try GeoJSONReader.read(GeoJSONWriter(precision: 7).encode(collection))
    let engine = try GeometryEngine()
    #expect(read.features.count == result.areas.count)
    for feature in read.features {
      let polygons: [Polygon]
      switch feature.geometry {
      case .polygon(let polygon): polygons = [polygon]
      case .multiPolygon(let parts): polygons = parts
      default: polygons = []
      }
      let shape = try engine.multiPolygon(polygons.map(PlanarPolygon.init(degrees:)))
      #expect(shape.isValid, "\(engine.invalidityReason(shape))")
    }
  }

  @Test func roundingKeepsThreeDecimals() {
    #expect(ControlAreas.rounded(1.23456) == 1.235)
  }
}
