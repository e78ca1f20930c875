import GeoJSON

/// One input of a map: its features, in WGS 84 longitude/latitude, and the name it came
/// under (usually its file name).
public struct MapLayer: Hashable, Sendable {
  /// Shown in the page's layer list and the title.
  public var name: String
  /// The features, every position valid WGS 84.
  public var features: [Feature]

  /// - Parameters:
  ///   - name: the layer's name.
  ///   - features: features whose positions are WGS 84 longitude/latitude degrees.
  /// - Throws: `.notWGS84` naming the first feature with a coordinate outside [-180, 180] ×
  ///   [-90, 90], the sign of a projected file.
  public init(name: String, features: [Feature]) throws(MapViewError) {
    for (index, feature) in features.enumerated() {
      try Self.checkWGS84(feature, index: index, layer: name)
    }
    self.name = name
    self.features = features
  }

  /// Reads GeoJSON (RFC 7946: a FeatureCollection, Feature or bare geometry) or GeoJSONSeq
  /// (RFC 8142, with or without record separators; also newline-delimited GeoJSON).
  /// - Parameters:
  ///   - bytes: the file's content, UTF-8.
  ///   - file: the file's name, for the layer name and for messages.
  /// - Throws: `.invalidInput` with line and column of the first error, `.notWGS84` for a
  ///   file in another CRS (a `crs` member other than WGS 84, or projected coordinates).
  public static func read(_ bytes: [UInt8], file: String) throws(MapViewError) -> MapLayer {
    let features =
      looksLikeSequence(bytes, file: file)
      ? try readSequence(bytes, file: file) : try readDocument(bytes, file: file)
    return try MapLayer(name: file, features: features)
  }

  private static func readDocument(_ bytes: [UInt8], file: String) throws(MapViewError)
    -> [Feature]
  {
    let object: GeoJSONObject
    do {
      object = try GeoJSONReader.read(bytes, file: file)
    } catch let error where error.code == .trailingGarbage {
      // Several JSON texts one after another: newline-delimited GeoJSON without an extension
      // that says so.
      return try readSequence(bytes, file: file)
    } catch {
      throw MapViewError(error, file: file)
    }
    try checkCRS(GeoJSONReader.crsName(of: object), file: file)
    return object.features
  }

  private static func readSequence(_ bytes: [UInt8], file: String) throws(MapViewError)
    -> [Feature]
  {
    let reader = GeoJSONSeqReader(bytes: bytes, file: file)
    var features: [Feature] = []
    do {
      while let feature = try reader.next() { features.append(feature) }
    } catch {
      throw MapViewError(error, file: file)
    }
    return features
  }

  private static let sequenceExtensions = [
    ".geojsons", ".geojsonl", ".geojsonseq", ".ndjson", ".jsonl",
  ]

  /// Whether `bytes` is GeoJSONSeq: the file name says so, or it starts with RS (0x1E).
  static func looksLikeSequence(_ bytes: [UInt8], file: String) -> Bool {
    let lower = file.lowercased()
    if sequenceExtensions.contains(where: { lower.hasSuffix($0) }) { return true }
    return bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == 0x1E
  }

  /// Rejects a legacy `crs` member naming anything but WGS 84 longitude/latitude: what
  /// `frontline project` writes for other CRSs.
  private static func checkCRS(_ name: String?, file: String) throws(MapViewError) {
    guard let name else { return }
    let wgs84 = ["CRS84", "EPSG::4326", "EPSG:4326", "CRS:84", "OGC:1.3:CRS84"]
    guard !wgs84.contains(where: { name.uppercased().hasSuffix($0) }) else { return }
    throw MapViewError(
      .notWGS84,
      "coordinates are in \(name); a map needs WGS 84 longitude/latitude: "
        + "convert with `frontline project --to OGC:CRS84` first", file: file)
  }

  private static func checkWGS84(_ feature: Feature, index: Int, layer: String)
    throws(MapViewError)
  {
    var bad: Position?
    feature.geometry?.forEachPosition { position in
      if bad == nil, !position.isValidWGS84 { bad = position }
    }
    guard let bad else { return }
    throw MapViewError(
      .notWGS84,
      "feature \(index): (\(bad.longitude), \(bad.latitude)) is not WGS 84 "
        + "longitude/latitude; a map needs degrees: convert with "
        + "`frontline project --to OGC:CRS84` first", file: layer)
  }
}

extension MapViewError {
  /// A GeoJSON reading error as a map input error, keeping its location.
  init(_ error: GeoJSONError, file: String) {
    let at = error.path.map { " (at \($0))" } ?? ""
    let code: Code
    var hint = ""
    switch error.code {
    case .io: code = .io
    case .outOfRange:
      code = .notWGS84
      hint =
        "; a map needs WGS 84 longitude/latitude: convert with "
        + "`frontline project --to OGC:CRS84` first"
    default: code = .invalidInput
    }
    self.init(
      code, error.message + at + hint, file: error.file ?? file, line: error.line,
      column: error.column)
  }
}
