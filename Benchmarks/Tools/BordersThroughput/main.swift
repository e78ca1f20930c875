// borders-throughput: the frontline side of Benchmarks/borders-vs-postgis.sh.
//
//   BordersThroughput points COUNT SEED            CSV id,lat,lon: uniform in lon 35–49°,
//                                                  lat 29–38° (SplitMix64, fixed seed)
//   BordersThroughput measure DATA BORDER FILE     CSV id,distance_m for every point of FILE,
//                                                  and the throughput on standard error
//   BordersThroughput sides DATA BORDER FILE       the same with the side and border zone
//                                                  (BorderMeasurer), CSV id,distance_m,side
//   BordersThroughput brute DATA BORDER FILE IDS…  id,distance_m by the 1 m brute force
//
// `measure` times only the distance computation, in CPU time of this thread, so the number
// is points per second on one core whatever else the machine runs.
import Borders
import Foundation
import GeoJSON
import Projection

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("BordersThroughput: \(message)\n".utf8))
  exit(1)
}

func cpuSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

func readPoints(_ path: String) -> [(Int, Position)] {
  guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
    fail("cannot read \(path)")
  }
  var points: [(Int, Position)] = []
  for (number, line) in text.split(separator: "\n").enumerated() where number > 0 {
    let fields = line.split(separator: ",")
    guard fields.count == 3, let id = Int(fields[0]), let latitude = Double(fields[1]),
      let longitude = Double(fields[2])
    else { fail("\(path):\(number + 1): expected id,lat,lon") }
    points.append((id, Position(longitude: longitude, latitude: latitude)))
  }
  return points
}

func parts(data: String, border: String) -> [[Position]] {
  do {
    let library = try BorderLibrary(dataDirectory: data)
    return try library.catalog.lines(for: library.catalog.selector(parsing: border))
      .flatMap(\.parts)
  } catch {
    fail("\(error)")
  }
}

func generate(count: Int, seed: UInt64) {
  var state = seed
  func next() -> Double {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476C_E5B9_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
  }
  var output = "id,lat,lon\n"
  for id in 0..<count {
    let longitude = 35 + 14 * next()
    let latitude = 29 + 9 * next()
    output += "\(id),\(String(format: "%.7f", latitude)),\(String(format: "%.7f", longitude))\n"
  }
  FileHandle.standardOutput.write(Data(output.utf8))
}

func measure(data: String, border: String, file: String) {
  let points = readPoints(file)
  let engine: BorderDistance
  do { engine = try BorderDistance(polylines: parts(data: data, border: border)) } catch {
    fail("\(error)")
  }
  var distances = [Double](repeating: 0, count: points.count)
  let start = cpuSeconds()
  for (index, point) in points.enumerated() { distances[index] = engine.distance(to: point.1) }
  let seconds = cpuSeconds() - start
  var output = "id,distance_m\n"
  output.reserveCapacity(points.count * 24)
  for (index, point) in points.enumerated() {
    output += "\(point.0),\(String(format: "%.4f", distances[index]))\n"
  }
  FileHandle.standardOutput.write(Data(output.utf8))
  FileHandle.standardError.write(
    Data(
      String(
        format: "frontline: %d points in %.3f s of CPU: %.0f points/s on one core\n",
        points.count, seconds, Double(points.count) / seconds
      ).utf8))
}

/// Everything `frontline distance --border` computes per point: distance, nearest point, side
/// and zone (`BorderMeasurer.measure`), timed like `measure`.
func measureSides(data: String, border: String, file: String) {
  let points = readPoints(file)
  let measurer: BorderMeasurer
  do { measurer = try BorderLibrary(dataDirectory: data).measurer(for: border) } catch {
    fail("\(error)")
  }
  var results: [BorderMeasurement?] = Array(repeating: nil, count: points.count)
  let start = cpuSeconds()
  for (index, point) in points.enumerated() { results[index] = measurer.measure(point.1) }
  let seconds = cpuSeconds() - start
  var output = "id,distance_m,side\n"
  output.reserveCapacity(points.count * 32)
  for (index, point) in points.enumerated() {
    guard let result = results[index] else { fail("no border lines for \(border)") }
    output += "\(point.0),\(String(format: "%.4f", result.distance)),\(result.side)\n"
  }
  FileHandle.standardOutput.write(Data(output.utf8))
  FileHandle.standardError.write(
    Data(
      String(
        format:
          "frontline (side and zone): %d points in %.3f s of CPU: %.0f points/s on one core\n",
        points.count, seconds, Double(points.count) / seconds
      ).utf8))
}

/// The brute-force reference of the issue: each segment densified to 1 m along its geodesic,
/// the minimum geodesic distance over all samples, then golden-section refinement around the
/// best sample.
func brute(data: String, border: String, file: String, ids: Set<Int>) {
  let geodesic = Geodesic.wgs84
  let lines = parts(data: data, border: border)
  var output = "id,distance_m\n"
  for (id, point) in readPoints(file) where ids.contains(id) {
    var best = Double.infinity
    for part in lines {
      for (a, b) in zip(part, part.dropFirst()) {
        let line = GeodesicLine(
          geodesic, latitude1: a.latitude, longitude1: a.longitude, latitude2: b.latitude,
          longitude2: b.longitude)
        func distance(_ s: Double) -> Double {
          let q = line.position(distance: min(line.distance, max(0, s)))
          return geodesic.inverse(
            latitude1: point.latitude, longitude1: point.longitude, latitude2: q.latitude,
            longitude2: q.longitude
          ).distance
        }
        let count = Int(line.distance.rounded(.up))
        var bestIndex = 0
        var segmentBest = Double.infinity
        for k in 0...count {
          let value = distance(Double(k))
          if value < segmentBest {
            segmentBest = value
            bestIndex = k
          }
        }
        var low = Double(bestIndex - 1)
        var high = Double(bestIndex + 1)
        let ratio = (5.0.squareRoot() - 1) / 2
        while high - low > 1e-4 {
          let x1 = high - ratio * (high - low)
          let x2 = low + ratio * (high - low)
          if distance(x1) < distance(x2) { high = x2 } else { low = x1 }
        }
        best = min(best, segmentBest, distance((low + high) / 2))
      }
    }
    output += "\(id),\(String(format: "%.4f", best))\n"
  }
  FileHandle.standardOutput.write(Data(output.utf8))
}

let arguments = CommandLine.arguments
switch arguments.count > 1 ? arguments[1] : "" {
case "points" where arguments.count == 4:
  guard let count = Int(arguments[2]), let seed = UInt64(arguments[3]) else {
    fail("points COUNT SEED")
  }
  generate(count: count, seed: seed)
case "measure" where arguments.count == 5:
  measure(data: arguments[2], border: arguments[3], file: arguments[4])
case "sides" where arguments.count == 5:
  measureSides(data: arguments[2], border: arguments[3], file: arguments[4])
case "brute" where arguments.count >= 6:
  brute(
    data: arguments[2], border: arguments[3], file: arguments[4],
    ids: Set(arguments[5...].compactMap { Int($0) }))
default:
  fail(
    "usage: points COUNT SEED | measure DATA BORDER FILE | sides DATA BORDER FILE"
      + " | brute DATA BORDER FILE IDS…")
}
