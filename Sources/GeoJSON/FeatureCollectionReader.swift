/// Reads a FeatureCollection one Feature at a time (RFC 7946 §3.3), so a large file can be
/// processed without holding an array of all its features: peak memory is the input bytes
/// plus whatever the caller keeps.
///
/// `init` reads the collection's members up to the `features` array (GDAL writes `type`,
/// `name` and `crs` first), `next()` returns the features in order and `nil` after the last
/// one, by which time `members` also holds the members after the array. Validation and error
/// locations are those of `GeoJSONReader.read`, except that WGS 84 range problems are
/// reported at once: a `crs` member naming a projected CRS turns range checks off only for
/// the features after it, so it must come before `features` (ogr2ogr puts it there).
///
/// ```swift
/// var reader = try FeatureCollectionReader(bytes: input, file: path)
/// let sourceCRS = reader.crsName          // from a `crs` member before the features
/// var stream = FeatureCollectionWriter(writer: GeoJSONWriter())
/// stream.writeHeader(bbox: reader.members.bbox, to: &output)
/// while let feature = try reader.next() { stream.write(transform(feature), to: &output) }
/// stream.writeTrailer(foreignMembers: reader.members.foreignMembers, to: &output)
/// ```
public struct FeatureCollectionReader {
  /// The collection's members read so far, with an empty `features` array: those before the
  /// features after `init`, all of them once `next()` has returned `nil`.
  public private(set) var members: FeatureCollection
  /// How many features `next()` has returned.
  public private(set) var featureCount = 0
  /// The CRS named by a top-level `crs` member read so far, e.g.
  /// `urn:ogc:def:crs:EPSG::3857` (see `GeoJSONReader.crsName(of:)`).
  public private(set) var crsName: String?
  /// Whether positions are checked against WGS 84 ranges: the option, unless a `crs` member
  /// named another CRS.
  public private(set) var checksWGS84Range: Bool

  private let bytes: [UInt8]
  private let file: String?
  private let options: GeoJSONReader.Options
  private var index = 0
  private var object: GeoJSONDecoder.PendingObject
  private var phase = Phase.features
  /// The decoder's position scratch space, kept between features.
  private var positionScratch: [Position] = []

  private enum Phase {
    case features
    case afterFeatures
    case done
  }

  /// Reads the collection's members up to its `features` array.
  /// - Parameters:
  ///   - bytes: the UTF-8 text of a FeatureCollection.
  ///   - file: the file name to put in errors (`nil` or `-` for standard input).
  ///   - options: how strictly to read.
  /// - Throws: `GeoJSONError`; `.wrongType` when the text is another GeoJSON object (read
  ///   those with `GeoJSONReader.read`).
  public init(
    bytes: [UInt8], file: String? = nil, options: GeoJSONReader.Options = GeoJSONReader.Options()
  ) throws(GeoJSONError) {
    self.bytes = bytes
    self.file = file
    self.options = options
    checksWGS84Range = options.checkWGS84Range
    object = GeoJSONDecoder.PendingObject(start: 0, expected: .any)
    members = FeatureCollection(features: [])
    // Range failures wait here: when the text turns out to be a Feature or a geometry, the
    // `.wrongType` below tells the caller to read it whole, where a late `crs` still counts.
    try withDecoder(defersRangeFailures: true) { (reader, decoder) throws(ParseFailure) in
      try decoder.openDocument()
      reader.object = GeoJSONDecoder.PendingObject(start: decoder.scanner.index, expected: .any)
      if try decoder.scanner.open(UInt8(ascii: "{"), close: UInt8(ascii: "}"), depth: 1) {
        try reader.finish(&decoder)
        return
      }
      try reader.readMembers(&decoder, continuing: false)
    }
  }

  /// The next feature, or `nil` after the last one.
  /// - Throws: `GeoJSONError` for the first problem in the rest of the text; after an error
  ///   the reader is spent and keeps returning `nil`.
  public mutating func next() throws(GeoJSONError) -> Feature? {
    switch phase {
    case .done:
      return nil
    case .afterFeatures:
      try withDecoder { (reader, decoder) throws(ParseFailure) in
        try reader.readMembers(&decoder, continuing: true)
      }
      return nil
    case .features:
      return try withDecoder { (reader, decoder) throws(ParseFailure) -> Feature in
        let feature = try decoder.parseFeature(depth: 3)
        if try !decoder.scanner.nextElement(close: UInt8(ascii: "]")) {
          reader.phase = .afterFeatures
        }
        reader.featureCount += 1
        return feature
      }
    }
  }

