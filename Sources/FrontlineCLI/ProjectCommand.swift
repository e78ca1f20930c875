import ArgumentParser
import GeoJSON
import Projection

/// `frontline project`: reprojects GeoJSON or GeoJSONSeq between CRSs with PROJ.
struct ProjectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "project",
    abstract: "Reproject GeoJSON or GeoJSONSeq between coordinate reference systems with PROJ.",
    discussion: """
      Examples:
        frontline project fronts.geojson --to EPSG:3857 -o fronts-3857.geojson
        frontline project fronts-3857.geojson --to EPSG:4326
        frontline project events.geojsonl --to "+proj=laea +lat_0=35 +lon_0=40"

      CRS is anything PROJ understands: EPSG:32638, OGC:CRS84, urn:ogc:def:crs:EPSG::3857, \
      a PROJ string or WKT. Coordinates are always read and written longitude/latitude \
      (east/north), whatever the CRS's official axis order.

      The source CRS is --from, else the input's legacy `crs` member, else WGS 84. Output \
      in WGS 84 (EPSG:4326, OGC:CRS84) is RFC 7946 GeoJSON without a `crs` member. Output \
      in any other CRS is not RFC 7946: it carries a `crs` member naming the CRS as GDAL \
      writes it ({"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}}), and a \
      note on standard error says so.

      Input is GeoJSONSeq when it starts with the record separator (RFC 8142) or when its \
      first line is a whole JSON object followed by more; the output is the same kind. \
      --precision applies to every CRS (7 decimals: 0.1 µm in metres), --pretty to GeoJSON \
      only. Feature bounding boxes are recomputed; a FeatureCollection's is dropped. If a \
      position cannot be transformed, the error names the feature and position and nothing \
      is written.
      """)

  @Argument(
    help: ArgumentHelp("GeoJSON or GeoJSONSeq to read; - for standard input.", valueName: "FILE|-"))
  var input: String = "-"

  @Option(help: ArgumentHelp("The CRS to write.", valueName: "CRS"))
  var to: String

  @Option(
    help: ArgumentHelp(
      "The CRS of the input (default: its crs member, else WGS 84).", valueName: "CRS"))
  var from: String?

  @OptionGroup var output: OutputOptions

  func run() throws {
    let target = try CRS(to)
    let explicitSource = try from.map { try CRS($0) }
    let name = InputFile.displayName(input)
    let bytes = try InputFile.read(input)
    let writer = GeoJSONWriter(precision: output.precision, pretty: output.pretty)
    var projection = Projection(
      file: name, explicitSource: explicitSource, target: target, writer: writer)
    let isSequence = Self.isSequence(bytes)
    try output.write { destination in
      var sink = Sink(destination: destination, streams: output.output.map { $0 != "-" } ?? false)
      if isSequence {
        try projection.projectSequence(bytes, to: &sink)
      } else {
        try projection.projectDocument(bytes, to: &sink)
      }
      try sink.finish()
    }
    if !target.isWGS84LonLat {
      let label =
        target.name == "unknown" || target.name == target.description ? "" : " (\(target.name))"
      StandardError.print(
        "frontline: note: the output is in \(target)\(label), not RFC 7946 GeoJSON, which is "
          + "always WGS 84 longitude/latitude; "
          + (projection.wroteCRSMember
            ? "a legacy crs member names its CRS, as GDAL writes it"
            : "a bare geometry cannot name its CRS"))
    }
  }

  /// Whether `bytes` is GeoJSONSeq: it starts with the record separator 0x1E (RFC 8142), or
  /// its first line is one whole JSON object and more text follows on later lines.
  static func isSequence(_ bytes: [UInt8]) -> Bool {
    var index = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
    guard index < bytes.count else { return false }
    if bytes[index] == 0x1E { return true }
    guard bytes[index] == UInt8(ascii: "{"), let end = endOfFirstObject(bytes, from: index)
    else { return false }
    var rest = end
    while rest < bytes.count, bytes[rest] == 0x20 || bytes[rest] == 0x09 || bytes[rest] == 0x0D {
      rest += 1
    }
    guard rest < bytes.count, bytes[rest] == 0x0A else { return false }
    return bytes[(rest + 1)...].contains { !(0x09...0x0D).contains($0) && $0 != 0x20 }
  }

  /// The index after the object that starts at `start`, when it closes on the same line.
  private static func endOfFirstObject(_ bytes: [UInt8], from start: Int) -> Int? {
    var depth = 0
    var inString = false
    var escaped = false
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""): inString = true
      case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        if depth == 0 { return index }
      case 0x0A: return nil
      default: break
      }
    }
    return nil
  }
}

