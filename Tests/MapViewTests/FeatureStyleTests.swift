import GeoJSON
import Testing

@testable import MapView

@Suite struct FeatureStyleTests {
  private let point = Geometry.point(Position(longitude: 41, latitude: 36))
  private func square() throws -> Geometry {
    .polygon(
      Polygon([
        try LinearRing([
          Position(longitude: 40, latitude: 35), Position(longitude: 41, latitude: 35),
          Position(longitude: 41, latitude: 36), Position(longitude: 40, latitude: 35),
        ])
      ]))
  }

  private func table() throws -> ActorTable { ActorTable(try MapViewFixtures.actors()) }

  @Test func simplestyleWinsOverTheActor() throws {
    let feature = Feature(
      geometry: point, properties: ["controller": "pmu", "marker-color": "#F0A"])
    #expect(FeatureStyle(feature, actors: try table()).markerColour == "#ff00aa")
  }

  @Test func colouredByControllerThenTo() throws {
    let controlled = Feature(geometry: point, properties: ["controller": "PMU", "to": "isis"])
    #expect(!FeatureStyle(controlled, actors: try table()).hasNoColour)
    #expect(FeatureStyle(controlled, actors: try table()).markerColour == "#6a3d9a")
    let event = Feature(geometry: point, properties: ["from": "isis", "to": "sdf"])
    #expect(FeatureStyle(event, actors: try table()).markerColour == "#ffff00")
  }

  @Test func actorsAreFoundByNameAndAlias() throws {
    let byName = Feature(geometry: point, properties: ["controller": "islamic state"])
    let byAlias = Feature(geometry: point, properties: ["controller": "Daesh"])
    #expect(FeatureStyle(byName, actors: try table()).markerColour == "#000000")
    #expect(FeatureStyle(byAlias, actors: try table()).actors.map(\.id) == ["isis"])
  }

  @Test func aChallengedSnapshotPlaceIsOutlinedInTheChallengersColour() throws {
    let mosul = Feature(
      geometry: point,
      properties: ["controller": "isis", "challenger": "isf", "status": "contested"])
    let style = FeatureStyle(mosul, actors: try table())
    #expect(style.markerColour == "#000000")
    #expect(style.markerStroke == "#fb9a99")
    #expect(style.markerDash == FeatureStyle.challengedDash)
    #expect(style.isChallenged)
  }

  @Test func aSiegeEventKeepsTheHolderAndNamesTheBesieger() throws {
    let raqqa = Feature(
      geometry: point, properties: ["from": "isis", "to": "sdf", "status": "besieged"])
    let style = FeatureStyle(raqqa, actors: try table())
    #expect(style.markerColour == "#000000")
    #expect(style.markerStroke == "#ffff00")
    let advance = Feature(
      geometry: point, properties: ["from": nil, "to": "pmu", "status": "advance"])
    #expect(FeatureStyle(advance, actors: try table()).markerColour == "#6a3d9a")
    let captured = Feature(
      geometry: point, properties: ["from": "isis", "to": "pmu", "status": "controlled"])
    let capturedStyle = FeatureStyle(captured, actors: try table())
    #expect(capturedStyle.markerStroke == FeatureStyle.markerOutline)
    #expect(capturedStyle.markerDash == nil)
  }

  @Test func unknownActorsGetAStableColourOfTheirOwn() throws {
    let feature = Feature(geometry: point, properties: ["controller": "hts"])
    let first = FeatureStyle(feature, actors: try table())
    let second = FeatureStyle(feature, actors: ActorTable([]))
    #expect(first.markerColour == second.markerColour)
    #expect(first.markerColour != FeatureStyle.defaultPointColour)
    #expect(first.actors.map(\.name) == ["hts"])
  }

  @Test func plainGeoJSONGetsDefaults() throws {
    let style = FeatureStyle(Feature(geometry: point, properties: nil), actors: try table())
    #expect(style.markerColour == FeatureStyle.defaultPointColour)
    #expect(style.hasNoColour)
    #expect(style.actors.isEmpty)
    #expect(style.label == nil)
    #expect(style.change == nil)
  }

  @Test func invalidColoursNeverReachTheOutput() throws {
    let feature = Feature(
      geometry: point, properties: ["marker-color": "red\" onload=\"alert(1)", "controller": "sdf"])
    #expect(FeatureStyle(feature, actors: try table()).markerColour == "#ffff00")
  }

  @Test func areasUseFillAndOpacity() throws {
    let feature = Feature(
      geometry: try square(),
      properties: ["controller": "isis", "fill-opacity": 0.6, "stroke-width": "4"])
    let style = FeatureStyle(feature, actors: try table())
    #expect(style.fill == "#000000")
    #expect(style.stroke == "#000000")
    #expect(style.fillOpacity == 0.6)
    #expect(style.strokeWidth == 4)
  }

  @Test func frontLinesAreDashedAndNameBothSides() throws {
    let line = Geometry.lineString(
      try LineString([Position(longitude: 41, latitude: 35), Position(longitude: 41, latitude: 36)])
    )
    let array = FeatureStyle(
      Feature(geometry: line, properties: ["between": ["isis", "pmu"]]), actors: try table())
    #expect(array.isFrontLine)
    #expect(array.dash == FeatureStyle.frontLineDash)
    #expect(array.stroke == FeatureStyle.frontLineColour)
    #expect(array.actors.map(\.id) == ["isis", "pmu"])
    let text = FeatureStyle(
      Feature(geometry: line, properties: ["between": "sdf vs isis"]), actors: try table())
    #expect(text.actors.map(\.id) == ["sdf", "isis"])
  }

  @Test func labelsAreShortNamesAndPopupsGetTheTitle() throws {
    let titled = Feature(
      geometry: point,
      properties: ["name": "Tal Afar", "title": "Tal Afar: Islamic State, since 2014-06-16"])
    let style = FeatureStyle(titled, actors: try table())
    #expect(style.label == "Tal Afar")
    #expect(style.heading == "Tal Afar: Islamic State, since 2014-06-16")
    let onlyTitled = Feature(geometry: point, properties: ["title": "Front near Tal Afar"])
    #expect(FeatureStyle(onlyTitled, actors: try table()).label == "Front near Tal Afar")
    let named = Feature(geometry: point, properties: ["name": "Tal Afar"])
    #expect(FeatureStyle(named, actors: try table()).heading == "Tal Afar")
  }

  @Test func markerSizesFollowSimplestyle() throws {
    let large = Feature(geometry: point, properties: ["marker-size": "large"])
    let small = Feature(geometry: point, properties: ["marker-size": "small"])
    #expect(
      FeatureStyle(large, actors: try table()).markerRadius
        > FeatureStyle(small, actors: try table()).markerRadius)
  }

  @Test func unknownActorMarkersAreNotInTheLegend() throws {
    let feature = Feature(geometry: point, properties: ["from": "unknown", "to": "pmu"])
    #expect(FeatureStyle(feature, actors: try table()).actors.map(\.id) == ["pmu"])
  }
}
