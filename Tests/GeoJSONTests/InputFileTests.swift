import Testing

@testable import GeoJSON

/// `InputFile` reads whole files and names the file in its errors.
struct InputFileTests {
  let fixtures: String = {
    let file = #filePath
    return String(file[..<(file.lastIndex(of: "/") ?? file.endIndex)]) + "/Fixtures"
  }()

  @Test func aFileIsReadWhole() throws {
    let path = fixtures + "/input-file.txt"
    #expect(try InputFile.read(path) == Array("two lines\nof text\n".utf8))
  }

  @Test func aMissingFileIsNamed() {
    let path = fixtures + "/no-such-file.geojson"
    #expect {
      try InputFile.read(path)
    } throws: { error in
      let error = error as? GeoJSONError
      return error?.code == .io && error?.file == path
        && error?.message == "cannot open: No such file or directory"
    }
  }

  @Test func aDirectoryIsNotAFile() {
    #expect {
      try InputFile.read(fixtures)
    } throws: { error in
      (error as? GeoJSONError)?.message == "is a directory, not a file"
    }
  }

  @Test func standardInputHasADisplayName() {
    #expect(InputFile.displayName("-") == "<stdin>")
    #expect(InputFile.displayName("a.geojson") == "a.geojson")
  }
}