extension ProjectCommand {
  /// Collects output and hands it to the destination: in 1 MiB pieces for a file, which is
  /// only renamed into place at the end anyway, and all at once at the end for standard
  /// output, so a failure halfway writes nothing anywhere.
  struct Sink {
    let destination: OutputTarget
    let streams: Bool
    var bytes: [UInt8] = []
    /// Whether bytes have been handed to the destination already.
    private(set) var flushed = false

    init(destination: OutputTarget, streams: Bool) {
      self.destination = destination
      self.streams = streams
      bytes.reserveCapacity(1 << 20)
    }

    mutating func flushIfLarge() throws {
      guard streams, bytes.count >= 1 << 20 else { return }
      try destination.write(bytes)
      bytes.removeAll(keepingCapacity: true)
      flushed = true
    }

    /// Drops the output so far, to start over; false when some has been handed on already.
    mutating func restart() -> Bool {
      guard !flushed else { return false }
      bytes.removeAll(keepingCapacity: true)
      return true
    }

    mutating func finish() throws {
      try destination.write(bytes)
      bytes.removeAll()
    }
  }

  /// The state of one run: CRSs, the transformer (made once the source CRS is known) and how
  /// to write.
  struct Projection {
    let file: String
    let explicitSource: CRS?
    let target: CRS
    let writer: GeoJSONWriter
    private var transformer: Transformer?
    /// The `crs` member the source CRS was taken from, if any.
    private var sourceCRSName: String?
    /// Whether a `crs` member naming the target was written.
    private(set) var wroteCRSMember = false

    init(file: String, explicitSource: CRS?, target: CRS, writer: GeoJSONWriter) {
      self.file = file
      self.explicitSource = explicitSource
      self.target = target
      self.writer = writer
    }

    /// WGS 84 ranges are checked only when the input is WGS 84.
    private func readOptions(crsName: String?) -> GeoJSONReader.Options {
      let isWGS84 =
        explicitSource?.isWGS84LonLat ?? crsName.map { GeoJSONReader.isWGS84(crsName: $0) }
        ?? true
      return GeoJSONReader.Options(checkWGS84Range: isWGS84)
    }

    /// The `crs` member for the output, or `nil` for RFC 7946 output.
    private var crsMember: JSONValue? {
      guard !target.isWGS84LonLat else { return nil }
      let name = JSONValue.string(target.ogcURN ?? target.definition)
      return .object(
        JSONObject([("type", "name"), ("properties", .object(JSONObject([("name", name)])))]))
    }

    /// Makes the transformer on first use, from `--from`, else the `crs` member, else WGS 84.
    private mutating func transformer(crsName: String?) throws -> Transformer {
      if let transformer { return transformer }
      let source: CRS
      if let explicitSource {
        source = explicitSource
      } else if let crsName {
        do {
          source = try CRS(crsName)
        } catch {
          throw error.located(file: file).prefixed("the input's crs member: ")
        }
        sourceCRSName = crsName
      } else {
        source = .wgs84LonLat
      }
      let made = try Transformer(from: source, to: target)
      transformer = made
      return made
    }

    /// A GeoJSON text: a FeatureCollection is streamed a feature at a time; a Feature or a
    /// geometry is read whole, and so is a collection whose `crs` member comes after its
    /// features (found out at its first projected position, or at its end), as long as no
    /// output has been handed on yet.
    mutating func projectDocument(_ bytes: [UInt8], to sink: inout Sink) throws {
      guard var reader = try collectionReader(bytes) else {
        try projectSingle(bytes, to: &sink)
        return
      }
      do {
        try stream(&reader, to: &sink)
      } catch let error as GeoJSONError {
        guard error.code == .outOfRange, explicitSource == nil, sink.restart() else { throw error }
        try readWholeInstead(bytes, to: &sink)
      } catch let late as LateCRS {
        guard sink.restart() else { throw late.error }
        try readWholeInstead(bytes, to: &sink)
      }
    }

    private mutating func readWholeInstead(_ bytes: [UInt8], to sink: inout Sink) throws {
      transformer = nil
      sourceCRSName = nil
      try projectSingle(bytes, to: &sink)
    }

