// territory-pipeline: the frontline side of Benchmarks/territory-vs-shapely.sh.
//
//   TerritoryPipeline points DATA COUNT SEED      CSV id,lon,lat,controller,status,kind: COUNT
//                                                 places inside Iraq and Syria (SplitMix64)
//   TerritoryPipeline areas DATA FILE OUT [RUNS]  control areas and front lines of FILE's
//                                                 places, timed over RUNS runs (default 5);
//                                                 the areas of the last run go to OUT
//
// `areas` times TerritoryBuilder.areas(from:asOf:) whole: projection, Voronoi, reach, clip,
// dissolve, unknown land, fronts, back to WGS 84 with validity checks and geodesic areas.
// Loading the countries and the points is not timed.
import Borders
import Control
import Foundation
import GeoJSON
import SyntheticTerritory
import Territory

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("TerritoryPipeline: \(message)\n".utf8))
  exit(1)
}

func atlas(_ data: String) -> CountryAtlas {
  do {
    return try CountryAtlas(path: data + "/countries/ne10m-countries.geojson")
  } catch {
    fail("\(error)")
  }
}

/// COUNT places of `SyntheticPlaces.controlPoints`, the benchmark suite's case, as CSV.
func points(_ data: String, count: Int, seed: UInt64) {
  var lines = ["id,lon,lat,controller,status,kind"]
  for point in SyntheticPlaces.controlPoints(count, atlas: atlas(data), seed: seed) {
    lines.append(
      "\(point.placeID),\(point.position.longitude),\(point.position.latitude),"
        + "\(point.controller ?? ""),\(point.status.rawValue),\(point.kind)")
  }
  print(lines.joined(separator: "\n"))
}

func readPoints(_ path: String) -> [ControlPoint] {
  guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
    fail("cannot read \(path)")
  }
  var points: [ControlPoint] = []
  for (number, line) in text.split(separator: "\n").enumerated() where number > 0 {
    let fields = line.split(separator: ",").map(String.init)
    guard fields.count == 6, let longitude = Double(fields[1]), let latitude = Double(fields[2]),
      let status = ControlStatus(rawValue: fields[4])
    else { fail("\(path):\(number + 1): expected id,lon,lat,controller,status,kind") }
    points.append(
      ControlPoint(
        placeID: fields[0], name: fields[0],
        position: Position(longitude: longitude, latitude: latitude), controller: fields[3],
        status: status, kind: fields[5]))
  }
  return points
}

func areas(_ data: String, file: String, output: String, runs: Int) {
  let builder = TerritoryBuilder(countries: atlas(data).countries)
  let points = readPoints(file)
  let clock = ContinuousClock()
  var times: [Double] = []
  var result: ControlAreas?
  do {
    for _ in 0..<runs {
      let elapsed = try clock.measure {
        result = try builder.areas(from: points, asOf: "2017-05-30")
      }
      times.append(
        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
  } catch {
    fail("\(error)")
  }
  guard let result else { fail("no runs") }
  times.sort()
  let collection = FeatureCollection(features: result.areaFeatures + result.frontFeatures)
  let bytes = GeoJSONWriter(precision: nil).encode(.featureCollection(collection))
  FileManager.default.createFile(atPath: output, contents: Data(bytes))
  print(
    String(
      format: "frontline: %d points, areas + fronts: best %.3f s, median %.3f s over %d runs",
      points.count, times[0], times[times.count / 2], runs))
  print(
    "frontline: \(result.areas.count) classes, \(result.fronts.count) front lines, "
      + "\(result.repairs) repairs, countries \(result.countries.joined(separator: "+"))")
}

let arguments = CommandLine.arguments
switch arguments.dropFirst().first {
case "points" where arguments.count == 5:
  guard let count = Int(arguments[3]), let seed = UInt64(arguments[4]) else {
    fail("points DATA COUNT SEED")
  }
  points(arguments[2], count: count, seed: seed)
case "areas" where arguments.count >= 5:
  areas(
    arguments[2], file: arguments[3], output: arguments[4],
    runs: arguments.count > 5 ? Int(arguments[5]) ?? 5 : 5)
default:
  fail("usage: TerritoryPipeline points DATA COUNT SEED | areas DATA FILE OUT [RUNS]")
}
