import Borders
import Control
import Foundation
import GeoJSON

/// How `frontline distance --border` writes its results: rows for places and points
/// (table, CSV, NDJSON, GeoJSON with a line to the nearest border point), and annotated
/// features for GeoJSON input.
struct BorderReport {
  var format: DistanceCommand.BorderOutput
  /// What was measured against (`IQ-SY`, or the border file), for the table's title.
  let border: String
  /// Decimals of coordinates in GeoJSON output.
  let precision: Int
  let pretty: Bool

  /// One measured place or point.
  struct Row {
    var name: String
    var position: Position
    var measurement: BorderMeasurement
  }

  /// The whole output for measured places and points.
  func render(_ rows: [Row]) -> [UInt8] {
    switch format {
    case .table: return Array(table(rows).utf8)
    case .csv:
      return Array(
        ([Self.csvHeader] + rows.map { csvLine(name: $0.name, $0.position, $0.measurement) })
          .joined().utf8)
    case .json:
      return rows.flatMap { jsonLine(name: $0.name, $0.position, $0.measurement) }
    case .geojson:
      let features = rows.flatMap(pointFeatures)
      return GeoJSONWriter(precision: precision, pretty: pretty).encode(
        GeoJSONObject.featureCollection(FeatureCollection(features: features))) + [0x0A]
    case .geojsonseq:
      let writer = GeoJSONSeqWriter(precision: precision)
      return rows.flatMap(pointFeatures).flatMap { writer.encode($0) }
    }
  }

  // MARK: Text

  static let csvHeader =
    "name,lat,lon,border_km,nearest_lat,nearest_lon,side,zone_km,zone_basis,border_line\n"

  private func table(_ rows: [Row]) -> String {
    var lines = [["name", "lat,lon", "border_km", "nearest_border_point", "side", "zone_km"]]
    for row in rows {
      let m = row.measurement
      lines.append([
        row.name, Self.latLon(row.position, decimals: 5), Self.fixed(m.distance / 1000, 3),
        Self.latLon(m.nearest, decimals: 5), m.side.description, Self.fixed(m.zoneWidth / 1000, 3),
      ])
    }
    return "distance to \(border)\n"
      + TextTable(header: lines[0], rows: Array(lines.dropFirst()), underlinesHeader: false)
      .render()
  }