    private mutating func stream(
      _ reader: inout FeatureCollectionReader, to sink: inout Sink
    ) throws {
      let transformer = try transformer(crsName: reader.crsName)
      var members = reader.members.foreignMembers
      members["crs"] = crsMember
      wroteCRSMember = crsMember != nil
      var framing = CollectionFraming(writer: writer)
      framing.writeHeader(members: members, to: &sink.bytes)
      while var feature = try reader.next() {
        try project(&feature, with: transformer, feature: reader.featureCount - 1, line: nil)
        feature.foreignMembers["crs"] = nil
        framing.write(feature, to: &sink.bytes)
        try sink.flushIfLarge()
      }
      try checkLateCRS(reader.crsName)
      var trailing = JSONObject()
      for member in reader.members.foreignMembers where members[member.key] == nil {
        if member.key != "crs" { trailing[member.key] = member.value }
      }
      framing.writeTrailer(members: trailing, to: &sink.bytes)
      sink.bytes.append(0x0A)
    }

    /// A streaming reader when the text is a FeatureCollection, `nil` when it is another
    /// GeoJSON object.
    private func collectionReader(_ bytes: [UInt8]) throws -> FeatureCollectionReader? {
      do {
        return try FeatureCollectionReader(
          bytes: bytes, file: file, options: readOptions(crsName: nil))
      } catch {
        // Another object, or a Feature with a crs member after its coordinates: read whole.
        if error.code == .wrongType || error.code == .outOfRange { return nil }
        throw error
      }
    }

    /// A `crs` member after the features is only seen once they are transformed.
    struct LateCRS: Error {
      var error: ProjectionError
    }

    private func checkLateCRS(_ crsName: String?) throws {
      guard explicitSource == nil, let crsName, crsName != sourceCRSName,
        !GeoJSONReader.isWGS84(crsName: crsName)
      else { return }
      throw LateCRS(
        error: ProjectionError(
          .invalidDefinition,
          "the crs member (\(crsName)) comes after the features, too late for a file this "
            + "large; pass --from '\(crsName)'", context: crsName
        ).located(file: file))
    }

    private mutating func projectSingle(_ bytes: [UInt8], to sink: inout Sink) throws {
      let object = try GeoJSONReader.read(bytes, file: file, options: readOptions(crsName: nil))
      let transformer = try transformer(crsName: GeoJSONReader.crsName(of: object))
      switch object {
      case .featureCollection(let collection):
        var framing = CollectionFraming(writer: writer)
        var members = collection.foreignMembers
        members["crs"] = crsMember
        wroteCRSMember = crsMember != nil
        framing.writeHeader(members: members, to: &sink.bytes)
        for (index, feature) in collection.features.enumerated() {
          var feature = feature
          try project(&feature, with: transformer, feature: index, line: nil)
          framing.write(feature, to: &sink.bytes)
        }
        framing.writeTrailer(members: JSONObject(), to: &sink.bytes)
      case .feature(var feature):
        try project(&feature, with: transformer, feature: 0, line: nil)
        feature.foreignMembers["crs"] = crsMember
        wroteCRSMember = crsMember != nil
        writer.write(feature, to: &sink.bytes)
      case .geometry(var geometry):
        try project(&geometry, with: transformer, feature: 0, line: nil)
        writer.write(geometry, to: &sink.bytes)
      }
      sink.bytes.append(0x0A)
    }