  /// Reads members until the `features` array opens or the object closes.
  private mutating func readMembers(
    _ decoder: inout GeoJSONDecoder, continuing: Bool
  ) throws(ParseFailure) {
    if continuing, try !decoder.scanner.nextElement(close: UInt8(ascii: "}")) {
      try finish(&decoder)
      return
    }
    repeat {
      let key = try decoder.scanner.key()
      if phase == .features, key.matches("features", in: decoder.bytes),
        object.type == nil || object.type == .featureCollection
      {
        guard decoder.scanner.current == UInt8(ascii: "[") else {
          throw decoder.wrongValue("\"features\" must be an array of Feature objects")
        }
        if try decoder.scanner.open(UInt8(ascii: "["), close: UInt8(ascii: "]"), depth: 2) {
          phase = .afterFeatures
        }
        publishMembers()
        return
      }
      try decoder.member(key, of: &object, depth: 1)
    } while try decoder.scanner.nextElement(close: UInt8(ascii: "}"))
    try finish(&decoder)
  }

  /// Checks the closed top-level object and the end of the text.
  private mutating func finish(_ decoder: inout GeoJSONDecoder) throws(ParseFailure) {
    try decoder.scanner.expectEnd()
    if phase != .features { object.features = [] }
    let result = try decoder.finish(object, depth: 1)
    guard case .featureCollection = result else {
      throw ParseFailure(
        .wrongType,
        "expected a FeatureCollection, found a \(object.type?.name ?? "GeoJSON object"); "
          + "read other objects whole with GeoJSONReader.read", at: object.start)
    }
    phase = .done
    publishMembers()
  }

  private mutating func publishMembers() {
    members = FeatureCollection(features: [], bbox: object.bbox, foreignMembers: object.foreign)
  }

  /// Runs `body` with a decoder positioned where the last call stopped, saves its state, and
  /// turns failures into located errors.
  private mutating func withDecoder<Result>(
    defersRangeFailures: Bool = false,
    _ body: (inout FeatureCollectionReader, inout GeoJSONDecoder) throws(ParseFailure) -> Result
  ) throws(GeoJSONError) -> Result {
    let bytes = self.bytes
    return try bytes.withUnsafeBufferPointer { (buffer) throws(GeoJSONError) -> Result in
      var decoder = GeoJSONDecoder(
        buffer, index: index, options: options, defersRangeFailures: defersRangeFailures)
      decoder.checksWGS84Range = checksWGS84Range
      decoder.crsName = crsName
      swap(&decoder.positionScratch, &positionScratch)
      defer {
        swap(&decoder.positionScratch, &positionScratch)
        index = decoder.scanner.index
        checksWGS84Range = decoder.checksWGS84Range
        crsName = decoder.crsName
      }
      do throws(ParseFailure) {
        return try body(&self, &decoder)
      } catch {
        phase = .done
        throw error.located(in: buffer, file: file)
      }
    }
  }
}

extension GeoJSONReader {
  /// Calls `body` for each Feature of a FeatureCollection as it is parsed, without building
  /// the array of features, and returns the collection's other members (`bbox`, and foreign
  /// members such as `name` or `crs`) with an empty `features` array.
  ///
  /// To learn a `crs` before the first feature, use `FeatureCollectionReader` directly.
  /// - Parameters:
  ///   - bytes: the UTF-8 text of a FeatureCollection.
  ///   - file: the file name to put in errors (`nil` or `-` for standard input).
  ///   - options: how strictly to read.
  ///   - body: called once per feature, in order; an error it throws stops the reading.
  /// - Throws: `GeoJSONError` for the text, or whatever `body` throws.
  public static func forEachFeature(
    in bytes: [UInt8], file: String? = nil, options: Options = Options(),
    _ body: (Feature) throws -> Void
  ) throws -> FeatureCollection {
    var reader = try FeatureCollectionReader(bytes: bytes, file: file, options: options)
    while let feature = try reader.next() { try body(feature) }
    return reader.members
  }
}
