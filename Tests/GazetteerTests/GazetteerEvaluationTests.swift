import Foundation
import GeoJSON
import Projection
import Testing

@testable import Gazetteer

/// Accuracy@1 and distance error on `Fixtures/evaluation.tsv`: spellings from
/// English-language reporting on Iraq and Syria, mapped to the places meant.
///
/// Protocol: each spelling is geocoded as an analyst of that reporting would, with a soft
/// bias towards the theatre (`--near 35.5,41.5`, between Sinjar and Deir ez-Zor; the score's
/// proximity term, no filter); a row's own `near` place replaces it. The same spellings
/// without any bias and with `--country IQ,SY` are reported for comparison.
struct GazetteerEvaluationTests {
  struct Case {
    var spelling: String
    var expected: String
    var near: String?
  }

  struct Score {
    var accuracy: Double
    var meanErrorKilometres: Double
    var misses: [String]
  }

  static let theatre = Position(longitude: 41.5, latitude: 35.5)

  static func cases() throws -> [Case] {
    let text = try String(contentsOfFile: Fixture.path("evaluation.tsv"), encoding: .utf8)
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst().map { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return Case(
        spelling: fields[0], expected: fields[1],
        near: fields.count > 2 && !fields[2].isEmpty ? fields[2] : nil)
    }
  }

  static func score(_ gazetteer: Gazetteer, _ cases: [Case], options: GeocodeOptions) -> Score {
    var hits = 0
    var errors: [Double] = []
    var misses: [String] = []
    for test in cases {
      guard let expected = gazetteer.place(id: test.expected) else {
        misses.append("\(test.spelling): expected id \(test.expected) is not in the gazetteer")
        continue
      }
      var caseOptions = options
      if let near = test.near { caseOptions.near = gazetteer.place(id: near)?.position }
      guard let best = gazetteer.geocode(test.spelling, options: caseOptions).best else {
        misses.append("\(test.spelling): unresolved")
        continue
      }
      errors.append(Geodesic.wgs84.distance(best.place.position, expected.position) / 1000)
      if best.place.id == expected.id {
        hits += 1
      } else {
        misses.append("\(test.spelling): \(best.place.id) (\(best.place.name)), not \(expected.id)")
      }
    }
    return Score(
      accuracy: Double(hits) / Double(cases.count),
      meanErrorKilometres: errors.reduce(0, +) / Double(max(errors.count, 1)), misses: misses)
  }

  @Test func fileHasEnoughCasesWithKnownPlaces() throws {
    let cases = try Self.cases()
    #expect(cases.count >= 80)
    for test in cases {
      #expect(Fixture.shipped.place(id: test.expected) != nil, "\(test.expected)")
    }
  }

  @Test func accuracyAtOneIsAtLeast95Percent() throws {
    let cases = try Self.cases()
    let biased = Self.score(Fixture.shipped, cases, options: GeocodeOptions(near: Self.theatre))
    let plain = Self.score(Fixture.shipped, cases, options: GeocodeOptions())
    let filtered = Self.score(
      Fixture.shipped, cases, options: GeocodeOptions(countries: ["IQ", "SY"]))
    for (label, score) in [
      ("theatre bias", biased), ("no bias", plain), ("IQ,SY filter", filtered),
    ] {
      print(
        "evaluation (\(label)): accuracy@1 \(score.accuracy), mean distance error "
          + "\(score.meanErrorKilometres) km over \(cases.count) spellings")
    }
    print("misses (theatre bias):\n  " + biased.misses.joined(separator: "\n  "))
    #expect(biased.accuracy >= 0.95, "\(biased.misses)")
    #expect(filtered.accuracy >= 0.95, "\(filtered.misses)")
    #expect(plain.accuracy >= 0.90, "\(plain.misses)")
  }
}