    /// GeoJSONSeq: one record at a time. The source CRS is `--from`, else the first record's
    /// `crs` member, else WGS 84.
    mutating func projectSequence(_ bytes: [UInt8], to sink: inout Sink) throws {
      let crsName = Self.firstRecord(of: bytes).flatMap { record in
        (try? GeoJSONReader.read(Array(record))).flatMap { GeoJSONReader.crsName(of: $0) }
      }
      let transformer = try transformer(crsName: crsName)
      let separated = bytes.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A }) == 0x1E
      let sequenceWriter = GeoJSONSeqWriter(precision: writer.precision, recordSeparator: separated)
      let reader = GeoJSONSeqReader(
        bytes: bytes, file: file, options: readOptions(crsName: crsName))
      var index = 0
      while var feature = try reader.next() {
        try project(&feature, with: transformer, feature: index, line: reader.recordLine)
        feature.foreignMembers["crs"] = crsMember
        wroteCRSMember = crsMember != nil
        sequenceWriter.write(feature, to: &sink.bytes)
        index += 1
        try sink.flushIfLarge()
      }
    }

    /// The bytes of the first record of a GeoJSONSeq text.
    static func firstRecord(of bytes: [UInt8]) -> ArraySlice<UInt8>? {
      guard let first = bytes.firstIndex(where: { !(0x09...0x0D).contains($0) && $0 != 0x20 })
      else { return nil }
      if bytes[first] == 0x1E {
        let end = bytes[(first + 1)...].firstIndex(of: 0x1E) ?? bytes.count
        return bytes[(first + 1)..<end]
      }
      let end = bytes[first...].firstIndex(of: 0x0A) ?? bytes.count
      return bytes[first..<end]
    }

    private func project(
      _ feature: inout Feature, with transformer: Transformer, feature index: Int, line: Int?
    ) throws {
      guard var geometry = feature.geometry else { return }
      feature.geometry = nil
      try project(&geometry, with: transformer, feature: index, line: line)
      if let bbox = feature.bbox {
        feature.bbox = Self.boundingBox(of: geometry, withAltitude: bbox.count == 6)
      }
      feature.geometry = geometry
    }

    private func project(
      _ geometry: inout Geometry, with transformer: Transformer, feature index: Int, line: Int?
    ) throws {
      guard let failure = transformer.transform(&geometry).first else { return }
      throw failure.error.located(file: file, line: line).prefixed(
        "feature \(index), position \(failure.index) (counting from 0): ")
    }

    /// West, south(, low), east, north(, high) of the geometry's positions (RFC 7946 §5).
    static func boundingBox(of geometry: Geometry, withAltitude: Bool) -> [Double]? {
      var low = [Double.infinity, .infinity, .infinity]
      var high = [-Double.infinity, -.infinity, -.infinity]
      geometry.forEachPosition { position in
        low[0] = min(low[0], position.longitude)
        low[1] = min(low[1], position.latitude)
        high[0] = max(high[0], position.longitude)
        high[1] = max(high[1], position.latitude)
        if let altitude = position.altitude {
          low[2] = min(low[2], altitude)
          high[2] = max(high[2], altitude)
        }
      }
      guard low[0].isFinite else { return nil }
      guard withAltitude, low[2].isFinite else { return [low[0], low[1], high[0], high[1]] }
      return low + high
    }
  }

  /// Writes a FeatureCollection around streamed features with its foreign members first,
  /// where GDAL writes `name` and `crs` and where a streaming reader needs the `crs`.
  struct CollectionFraming {
    let writer: GeoJSONWriter
    private var count = 0

    init(writer: GeoJSONWriter) { self.writer = writer }

    /// `{"type":"FeatureCollection",` the members, `"features":[`.
    mutating func writeHeader(members: JSONObject, to bytes: inout [UInt8]) {
      bytes.append(contentsOf: "{".utf8)
      writeMember("type", "FeatureCollection", to: &bytes)
      for member in members where !["type", "features", "bbox"].contains(member.key) {
        bytes.append(UInt8(ascii: ","))
        writeMember(member.key, member.value, to: &bytes)
      }
      bytes.append(UInt8(ascii: ","))
      writeKey("features", to: &bytes)
      bytes.append(UInt8(ascii: "["))
    }

    /// One feature, after a comma unless it is the first.
    mutating func write(_ feature: Feature, to bytes: inout [UInt8]) {
      if count > 0 { bytes.append(UInt8(ascii: ",")) }
      count += 1
      newline(indent: 2, to: &bytes)
      indented(writer.encode(feature), by: 2, to: &bytes)
    }

    /// `]`, the members found after the features, `}`.
    func writeTrailer(members: JSONObject, to bytes: inout [UInt8]) {
      if count > 0 { newline(indent: 1, to: &bytes) }
      bytes.append(UInt8(ascii: "]"))
      for member in members {
        bytes.append(UInt8(ascii: ","))
        writeMember(member.key, member.value, to: &bytes)
      }
      newline(indent: 0, to: &bytes)
      bytes.append(UInt8(ascii: "}"))
    }

    private func writeMember(_ key: String, _ value: JSONValue, to bytes: inout [UInt8]) {
      writeKey(key, to: &bytes)
      indented(writer.encode(value), by: 1, to: &bytes)
    }

    private func writeKey(_ key: String, to bytes: inout [UInt8]) {
      newline(indent: 1, to: &bytes)
      writer.write(JSONValue.string(key), to: &bytes)
      bytes.append(contentsOf: (writer.pretty ? ": " : ":").utf8)
    }

    private func newline(indent: Int, to bytes: inout [UInt8]) {
      guard writer.pretty else { return }
      bytes.append(0x0A)
      bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }

    /// `text` with its lines after the first indented by `levels`, when pretty.
    private func indented(_ text: [UInt8], by levels: Int, to bytes: inout [UInt8]) {
      guard writer.pretty else {
        bytes.append(contentsOf: text)
        return
      }
      for byte in text {
        bytes.append(byte)
        if byte == 0x0A {
          bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * levels))
        }
      }
    }
  }
}

extension ProjectionError {
  /// The same error with `prefix` before its message.
  fileprivate func prefixed(_ prefix: String) -> ProjectionError {
    var copy = self
    copy.message = prefix + message
    return copy
  }
}
