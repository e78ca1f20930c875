// gazetteer-throughput: the frontline side of the gazetteer scripts in Benchmarks/.
//
//   GazetteerThroughput synthesize SOURCE… ROWS OUT   a GeoNames dump of ROWS rows made by
//                                                    replicating and perturbing SOURCE rows
//   GazetteerThroughput load DATA FILE                load + index FILE (no cache); seconds
//                                                    and peak resident memory
//   GazetteerThroughput geocode DATA NAMES [near]     geocode every `spelling<TAB>expected`
//                                                    line of NAMES against the shipped
//                                                    gazetteer; names/s and accuracy@1
//   GazetteerThroughput choices DATA OUT              every spelling of every place as
//                                                    `spelling<TAB>id` (rapidfuzz's choices)
//
// Times are CPU seconds of this thread, so the numbers hold on a busy machine.
import Foundation
import Gazetteer
import GeoJSON

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("GazetteerThroughput: \(message)\n".utf8))
  exit(1)
}

func cpuSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

func wallSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_MONOTONIC, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

/// Peak resident set size of this process, MB.
func peakMegabytes() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024
}

/// SplitMix64: a fixed, portable sequence.
struct SplitMix {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476C_E5B9_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

/// A spelling with one letter changed, dropped, doubled or swapped with its neighbour.
func perturb(_ text: String, _ random: inout SplitMix) -> String {
  var letters = Array(text)
  let positions = letters.indices.filter { letters[$0].isLetter }
  guard positions.count >= 3 else { return text }
  let at = positions[1 + random.below(positions.count - 1)]
  switch random.below(4) {
  case 0: letters[at] = Array("aeioubdklmnrstz")[random.below(15)]
  case 1: letters.remove(at: at)
  case 2: letters.insert(letters[at], at: at)
  default: if at + 1 < letters.count { letters.swapAt(at, at + 1) }
  }
  return String(letters)
}

/// Replicates the source rows with perturbed names, alternate names thinned to at most
/// three (as in a country dump, where most rows have few), points moved up to ±0.5°, fresh
/// geonameids; the first copy of each row is kept as it is.
func synthesize(sources: [String], rows: Int, output: String) {
  var lines: [[Substring]] = []
  for path in sources {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      fail("cannot read \(path)")
    }
    lines += text.split(separator: "\n").map {
      $0.split(separator: "\t", omittingEmptySubsequences: false)
    }
  }
  var random = SplitMix(state: 235_000)
  var out = ""
  out.reserveCapacity(rows * 120)
  for row in 0..<rows {
    var fields = lines[row % lines.count].map(String.init)
    if row >= lines.count {
      fields[0] = String(20_000_000 + row)
      fields[1] = perturb(fields[1], &random)
      fields[2] = perturb(fields[2], &random)
      let alternates = fields[3].split(separator: ",").map(String.init)
      let kept =
        alternates.isEmpty
        ? []
        : (0..<min(3, alternates.count)).map { _ in
          perturb(alternates[random.below(alternates.count)], &random)
        }
      fields[3] = kept.joined(separator: ",")
      let latitude = (Double(fields[4]) ?? 0) + Double(random.below(1001) - 500) / 1000
      let longitude = (Double(fields[5]) ?? 0) + Double(random.below(1001) - 500) / 1000
      fields[4] = String(format: "%.5f", max(-90, min(90, latitude)))
      fields[5] = String(format: "%.5f", max(-180, min(180, longitude)))
    }
    out += fields.joined(separator: "\t")
    out += "\n"
  }
  do { try out.write(toFile: output, atomically: true, encoding: .utf8) } catch {
    fail("cannot write \(output): \(error)")
  }
}

func shipped(_ data: String) -> Gazetteer {
  do { return try Gazetteer.loadShipped(dataDirectory: data) } catch { fail("\(error)") }
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "synthesize" where arguments.count >= 4:
  let rows = Int(arguments[arguments.count - 2]) ?? 0
  synthesize(
    sources: Array(arguments[1..<(arguments.count - 2)]), rows: rows, output: arguments.last!)
case "load" where arguments.count == 3:
  let (wall, cpu) = (wallSeconds(), cpuSeconds())
  let gazetteer: Gazetteer
  do { gazetteer = try Gazetteer.load(geonames: [arguments[2]]) } catch { fail("\(error)") }
  let seconds = cpuSeconds() - cpu
  print(
    String(
      format: "load+index %@: %d places, %d keys, %.3f s CPU (%.3f s wall), peak RSS %.0f MB",
      arguments[2], gazetteer.count, gazetteer.nameKeyCount, seconds, wallSeconds() - wall,
      peakMegabytes()))
case "geocode" where arguments.count >= 3:
  let gazetteer = shipped(arguments[1])
  guard let text = try? String(contentsOfFile: arguments[2], encoding: .utf8) else {
    fail("cannot read \(arguments[2])")
  }
  let rows = text.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
  let names = rows.map { $0[0] }
  var options = GeocodeOptions(limit: 1)
  if arguments.count > 3 {
    let parts = arguments[3].split(separator: ",").compactMap { Double($0) }
    options.near = Position(longitude: parts[1], latitude: parts[0])
  }
  _ = gazetteer.geocode(Array(names.prefix(100)), options: options)  // warm up
  let start = cpuSeconds()
  let results = gazetteer.geocode(names, options: options)
  let seconds = cpuSeconds() - start
  var hits = 0
  for (row, result) in zip(rows, results) {
    guard row.count > 1, let expected = gazetteer.place(id: row[1]) else { continue }
    if result.best?.place.id == expected.id { hits += 1 }
  }
  print(
    String(
      format: "frontline: %d names, %.0f names/s, accuracy@1 %.4f", names.count,
      Double(names.count) / seconds, Double(hits) / Double(names.count)))
case "choices" where arguments.count == 3:
  let gazetteer = shipped(arguments[1])
  var out = ""
  for place in gazetteer.places {
    for spelling in [place.name] + place.variants
    where !spelling.contains("\t") && !spelling.contains("\n") {
      out += spelling + "\t" + place.id + "\n"
    }
  }
  do { try out.write(toFile: arguments[2], atomically: true, encoding: .utf8) } catch {
    fail("cannot write \(arguments[2])")
  }
default:
  fail("usage: see the comment at the top of main.swift")
}
