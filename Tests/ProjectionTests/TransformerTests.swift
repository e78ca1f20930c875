import Foundation
import GeoJSON
import Testing

@testable import Projection

struct TransformerTests {
  let oneMillimetre = 0.001  // m
  let angleTolerance = 1e-9  // degrees
  let a = 6_378_137.0  // m, WGS 84 semi-major axis, the radius of Web Mercator

  /// Web Mercator on its sphere: x = aλ, y = a·ln tan(π/4 + φ/2).
  private func webMercator(longitude: Double, latitude: Double) -> (x: Double, y: Double) {
    let lambda = longitude * .pi / 180
    let phi = latitude * .pi / 180
    return (a * lambda, a * log(tan(.pi / 4 + phi / 2)))
  }

  @Test func wgs84ToWebMercatorMatchesTheFormula() throws {
    let transformer = try Transformer(from: "EPSG:4326", to: "EPSG:3857")
    let mosul = Position(longitude: 43.13, latitude: 36.34)
    let projected = try transformer.transform(mosul)
    let expected = webMercator(longitude: 43.13, latitude: 36.34)
    #expect(abs(projected.longitude - expected.x) <= oneMillimetre)
    #expect(abs(projected.latitude - expected.y) <= oneMillimetre)
    #expect(projected.altitude == nil)
  }

  @Test func epsg4326IsTakenAsLongitudeLatitude() throws {
    // EPSG:4326's official axis order is latitude first; frontline always uses lon/lat.
    let transformer = try Transformer(from: "EPSG:4326", to: "EPSG:32638")
    let onCentralMeridian = try transformer.transform(Position(longitude: 45, latitude: 0))
    #expect(abs(onCentralMeridian.longitude - 500_000) <= oneMillimetre)
    #expect(abs(onCentralMeridian.latitude) <= oneMillimetre)
  }

  @Test func utmZone38MatchesGeographicLib() throws {
    // `echo "36.34 43.13" | GeoConvert -u -p 6` (GeographicLib) prints
    // "38n 332178.810739 4023283.684073".
    let transformer = try Transformer(from: "EPSG:4326", to: "EPSG:32638")
    let projected = try transformer.transform(Position(longitude: 43.13, latitude: 36.34))
    #expect(abs(projected.longitude - 332_178.810_739) <= oneMillimetre)
    #expect(abs(projected.latitude - 4_023_283.684_073) <= oneMillimetre)
  }

  @Test func inverseDirectionComesBack() throws {
    let transformer = try Transformer(from: "EPSG:4326", to: "EPSG:3857")
    let start = Position(longitude: 38.99, latitude: 35.95, altitude: 250)
    let projected = try transformer.transform(start)
    let back = try transformer.transform(projected, direction: .inverse)
    #expect(abs(back.longitude - start.longitude) <= angleTolerance)
    #expect(abs(back.latitude - start.latitude) <= angleTolerance)
    #expect(back.altitude == 250)
    #expect(transformer.hasInverse)
  }

  @Test func batchEqualsOneByOne() throws {
    let transformer = try Transformer(from: "EPSG:4326", to: "EPSG:32638")
    var generator = SystemRandomNumberGenerator()
    let positions = (0..<5000).map { _ in
      Position(
        longitude: Double.random(in: 38...48, using: &generator),
        latitude: Double.random(in: 29...38, using: &generator))
    }
    var batch = positions
    #expect(transformer.transform(&batch).isEmpty)
    for (index, position) in positions.enumerated() {
      #expect(try transformer.transform(position) == batch[index])
    }
  }

  @Test func batchReportsEachFailureWithIndexAndReasonAndKeepsTheRest() throws {
    let transformer = try Transformer(from: "EPSG:4326", to: "EPSG:3857")
    let bad = Position(longitude: 10, latitude: 95)
    var positions = [
      Position(longitude: 43, latitude: 36), bad, Position(longitude: 44, latitude: 37),
      Position(longitude: .nan, latitude: 1),
    ]
    let failures = transformer.transform(&positions)
    #expect(failures.map(\.index) == [1, 3])
    #expect(positions[1] == bad)
    #expect(failures[0].position == bad)
    #expect(failures[0].error.code == .invalidCoordinate)
    #expect(failures[0].error.projErrno == 2049)
    #expect(failures[0].error.reason?.contains("latitude") == true)
    #expect(failures[0].error.message.contains("(10.0, 95.0)"))
    #expect(failures[1].error.code == .invalidCoordinate)
    #expect(failures[1].error.message.contains("not a finite number"))
    let expected = webMercator(longitude: 44, latitude: 37)
    #expect(abs(positions[2].longitude - expected.x) <= oneMillimetre)
  }

