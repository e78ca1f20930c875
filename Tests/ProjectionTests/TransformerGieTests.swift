import Foundation
import GeoJSON
import Testing

@testable import Projection

/// Runs PROJ's own `gie` test vectors (utm, tmerc/etmerc, merc, webmerc, laea; PROJ 9.1.1)
/// through `Transformer(operation:)`, with gie's rules: coordinates in the operation's own
/// axis order, degrees for angles; distances in metres, on the operation's ellipsoid for
/// angular output; the tolerance resets to 0.5 mm and the direction to forward at each
/// `operation`.
struct TransformerGieTests {
  /// PROJ's error numbers by the names gie files use (`PROJ_ERR_*` in proj.h).
  static let errorNumbers: [String: Int] = [
    "invalid_op": 1024, "invalid_op_wrong_syntax": 1025, "invalid_op_missing_arg": 1026,
    "invalid_op_illegal_arg_value": 1027, "invalid_op_mutually_exclusive_args": 1028,
    "invalid_op_file_not_found_or_invalid": 1029, "coord_transfm": 2048,
    "coord_transfm_invalid_coord": 2049, "coord_transfm_outside_projection_domain": 2050,
    "coord_transfm_no_operation": 2051, "coord_transfm_outside_grid": 2052,
    "coord_transfm_grid_at_nodata": 2053, "other": 4096, "other_api_misuse": 4097,
    "other_no_inverse_op": 4098, "other_network_error": 4099,
  ]

  /// Every case of the subset: 171 `expect` (12 of them failures) and 47 `roundtrip`.
  @Test func everyCaseOfPROJsGieSubsetPasses() throws {
    let script = GieScript(try Fixture.text("subset_utm_merc_webmerc_laea.PROJ-9.1.1.gie"))
    var runner = GieRunner()
    for instruction in script.instructions {
      try runner.run(instruction)
    }
    for failure in runner.failures { Issue.record(Comment(rawValue: failure)) }
    #expect(runner.expectations == 171)
    #expect(runner.expectedFailures == 12)
    #expect(runner.roundtrips == 47)
    #expect(runner.operations == 27)
  }

  @Test func parserJoinsContinuationLinesAndSkipsComments() {
    let script = GieScript(
      """
      outside is ignored
      <gie>
      operation +proj=utm   # the projection
                +zone=38
      ---------------------
      this decorative block is a comment
      tolerance 1 mm
      </gie>
      accept 1 2
      """)
    #expect(script.instructions.map(\.verb) == ["operation", "tolerance"])
    #expect(script.instructions[0].arguments == "+proj=utm +zone=38")
    #expect(script.instructions[1].line == 7)
  }
}

/// The state of a gie run: the current operation, direction, tolerance and accepted input.
private struct GieRunner {
  var operation: Result<Transformer, ProjectionError>?
  var definition = ""
  var direction = Transformer.Direction.forward
  var tolerance = 0.0005  // m
  var accepted: [Double] = []
  var failures: [String] = []
  var operations = 0
  var expectations = 0
  var expectedFailures = 0
  var roundtrips = 0

  mutating func run(_ instruction: GieScript.Instruction) throws {
    let location = "gie line \(instruction.line)"
    switch instruction.verb {
    case "operation":
      operations += 1
      definition = instruction.arguments
      operation = Result { () throws(ProjectionError) in
        try Transformer(operation: instruction.arguments)
      }
      direction = .forward
      tolerance = 0.0005
    case "tolerance":
      tolerance = try #require(Self.length(instruction.arguments), "\(location): tolerance")
    case "direction":
      direction = instruction.arguments.lowercased().hasPrefix("inv") ? .inverse : .forward
    case "accept":
      accepted = Self.numbers(instruction.arguments)
      #expect((2...4).contains(accepted.count), "\(location): accept")
    case "expect":
      expectations += 1
      if instruction.arguments.hasPrefix("failure") {
        expectedFailures += 1
        expectFailure(instruction.arguments, at: location)
      } else {
        expect(Self.numbers(instruction.arguments), at: location)
      }
    case "roundtrip":
      roundtrips += 1
      roundtrip(instruction.arguments, at: location)
    default:
      Issue.record("\(location): gie verb '\(instruction.verb)' is not supported by this runner")
    }
  }

  private var input: Position {
    Position(
      longitude: accepted[0], latitude: accepted[1],
      altitude: accepted.count > 2 ? accepted[2] : nil)
  }

  private mutating func expectFailure(_ arguments: String, at location: String) {
    let words = arguments.split(separator: " ")
    let wanted =
      words.count >= 3 && words[1] == "errno"
      ? TransformerGieTests.errorNumbers[String(words[2])] : nil
    let got: Int?
    switch operation {
    case .failure(let error):
      got = error.projErrno
    case .success(let transformer):
      var positions = [input]
      guard let failure = transformer.transform(&positions, direction: direction).first else {
        failures.append("\(location): \(definition): expected failure, got \(positions[0])")
        return
      }
      got = failure.error.projErrno
    case nil:
      failures.append("\(location): expect before any operation")
      return
    }
    if let wanted, got != wanted {
      failures.append(
        "\(location): \(definition): expected errno \(wanted), got \(String(describing: got))")
    }
  }

