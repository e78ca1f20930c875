/// Reads GeoJSON (RFC 7946) from UTF-8 bytes into the model, validating it, without
/// Foundation.
///
/// The top-level object may be a FeatureCollection, a Feature or a bare geometry. The reader
/// accepts exactly JSON (RFC 8259, see `JSONReader`), then checks the GeoJSON rules: known
/// `type`, required members, coordinate depth, at least 2 numbers per position (numbers after
/// the third are dropped, RFC 7946 §3.1.1), LineStrings of 2 or more positions, closed rings
/// of 4 or more, and WGS 84 ranges. Errors carry the line and column (characters, 1-based) of
/// the offending byte and a path such as `features[12].geometry.coordinates[0][3]`.
///
/// Range checks are skipped when `Options.checkWGS84Range` is false or when the top-level
/// object has a legacy `crs` member naming another CRS (e.g. `urn:ogc:def:crs:EPSG::3857`,
/// as ogr2ogr writes it); `crsName(of:)` reports that name. Foreign members of Features and
/// FeatureCollections are kept in order; those of geometries, and a geometry's `bbox`, are
/// dropped, as the model has no place for them. A Feature without a `properties` member reads
/// as `properties: nil` (written back as `null`); one without `geometry` is an error. Members
/// of the top-level object that come before its `type` are skipped and read once the type is
/// known, so member order never changes the result.
public enum GeoJSONReader {
  /// How strictly to read.
  public struct Options: Hashable, Sendable {
    /// Whether positions must lie in longitude [-180, 180] and latitude [-90, 90]. Turn it
    /// off for projected coordinates; numbers must then still be finite, which every number
    /// the reader accepts is.
    public var checkWGS84Range: Bool

    /// - Parameter checkWGS84Range: check WGS 84 ranges (RFC 7946 §4).
    public init(checkWGS84Range: Bool = true) {
      self.checkWGS84Range = checkWGS84Range
    }
  }

  /// Reads one GeoJSON text.
  /// - Parameters:
  ///   - bytes: the UTF-8 text; a leading UTF-8 byte order mark is skipped.
  ///   - file: the file name to put in errors (`nil` or `-` for standard input).
  ///   - options: how strictly to read.
  /// - Throws: `GeoJSONError` naming the line, column and path of the first problem. A
  ///   range problem is reported after the rest of the text is read, since a `crs` member
  ///   after the features may still declare the coordinates projected.
  public static func read(
    _ bytes: [UInt8], file: String? = nil, options: Options = Options()
  ) throws(GeoJSONError) -> GeoJSONObject {
    try bytes.withUnsafeBufferPointer { (buffer) throws(GeoJSONError) -> GeoJSONObject in
      var decoder = GeoJSONDecoder(buffer, options: options, defersRangeFailures: true)
      do throws(ParseFailure) {
        return try decoder.parseDocument()
      } catch {
        throw error.located(in: buffer, file: file)
      }
    }
  }

  /// Validates an already parsed JSON value as GeoJSON, with the same rules as `read`.
  ///
  /// Errors carry the path of the problem but no line or column, since the value has no
  /// text; a number that is not finite fails with `.outOfRange`.
  public static func object(
    from value: JSONValue, options: Options = Options()
  ) throws(GeoJSONError) -> GeoJSONObject {
    if let path = firstNonFinitePath(in: value, path: "") {
      throw GeoJSONError(
        .outOfRange, "number is not finite; JSON numbers must be finite (RFC 8259 §6)",
        path: path.isEmpty ? nil : path)
    }
    let text = GeoJSONWriter(precision: nil).encode(value)
    do {
      return try read(text, options: options)
    } catch {
      var error = error
      error.line = nil
      error.column = nil
      throw error
    }
  }

  /// The CRS named by a legacy `crs` member of a FeatureCollection or Feature (GeoJSON 2008
  /// §3.1), e.g. `urn:ogc:def:crs:EPSG::3857`, or `nil` when there is none.
  ///
  /// RFC 7946 dropped the member (everything is WGS 84), but GDAL still writes it for
  /// projected output; `frontline project` uses the name as the source CRS.
  public static func crsName(of object: GeoJSONObject) -> String? {
    switch object {
    case .geometry: nil
    case .feature(let feature): feature.foreignMembers["crs"].flatMap(crsName(of:))
    case .featureCollection(let collection):
      collection.foreignMembers["crs"].flatMap(crsName(of:))
    }
  }

  /// The CRS a `crs` member's value names: `properties.name` of a named CRS, or
  /// `EPSG:<code>` for the older `{"type": "EPSG", "properties": {"code": …}}` form.
  public static func crsName(of crs: JSONValue) -> String? {
    guard let object = crs.objectValue, let properties = object["properties"]?.objectValue
    else { return nil }
    if let name = properties["name"]?.stringValue { return name }
    if object["type"]?.stringValue?.lowercased() == "epsg",
      let code = properties["code"]?.numberValue, code == code.rounded(), code.magnitude < 1e9
    {
      return "EPSG:\(Int(code))"
    }
    return nil
  }

  /// Whether a CRS name means WGS 84 longitude/latitude: OGC CRS84 (and CRS84h) in any of
  /// its spellings, EPSG:4326 or EPSG:4979 (whose official axis order is latitude first, but
  /// which GeoJSON writers use for longitude, latitude), or `WGS84`.
  public static func isWGS84(crsName: String) -> Bool {
    let name = crsName.lowercased().filter { !$0.isWhitespace }
    if name.hasSuffix("crs84") || name.hasSuffix("crs84h") || name == "wgs84" { return true }
    guard name.contains("epsg") else { return false }
    let code = name.split(whereSeparator: { $0 == ":" || $0 == "/" }).last ?? ""
    return code == "4326" || code == "4979"
  }

  private static func firstNonFinitePath(in value: JSONValue, path: String) -> String? {
    switch value {
    case .number(let number): return number.isFinite ? nil : path
    case .array(let array):
      for (index, element) in array.enumerated() {
        if let found = firstNonFinitePath(in: element, path: "\(path)[\(index)]") {
          return found
        }
      }
      return nil
    case .object(let object):
      for member in object {
        let childPath = path.isEmpty ? member.key : "\(path).\(member.key)"
        if let found = firstNonFinitePath(in: member.value, path: childPath) { return found }
      }
      return nil
    case .null, .bool, .string: return nil
    }
  }
}