  @Test func singleTransformThrowsPROJsReason() throws {
    let transformer = try Transformer(from: "EPSG:4326", to: "EPSG:3857")
    #expect {
      try transformer.transform(Position(longitude: 0, latitude: -91))
    } throws: { error in
      guard let error = error as? ProjectionError else { return false }
      return error.code == .invalidCoordinate && error.description.contains("PROJ:")
    }
  }

  @Test func altitudesAreTransformedOnlyWhereGiven() throws {
    let transformer = try Transformer(from: "EPSG:4326", to: "EPSG:3857")
    var positions = [
      Position(longitude: 43, latitude: 36, altitude: 220),
      Position(longitude: 44, latitude: 36),
    ]
    #expect(transformer.transform(&positions).isEmpty)
    #expect(positions[0].altitude == 220)
    #expect(positions[1].altitude == nil)
  }

  @Test func geometryIsTransformedInDocumentOrderWithFailureIndices() throws {
    let transformer = try Transformer(from: "EPSG:4326", to: "EPSG:3857")
    let exterior = try LinearRing([
      Position(longitude: 40, latitude: 35), Position(longitude: 41, latitude: 35),
      Position(longitude: 41, latitude: 36), Position(longitude: 40, latitude: 35),
    ])
    let line = try LineString([
      Position(longitude: 42, latitude: 36), Position(longitude: 42, latitude: 91),
    ])
    var geometry = Geometry.geometryCollection([.polygon(Polygon([exterior])), .lineString(line)])
    let failures = transformer.transform(&geometry)
    #expect(failures.map(\.index) == [5])
    guard case .geometryCollection(let members) = geometry,
      case .polygon(let polygon) = members[0], case .lineString(let projectedLine) = members[1]
    else {
      Issue.record("structure changed: \(geometry)")
      return
    }
    let corner = webMercator(longitude: 41, latitude: 36)
    #expect(abs(polygon.rings[0].positions[2].longitude - corner.x) <= oneMillimetre)
    #expect(abs(polygon.rings[0].positions[2].latitude - corner.y) <= oneMillimetre)
    #expect(polygon.rings[0].positions.first == polygon.rings[0].positions.last)
    #expect(projectedLine.positions[1] == Position(longitude: 42, latitude: 91))
  }

  @Test func emptyInputsAreNoOps() throws {
    let transformer = try Transformer(from: "EPSG:4326", to: "EPSG:3857")
    var none: [Position] = []
    #expect(transformer.transform(&none).isEmpty)
    var empty = Geometry.geometryCollection([])
    #expect(transformer.transform(&empty).isEmpty)
  }

  @Test func unknownTargetSaysCrsNotFoundNamingIt() {
    #expect {
      try Transformer(from: "EPSG:4326", to: "EPSG:99999")
    } throws: { error in
      guard let error = error as? ProjectionError else { return false }
      return error.code == .crsNotFound
        && error.description.hasPrefix("crs not found: EPSG:99999 (PROJ: ")
    }
  }

  @Test func operationRunsInDegrees() throws {
    let operation = try Transformer(operation: "+proj=webmerc +ellps=WGS84")
    let projected = try operation.transform(Position(longitude: 43.13, latitude: 36.34))
    let expected = webMercator(longitude: 43.13, latitude: 36.34)
    #expect(abs(projected.longitude - expected.x) <= oneMillimetre)
    #expect(!operation.outputIsAngular(.forward))
    #expect(operation.outputIsAngular(.inverse))
    let back = try operation.transform(projected, direction: .inverse)
    #expect(abs(back.longitude - 43.13) <= angleTolerance)
    #expect(abs(back.latitude - 36.34) <= angleTolerance)
    #expect(operation.source == nil && operation.target == nil)
  }

  @Test func crsTransformerReportsAngularOutput() throws {
    let transformer = try Transformer(from: "EPSG:3857", to: "OGC:CRS84")
    #expect(transformer.outputIsAngular(.forward))
    #expect(!transformer.outputIsAngular(.inverse))
    #expect(transformer.description == "EPSG:3857 → OGC:CRS84")
  }

  @Test func invalidOperationCarriesPROJsErrorNumber() {
    #expect {
      try Transformer(operation: "+proj=utm +zone=11ooops +ellps=WGS84")
    } throws: { error in
      guard let error = error as? ProjectionError else { return false }
      return error.code == .invalidDefinition && error.projErrno == 1027
        && error.reason?.contains("zone") == true
    }
  }

  @Test func aCRSIsNotAnOperation() {
    #expect {
      try Transformer(operation: "EPSG:4326")
    } throws: { error in
      (error as? ProjectionError)?.code == .notAnOperation
    }
  }

  @Test func operationWithoutInverseReportsIt() throws {
    // PROJ implements no inverse for the Urmaev V projection.
    let operation = try Transformer(operation: "+proj=urm5 +n=0.9 +alpha=2 +q=4")
    #expect(!operation.hasInverse)
    var positions = [Position(longitude: 1000, latitude: 1000)]
    let failures = operation.transform(&positions, direction: .inverse)
    #expect(failures.first?.error.code == .noInverse)
  }

  @Test func eachTaskUsesItsOwnTransformer() async throws {
    let positions = (0..<1000).map { Position(longitude: 40 + Double($0) / 1000, latitude: 35) }
    let results = try await withThrowingTaskGroup(of: [Position].self) { group in
      for _ in 0..<4 {
        group.addTask {
          let transformer = try Transformer(from: "EPSG:4326", to: "EPSG:3857")
          var copy = positions
          _ = transformer.transform(&copy)
          return copy
        }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results.count == 4)
    #expect(Set(results).count == 1)
  }
}
