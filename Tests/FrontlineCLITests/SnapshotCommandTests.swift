import Foundation
import Testing

/// `frontline snapshot`, run as a user runs it.
struct SnapshotCommandTests {
  let ledger = LedgerCommandTests.seedLedger

  private func properties(_ feature: Any) -> [String: Any] {
    (feature as? [String: Any])?["properties"] as? [String: Any] ?? [:]
  }

  @Test func seedSnapshotAsGeoJSON() throws {
    let result = try FrontlineBinary.run(["snapshot", "--ledger", ledger, "--at", "2017-06-01"])
    #expect(result.status == 0, "\(result.stderr)")
    let collection = try json(result.stdout)
    #expect(collection["type"] as? String == "FeatureCollection")
    #expect(collection["date"] as? String == "2017-06-01")
    let features = try #require(collection["features"] as? [Any])
    let byPlace = Dictionary(
      uniqueKeysWithValues: features.map { (properties($0)["place_id"] as? String ?? "", $0) })
    #expect(byPlace.count == 7)
    let ummJrais = properties(byPlace["umm_jrais"] as Any)
    #expect(ummJrais["controller"] as? String == "pmu")
    #expect(ummJrais["since"] as? String == "2017-05-29")
    #expect(ummJrais["since_uncertain"] as? Bool == true)
    #expect(ummJrais["sources"] as? [String] == ["seeds/000_e790da4f0a973771.txt"])
    #expect(ummJrais["marker-color"] as? String == "#6a3d9a")
    #expect(ummJrais["marker-symbol"] as? String == "circle")
    #expect(
      (ummJrais["title"] as? String)?.hasPrefix("Umm Jrais: Popular Mobilization Units") == true)
    let raqqa = properties(byPlace["raqqa"] as Any)
    #expect(raqqa["status"] as? String == "besieged")
    #expect(raqqa["controller"] as? String == "isis")
    #expect(raqqa["challenger"] as? String == "sdf")
    let wadi = try #require(byPlace["unlocated:Wadi al-Midar"] as? [String: Any])
    #expect(wadi["geometry"] is NSNull)
    #expect(properties(wadi)["unlocated"] as? Bool == true)
  }

  @Test func tableAndCSV() throws {
    let table = try FrontlineBinary.run([
      "snapshot", "--ledger", ledger, "--at", "2017-06-01", "--format", "table",
    ])
    #expect(table.status == 0, "\(table.stderr)")
    let rows = table.stdout.split(separator: "\n")
    #expect(rows.count == 10)
    #expect(rows[1].hasPrefix("PLACE "))
    #expect(table.stdout.contains("near Sinjar"))
    let csv = try FrontlineBinary.run([
      "snapshot", "--ledger", ledger, "--at", "2017-06-01", "--format", "csv",
    ])
    #expect(csv.status == 0)
    #expect(csv.stdout.hasPrefix("date,place_id,name,country,kind,lat,lon,controller,"))
    #expect(csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 8)
  }

  @Test func seriesForATimeSlider() throws {
    let result = try FrontlineBinary.run([
      "snapshot", "--ledger", ledger, "--as-of-each", "day", "--from", "2017-05-28", "--at",
      "2017-06-01",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let records = result.stdout.split(separator: "\n")
    let dates = try records.map { try properties(json(String($0)))["date"] as? String ?? "" }
    // 0 places on 05-28, 5 on 05-29..05-31 (the week events count from Monday), 7 on 06-01.
    #expect(records.count == 5 * 3 + 7)
    #expect(dates.first == "2017-05-29")
    #expect(dates.filter { $0 == "2017-06-01" }.count == 7)
    let weekly = try FrontlineBinary.run(["snapshot", "--ledger", ledger, "--as-of-each", "week"])
    #expect(weekly.status == 0)
    #expect(weekly.stdout.split(separator: "\n").count == 7)
  }

  @Test func writesFilesAtomicallyAndNeverOverwritesSilently() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("s.geojson").path
    let first = try FrontlineBinary.run(["snapshot", "--ledger", ledger, "-o", output])
    #expect(first.status == 0)
    #expect(first.stdout.isEmpty)
    let second = try FrontlineBinary.run(["snapshot", "--ledger", ledger, "-o", output])
    #expect(second.status == 1)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["s.geojson"])
  }

  @Test func anInvalidLedgerWritesNothing() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("s.geojson").path
    let input = #"{"id":"a","date":"2017-05-29","place":"taru","to":"ISSI"}"# + "\n"
    let result = try FrontlineBinary.run(
      ["snapshot", "--ledger", "-", "-o", output], input: Data(input.utf8))
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("frontline: <stdin>:1:46: unknown actor 'ISSI'"))
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test func badOptionsAreUsageErrors() throws {
    for arguments in [
      ["snapshot"], ["snapshot", "--ledger", ledger, "--at", "2017-02-30"],
      ["snapshot", "--ledger", ledger, "--as-of-each", "year"],
      ["snapshot", "--ledger", ledger, "--from", "2017-01-01"],
    ] {
      #expect(try FrontlineBinary.run(arguments).status == 64, "\(arguments)")
    }
  }

  @Test func areasAndFrontsOfTheSeedLedger() throws {
    let result = try FrontlineBinary.run([
      "snapshot", "--ledger", ledger, "--at", "2017-06-01", "--areas", "--fronts",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let features = try #require(json(result.stdout)["features"] as? [[String: Any]])
    let areas = features.filter {
      let type = ($0["geometry"] as? [String: Any])?["type"] as? String
      return type == "Polygon" || type == "MultiPolygon"
    }
    let holders = Set(areas.compactMap { properties($0)["controller"] as? String })
    #expect(holders.isSuperset(of: ["pmu", "unknown"]), "\(holders)")
    #expect(areas.allSatisfy { properties($0)["estimate"] as? Bool == true })
    let pmu = try #require(areas.first { properties($0)["controller"] as? String == "pmu" })
    // Umm Jrais and Taru are villages: two discs of 2 km reach, π·2² km² each at most.
    let pmuArea = try #require(properties(pmu)["area_km2"] as? Double)
    #expect(pmuArea > 12 && pmuArea <= 2 * Double.pi * 4 + 0.01, "\(pmuArea) km²")
    #expect(features.allSatisfy { properties($0)["date"] as? String == "2017-06-01" })
  }

  @Test func areasAreNotWrittenAsCSV() throws {
    let result = try FrontlineBinary.run([
      "snapshot", "--ledger", ledger, "--areas", "--format", "csv",
    ])
    #expect(result.status == 64)
    #expect(result.stderr.contains("areas and front lines are written as"))
  }

  @Test func areaDiffBalancesGainsAndLosses() throws {
    let result = try FrontlineBinary.run([
      "diff", "--ledger", ledger, "--from", "2017-05-01", "--to", "2017-06-01", "--areas",
      "--summary", "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let actors = try #require(json(result.stdout)["area_summary"] as? [[String: Any]])
    let gained = actors.compactMap { $0["km2_gained"] as? Double }.reduce(0, +)
    let lost = actors.compactMap { $0["km2_lost"] as? Double }.reduce(0, +)
    let rounding = 0.01 * Double(actors.count)  // km², the summary's rounding per row
    #expect(gained > 0)
    #expect(abs(gained - lost) <= rounding, "\(gained) vs \(lost)")
  }
}
