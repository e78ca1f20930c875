import Testing

@testable import GeoJSON

@Suite struct TextLocationTests {
  private func location(_ text: String, at marker: Character) -> TextLocation {
    let bytes = utf8(text)
    let offset =
      text.firstIndex(of: marker).map { text.utf8.distance(from: text.startIndex, to: $0) } ?? 0
    return bytes.withUnsafeBufferPointer { TextLocation(offset: offset, in: $0) }
  }

  @Test func linesAndColumnsAreOneBasedAndCountCharacters() {
    let here = location("{\n  \"نام\": [1,\r\n    2, @]}", at: "@")
    #expect(here.line == 3)
    #expect(here.column == 8)
  }

  @Test func pathsNameKeysAndIndicesOfTheValueAtTheOffset() {
    #expect(
      location(#"{"features": [{}, {"geometry": {"coordinates": [[1, 2], @]}}]}"#, at: "@").path
        == "features[1].geometry.coordinates[1]")
    #expect(location(#"{"a": {"b": "x@y"}}"#, at: "@").path == "a.b")
    #expect(location(#"{"a": [1, 2], "b": @}"#, at: "@").path == "b")
  }

  @Test func keysThatAreNotPlainNamesAreQuoted() {
    #expect(
      location(#"{"marker-color": {"a b": {"x.y": @}}}"#, at: "@").path
        == #"marker-color["a b"]["x.y"]"#)
  }

  @Test func betweenValuesThePathIsTheContainers() {
    #expect(location(#"{"a": [[1], [2] @]}"#, at: "@").path == "a")
    #expect(location(#"{"a": {"b": 1} @}"#, at: "@").path == nil)
  }

  @Test func aByteOrderMarkTakesNoColumn() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + utf8("[x]")
    let here = bytes.withUnsafeBufferPointer { TextLocation(offset: 4, in: $0) }
    #expect(here.line == 1)
    #expect(here.column == 2)
    #expect(here.path == "[0]")
  }

  @Test func veryDeepPathsAreShortened() {
    let text = String(repeating: "[", count: 40) + "@"
    let path = location(text, at: "@").path
    #expect(path == String(repeating: "[0]", count: 12) + "…" + String(repeating: "[0]", count: 8))
  }
}
