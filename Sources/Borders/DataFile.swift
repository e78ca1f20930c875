import GeoJSON

/// Reading the data files the module loads: whole files as bytes, GeoJSON parsed with the
/// GeoJSON module's reader, errors turned into `BordersError` with file, line and column.
enum DataFile {
  /// All bytes of `path`.
  /// - Throws: `BordersError(.io)` naming the file when it cannot be opened or read.
  static func read(_ path: String) throws(BordersError) -> [UInt8] {
    do {
      return try InputFile.read(path)
    } catch {
      throw BordersError(error)
    }
  }

  /// The features of a GeoJSON file (a FeatureCollection, a Feature or a bare geometry).
  /// - Throws: `BordersError(.io)` when unreadable, `.invalidData` with line and column when
  ///   it is not valid GeoJSON.
  static func features(_ path: String) throws(BordersError) -> [Feature] {
    let bytes = try read(path)
    return try features(bytes, file: path)
  }

  /// The features of GeoJSON text.
  /// - Parameters:
  ///   - bytes: UTF-8 GeoJSON.
  ///   - file: the name to put in errors.
  static func features(_ bytes: [UInt8], file: String?) throws(BordersError) -> [Feature] {
    do {
      return try GeoJSONReader.read(bytes, file: file).features
    } catch {
      throw BordersError(error)
    }
  }
}
