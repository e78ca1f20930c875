import Testing

@testable import GeoJSON

/// Fixtures live beside this file and are read through `#filePath`, never from the working
/// directory.
enum Fixture {
  static let directory: String = {
    let file = #filePath
    let slash = file.lastIndex(of: "/").map { String(file[..<$0]) } ?? "."
    return slash + "/Fixtures/"
  }()

  static func path(_ name: String) -> String { directory + name }

  static func bytes(_ name: String) throws -> [UInt8] {
    guard let file = fopen(path(name), "rb") else {
      throw GeoJSONError(.io, "cannot open fixture \(name)")
    }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = fread(&chunk, 1, chunk.count, file)
      if count == 0 { break }
      bytes.append(contentsOf: chunk[..<count])
    }
    return bytes
  }
}

/// The error `body` throws, or `nil` (recorded as a test failure) when it does not throw.
func capture<T>(
  _ body: () throws(GeoJSONError) -> T, sourceLocation: SourceLocation = #_sourceLocation
) -> GeoJSONError? {
  do {
    _ = try body()
    Issue.record("expected an error", sourceLocation: sourceLocation)
    return nil
  } catch {
    return error
  }
}

/// Checks every part of an error: code, message, line, column and path.
func expectError(
  _ error: GeoJSONError?, _ code: GeoJSONError.Code, _ message: String, line: Int?,
  column: Int?, path: String?, sourceLocation: SourceLocation = #_sourceLocation
) {
  guard let error else { return }
  #expect(error.code == code, sourceLocation: sourceLocation)
  #expect(error.message == message, sourceLocation: sourceLocation)
  #expect(error.line == line, sourceLocation: sourceLocation)
  #expect(error.column == column, sourceLocation: sourceLocation)
  #expect(error.path == path, sourceLocation: sourceLocation)
}

func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
