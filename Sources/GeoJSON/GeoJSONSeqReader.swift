#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a GeoJSON text sequence one Feature at a time, from a file, standard input or
/// bytes, in chunks, so memory depends on the longest record, not on the file.
///
/// Two framings are recognised from the first non-blank byte: RFC 8142 (each record is the
/// record separator 0x1E, a JSON text, and a line feed; a record may span lines) and the
/// newline-delimited variant (one JSON text per line, as GDAL's GeoJSONSeq driver and
/// `jq -c` write). Blank lines and empty records are skipped. A record holding a bare
/// geometry becomes a Feature with that geometry and empty properties; a FeatureCollection
/// record is an error. Errors name the line of the file where the problem is.
public final class GeoJSONSeqReader {
  /// The line of the file on which the last record returned by `next()` starts, 1-based.
  public private(set) var recordLine = 0

  private let file: String?
  private let options: GeoJSONReader.Options
  private var descriptor: Int32
  private let ownsDescriptor: Bool
  private var buffer: [UInt8]
  private var position = 0
  private var line = 1
  private var atEndOfFile: Bool
  private var recordSeparated: Bool?
  private static let chunkSize = 1 << 20

  /// Opens `path` for reading; `-` reads standard input.
  /// - Parameters:
  ///   - path: the file, or `-`.
  ///   - options: how strictly to read each record.
  /// - Throws: `GeoJSONError` with code `.io` when the file cannot be opened.
  public convenience init(
    path: String, options: GeoJSONReader.Options = GeoJSONReader.Options()
  ) throws(GeoJSONError) {
    if path == "-" {
      self.init(fileDescriptor: 0, file: nil, options: options)
      return
    }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw GeoJSONError(
        .io, "cannot open \(path): \(String(cString: strerror(errno)))", file: path)
    }
    self.init(descriptor: descriptor, owned: true, bytes: [], file: path, options: options)
  }

  /// Reads from an open file descriptor, which the reader does not close.
  /// - Parameters:
  ///   - fileDescriptor: e.g. 0 for standard input.
  ///   - file: the name to put in errors (`nil` for standard input).
  ///   - options: how strictly to read each record.
  public convenience init(
    fileDescriptor: Int32, file: String? = nil,
    options: GeoJSONReader.Options = GeoJSONReader.Options()
  ) {
    self.init(descriptor: fileDescriptor, owned: false, bytes: [], file: file, options: options)
  }

  /// Reads records from bytes already in memory.
  /// - Parameters:
  ///   - bytes: the whole sequence.
  ///   - file: the name to put in errors.
  ///   - options: how strictly to read each record.
  public convenience init(
    bytes: [UInt8], file: String? = nil, options: GeoJSONReader.Options = GeoJSONReader.Options()
  ) {
    self.init(descriptor: -1, owned: false, bytes: bytes, file: file, options: options)
  }

  private init(
    descriptor: Int32, owned: Bool, bytes: [UInt8], file: String?,
    options: GeoJSONReader.Options
  ) {
    self.descriptor = descriptor
    ownsDescriptor = owned
    buffer = bytes
    atEndOfFile = descriptor < 0
    self.file = file
    self.options = options
  }

  deinit {
    if ownsDescriptor { close(descriptor) }
  }

  /// The next record's Feature, or `nil` at the end of the input.
  /// - Throws: `GeoJSONError` located at the file's line and column; `.io` when reading
  ///   fails.
  public func next() throws(GeoJSONError) -> Feature? {
    while let range = try nextRecord() {
      let recordStart = line
      let lineFeeds = buffer[range].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
      line += lineFeeds + (recordSeparated == true ? 0 : 1)
      guard buffer[range].contains(where: { !Self.isBlank($0) }) else { continue }
      recordLine = recordStart
      return try parseRecord(
        range, line: recordStart, columnOffset: recordSeparated == true ? 1 : 0)
    }
    return nil
  }

  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// The next record's bytes in `buffer`, without its delimiter, or `nil` at the end. In
  /// RFC 8142 framing the (blank) text before the first separator comes out as a record too.
  private func nextRecord() throws(GeoJSONError) -> Range<Int>? {
    if recordSeparated == nil {
      while true {
        if let first = buffer[position...].firstIndex(where: { !Self.isBlank($0) }) {
          recordSeparated = buffer[first] == 0x1E
          break
        }
        if atEndOfFile { return nil }
        try fill()
      }
    }
    let delimiter: UInt8 = recordSeparated == true ? 0x1E : 0x0A
    var searchFrom = position
    while true {
      if let end = buffer[searchFrom...].firstIndex(of: delimiter) {
        let start = position
        position = end + 1
        return start..<end
      }
      if atEndOfFile {
        guard position < buffer.count else { return nil }
        let start = position
        position = buffer.count
        return start..<buffer.count
      }
      let scanned = buffer.count - position
      try fill()
      searchFrom = position + scanned
    }
  }

  /// Reads another chunk, first dropping the bytes already consumed.
  private func fill() throws(GeoJSONError) {
    if position > 0 {
      buffer.removeSubrange(0..<position)
      position = 0
    }
    let oldCount = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
    var readCount = -1
    while readCount < 0 {
      readCount = buffer.withUnsafeMutableBytes {
        read(descriptor, $0.baseAddress! + oldCount, Self.chunkSize)
      }
      if readCount < 0, errno != EINTR {
        buffer.removeSubrange(oldCount...)
        throw GeoJSONError(
          .io, "cannot read \(file ?? "standard input"): \(String(cString: strerror(errno)))",
          file: file)
      }
    }
    buffer.removeSubrange((oldCount + readCount)...)
    if readCount == 0 { atEndOfFile = true }
  }

  private func parseRecord(
    _ range: Range<Int>, line recordLine: Int, columnOffset: Int
  ) throws(GeoJSONError) -> Feature {
    let object = try buffer.withUnsafeBufferPointer { (all) throws(GeoJSONError) -> GeoJSONObject in
      let record = UnsafeBufferPointer(rebasing: all[range])
      var decoder = GeoJSONDecoder(record, options: options, defersRangeFailures: false)
      do throws(ParseFailure) {
        let object = try decoder.parseDocument()
        if case .featureCollection = object {
          throw ParseFailure(
            .wrongType,
            "a GeoJSON text sequence record must be a Feature or a geometry, found a "
              + "FeatureCollection (RFC 8142 §2)", at: 0)
        }
        return object
      } catch {
        var located = error.located(in: record, file: file)
        if let errorLine = located.line {
          if errorLine == 1, let column = located.column { located.column = column + columnOffset }
          located.line = errorLine + recordLine - 1
        }
        throw located
      }
    }
    switch object {
    case .feature(let feature): return feature
    case .geometry(let geometry): return Feature(geometry: geometry)
    case .featureCollection: preconditionFailure("rejected above")
    }
  }
}
