import Foundation
import Testing

/// `frontline reverse`, run as a user runs it.
struct ReverseCommandTests {
  @Test func nearestPlacesAndCountry() throws {
    let result = try FrontlineBinary.run(["reverse", "36.32", "41.87", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try json(result.stdout)
    #expect((object["country"] as? [String: Any])?["iso2"] as? String == "IQ")
    let nearest = try #require(object["nearest"] as? [[String: Any]])
    #expect(nearest.count == 5)
    #expect(nearest.first?["id"] as? String == "sinjar")
    let kilometres = try #require(nearest.first?["distance_km"] as? Double)
    #expect(abs(kilometres - 0.597) < 0.001)  // km, geodesic from the point to Sinjar
    let distances = nearest.compactMap { $0["distance_km"] as? Double }
    #expect(distances == distances.sorted())
  }

  @Test func commaFormAndLimit() throws {
    let result = try FrontlineBinary.run([
      "reverse", "36.32,41.87", "--limit", "3", "--format", "csv",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = result.stdout.split(separator: "\n")
    #expect(rows.count == 4)
    #expect(rows[1].hasPrefix("1,sinjar,Sinjar,town,IQ,"))
    #expect(rows[1].hasSuffix(",IQ"))
  }

  @Test func pointOutsideTheCountryPolygonsHasNoCountry() throws {
    let result = try FrontlineBinary.run(["reverse", "--format", "json", "--", "-33.92", "18.42"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try json(result.stdout)
    #expect(object["country"] is NSNull)
    #expect((object["nearest"] as? [[String: Any]])?.isEmpty == false)
  }

  @Test func geojsonHasTheQueryPointFirst() throws {
    let result = try FrontlineBinary.run(["reverse", "34.45", "40.92", "--format", "geojson"])
    let object = try json(result.stdout)
    let features = try #require(object["features"] as? [[String: Any]])
    #expect(features.count == 6)
    #expect((features[0]["properties"] as? [String: Any])?["role"] as? String == "query")
    #expect((features[0]["properties"] as? [String: Any])?["country"] as? String == "SY")
  }

  @Test func badPointIsAUsageError() throws {
    #expect(try FrontlineBinary.run(["reverse", "95", "41"]).status == 64)
    #expect(try FrontlineBinary.run(["reverse", "north"]).status == 64)
  }
}