  private mutating func expect(_ expected: [Double], at location: String) {
    guard case .success(let transformer) = operation else {
      failures.append("\(location): \(definition): \(String(describing: operation))")
      return
    }
    do {
      let output = try transformer.transform(input, direction: direction)
      let compareHeight = expected.count > 2 && accepted.count > 2
      let got = [output.longitude, output.latitude] + (compareHeight ? [output.altitude ?? 0] : [])
      let want = Array(expected.prefix(compareHeight ? 3 : 2))
      let deviation = distance(got, want, angular: transformer.outputIsAngular(direction))
      if deviation > tolerance {
        failures.append(
          "\(location): \(definition): got \(got), expected \(want): \(deviation) m > \(tolerance) m"
        )
      }
    } catch {
      failures.append("\(location): \(definition): \(error)")
    }
  }

  /// gie's `roundtrip [n] [tolerance]`: n forward-and-back trips must end within the tolerance
  /// of where they started.
  private mutating func roundtrip(_ arguments: String, at location: String) {
    guard case .success(let transformer) = operation else {
      failures.append("\(location): \(definition): \(String(describing: operation))")
      return
    }
    let parts = arguments.split(separator: " ", maxSplits: 1).map(String.init)
    let trips = parts.first.flatMap { Int($0) } ?? 100
    let limit = parts.count > 1 ? Self.length(parts[1]) ?? tolerance : tolerance
    let back: Transformer.Direction = direction == .forward ? .inverse : .forward
    var position = input
    do {
      for _ in 0..<trips {
        position = try transformer.transform(
          try transformer.transform(position, direction: direction), direction: back)
      }
    } catch {
      failures.append("\(location): \(definition): roundtrip: \(error)")
      return
    }
    let deviation = distance(
      [position.longitude, position.latitude], [accepted[0], accepted[1]],
      angular: transformer.outputIsAngular(back))
    if deviation > limit {
      failures.append("\(location): \(definition): roundtrip drifted \(deviation) m > \(limit) m")
    }
  }

  /// Metres between two coordinates: geodesic on the operation's ellipsoid for angles (as
  /// gie's `proj_lpz_dist`), Euclidean otherwise (`proj_xyz_dist`).
  private func distance(_ a: [Double], _ b: [Double], angular: Bool) -> Double {
    let height = a.count > 2 && b.count > 2 ? a[2] - b[2] : 0
    guard angular else {
      return (0..<min(a.count, b.count)).reduce(0) { $0 + pow(a[$1] - b[$1], 2) }.squareRoot()
    }
    let surface = ellipsoid.inverse(
      latitude1: a[1], longitude1: a[0], latitude2: b[1], longitude2: b[0]
    ).distance
    return (surface * surface + height * height).squareRoot()
  }

  /// The ellipsoid named in the operation (`+R`, `+a` with `+rf`, `+ellps`), else PROJ's
  /// default GRS80.
  private var ellipsoid: Geodesic {
    let parameters = Dictionary(
      definition.split(separator: " ").compactMap { word -> (String, String)? in
        let pair = word.drop(while: { $0 == "+" }).split(separator: "=", maxSplits: 1)
        return pair.count == 2 ? (String(pair[0]), String(pair[1])) : nil
      }, uniquingKeysWith: { first, _ in first })
    if let radius = parameters["R"].flatMap(Double.init) {
      return Geodesic(equatorialRadius: radius, flattening: 0)
    }
    if let a = parameters["a"].flatMap(Double.init) {
      let inverseFlattening = parameters["rf"].flatMap(Double.init)
      return Geodesic(equatorialRadius: a, flattening: inverseFlattening.map { 1 / $0 } ?? 0)
    }
    if parameters["ellps"] == "WGS84" { return .wgs84 }
    return Geodesic(equatorialRadius: 6_378_137, flattening: 1 / 298.257_222_101)
  }

  static func numbers(_ text: String) -> [Double] {
    text.split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap { Double($0) }
  }

  /// A gie length such as `0.1 mm`, `50 nm`, `3e8` (metres when no unit is given).
  static func length(_ text: String) -> Double? {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard let first = words.first, let value = Double(first) else { return nil }
    let units: [String: Double] = [
      "km": 1000, "m": 1, "dm": 0.1, "cm": 0.01, "mm": 1e-3, "um": 1e-6, "µm": 1e-6,
      "nm": 1e-9,
    ]
    guard words.count > 1 else { return value }
    return units[String(words[1])].map { value * $0 }
  }
}