  private func csvLine(name: String, _ position: Position, _ m: BorderMeasurement) -> String {
    var bytes: [UInt8] = []
    appendCSVLine(name: name, position, m, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// One CSV row, formatted straight into bytes (a million rows should not wait on
  /// `String(format:)`).
  func appendCSVLine(
    name: String, _ position: Position, _ m: BorderMeasurement, to bytes: inout [UInt8]
  ) {
    var fields = CSVFields()
    appendCSVLine(name: name, position, m, fields: &fields, to: &bytes)
  }

  func appendCSVLine(
    name: String, _ position: Position, _ m: BorderMeasurement, fields: inout CSVFields,
    to bytes: inout [UInt8]
  ) {
    let comma = UInt8(ascii: ",")
    bytes.append(contentsOf: Self.csvField(name).utf8)
    for (value, decimals) in [
      (position.latitude, 6), (position.longitude, 6), (m.distance / 1000, 3),
      (m.nearest.latitude, 6), (m.nearest.longitude, 6),
    ] {
      bytes.append(comma)
      Self.appendFixed(value, decimals, to: &bytes)
    }
    bytes.append(comma)
    // Sides are codes or fixed words; bases and line labels repeat, so their field text is
    // kept from the previous row.
    bytes.append(contentsOf: m.side.description.utf8)
    bytes.append(comma)
    Self.appendFixed(m.zoneWidth / 1000, 3, to: &bytes)
    bytes.append(comma)
    bytes.append(contentsOf: fields.text(for: m.zoneBasis).utf8)
    bytes.append(comma)
    bytes.append(contentsOf: fields.text(for: m.line).utf8)
    bytes.append(UInt8(ascii: "\n"))
  }

  private func jsonLine(name: String, _ position: Position, _ m: BorderMeasurement) -> [UInt8] {
    var object = JSONObject()
    object["name"] = .string(name)
    object["lat"] = .number(position.latitude)
    object["lon"] = .number(position.longitude)
    for (key, value) in properties(m) { object[key] = value }
    return GeoJSONWriter(precision: precision).encode(JSONValue.object(object)) + [0x0A]
  }

  /// CSV text of the zone basis and line label of the last row, reused while they repeat.
  struct CSVFields {
    private var basis: BorderZone.Basis?
    private var basisText = ""
    private var line: String?
    private var lineText = ""

    mutating func text(for basis: BorderZone.Basis) -> String {
      if basis != self.basis {
        self.basis = basis
        basisText = BorderReport.csvField(basis.description)
      }
      return basisText
    }

    mutating func text(for line: String) -> String {
      if line != self.line {
        self.line = line
        lineText = BorderReport.csvField(line)
      }
      return lineText
    }
  }

  static func csvField(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
    else { return text }
    var quoted = "\""
    for character in text { quoted += character == "\"" ? "\"\"" : String(character) }
    return quoted + "\""
  }

  static func fixed(_ value: Double, _ decimals: Int) -> String {
    var bytes: [UInt8] = []
    appendFixed(value, decimals, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `value` with exactly `decimals` decimals (0–9), rounded half away from zero, in
  /// integer arithmetic; values too large for that fall back to `String(format:)`.
  static func appendFixed(_ value: Double, _ decimals: Int, to bytes: inout [UInt8]) {
    let scale = powersOfTen[decimals]
    let scaled = (abs(value) * scale).rounded()
    guard value.isFinite, scaled < 1e17 else {
      bytes.append(contentsOf: String(format: "%.\(decimals)f", value).utf8)
      return
    }
    var integer = UInt64(scaled)
    if value < 0, integer > 0 { bytes.append(UInt8(ascii: "-")) }
    var digits: [UInt8] = []
    for position in 0..<max(decimals + 1, 20) {
      digits.append(UInt8(ascii: "0") + UInt8(integer % 10))
      integer /= 10
      if integer == 0, position >= decimals { break }
    }
    for (index, digit) in digits.reversed().enumerated() {
      if index == digits.count - decimals { bytes.append(UInt8(ascii: ".")) }
      bytes.append(digit)
    }
  }

  private static let powersOfTen: [Double] = (0...9).map { pow(10, Double($0)) }

  private static func latLon(_ position: Position, decimals: Int) -> String {
    fixed(position.latitude, decimals) + "," + fixed(position.longitude, decimals)
  }

  // MARK: GeoJSON

  /// The properties frontline adds: `border_distance_km` (3 decimals), `border_nearest`
  /// ([lon, lat]), `border_side`, `border_zone_km`, `border_zone_basis`, `border_line`.
  func properties(_ m: BorderMeasurement) -> [(String, JSONValue)] {
    [
      ("border_distance_km", .number(PlainText.rounded(m.distance / 1000, 3))),
      (
        "border_nearest",
        .array([
          .number(PlainText.rounded(m.nearest.longitude, precision)),
          .number(PlainText.rounded(m.nearest.latitude, precision)),
        ])
      ),
      ("border_side", .string(m.side.description)),
      ("border_zone_km", .number(PlainText.rounded(m.zoneWidth / 1000, 3))),
      ("border_zone_basis", .string(m.zoneBasis.description)),
      ("border_line", .string(m.line)),
    ]
  }

  /// A measured point as a Point feature with the border properties, and a LineString from
  /// it to its nearest border point.
  private func pointFeatures(_ row: Row) -> [Feature] {
    var pointProperties = JSONObject()
    pointProperties["name"] = .string(row.name)
    for (key, value) in properties(row.measurement) { pointProperties[key] = value }
    var lineProperties = JSONObject()
    lineProperties["name"] = .string(row.name)
    lineProperties["role"] = "to nearest border point"
    lineProperties["border_distance_km"] = pointProperties["border_distance_km"]
    let segment = try? LineString([row.position, row.measurement.nearest])
    return [
      Feature(geometry: .point(row.position), properties: pointProperties),
      Feature(geometry: segment.map(Geometry.lineString), properties: lineProperties),
    ]
  }

  /// Streams annotated features: GeoJSON, GeoJSONSeq, CSV or NDJSON.
  struct Sink {
    let report: BorderReport
    let target: OutputTarget
    private var buffer: [UInt8] = []
    private var collection: FeatureCollectionWriter
    private let sequence: GeoJSONSeqWriter
    private var count = 0
    private var fields = CSVFields()

    init(report: BorderReport, target: OutputTarget) {
      self.report = report
      self.target = target
      let writer = GeoJSONWriter(precision: report.precision, pretty: report.pretty)
      collection = FeatureCollectionWriter(writer: writer)
      sequence = GeoJSONSeqWriter(precision: report.precision)
      buffer.reserveCapacity(1 << 17)
    }

    mutating func begin() throws {
      switch report.format {
      case .geojson: collection.writeHeader(to: &buffer)
      case .csv: buffer.append(contentsOf: BorderReport.csvHeader.utf8)
      case .table, .json, .geojsonseq: break
      }
    }

    /// Measures a feature at its position nearest the border and writes it.
    mutating func write(_ feature: Feature, measurer: BorderMeasurer) throws {
      count += 1
      var best: (Position, BorderMeasurement)?
      feature.geometry?.forEachPosition { position in
        guard let m = measurer.measure(position) else { return }
        if best.map({ m.distance < $0.1.distance }) ?? true { best = (position, m) }
      }
      switch report.format {
      case .geojson, .geojsonseq:
        var annotated = feature
        var properties = feature.properties ?? JSONObject()
        if let (position, m) = best {
          for (key, value) in report.properties(m) { properties[key] = value }
          if case .point = feature.geometry {
          } else {
            properties["border_from"] = .array([
              .number(position.longitude), .number(position.latitude),
            ])
          }
        } else {
          for key in ["border_distance_km", "border_nearest", "border_side"] {
            properties[key] = JSONValue.null
          }
        }
        annotated.properties = properties
        if report.format == .geojson {
          collection.write(annotated, to: &buffer)
        } else {
          sequence.write(annotated, to: &buffer)
        }
      case .csv, .json, .table:
        guard let (position, m) = best else { break }
        let name = Self.name(of: feature, number: count)
        if report.format == .csv {
          report.appendCSVLine(name: name, position, m, fields: &fields, to: &buffer)
        } else {
          buffer.append(contentsOf: report.jsonLine(name: name, position, m))
        }
      }
      if buffer.count >= 1 << 16 { try flush() }
    }

    mutating func end(foreignMembers: JSONObject) throws {
      if report.format == .geojson {
        collection.writeTrailer(foreignMembers: foreignMembers, to: &buffer)
        buffer.append(0x0A)
      }
      try flush()
    }

    private mutating func flush() throws {
      try target.write(buffer)
      buffer.removeAll(keepingCapacity: true)
    }

    private static func name(of feature: Feature, number: Int) -> String {
      if let name = feature.properties?["name"]?.stringValue { return name }
      switch feature.id {
      case .string(let id): return id
      case .number(let id):
        return id == id.rounded() && abs(id) < 1e15 ? String(Int64(id)) : "\(id)"
      case nil: return "feature \(number)"
      }
    }
  }
}
