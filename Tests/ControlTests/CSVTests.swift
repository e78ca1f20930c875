import Testing

@testable import Control

@Suite struct CSVTests {
  @Test func splitsRecordsWithLinesAndColumns() throws {
    let text = "a,\"b,c\",d\r\n\r\n\"multi\nline\",\"say \"\"hi\"\"\",\nlast"
    let records = try CSV.records(Array(text.utf8), file: nil)
    #expect(records.map(\.line) == [1, 3, 5])
    #expect(records[0].fields.map(\.text) == ["a", "b,c", "d"])
    #expect(records[0].fields.map(\.column) == [1, 3, 9])
    #expect(records[1].fields.map(\.text) == ["multi\nline", "say \"hi\"", ""])
    #expect(records[1].fields.map(\.column) == [1, 7, 20])
    #expect(records[2].fields.map(\.text) == ["last"])
  }

  @Test func rejectsTextAfterAClosingQuote() {
    let error = #expect(throws: ControlError.self) {
      try CSV.records(Array("a,\"b\"c,d\n".utf8), file: "x.csv")
    }
    #expect(error?.line == 1)
    #expect(error?.column == 6)
  }

  @Test func quotesOnlyWhenNeeded() {
    #expect(CSV.quote("plain") == "plain")
    #expect(CSV.quote("a,b") == "\"a,b\"")
    #expect(CSV.quote("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSV.quote("two\nlines") == "\"two\nlines\"")
    #expect(CSV.line(["a", "b,c", ""]) == "a,\"b,c\",\r\n")
  }

  @Test func quotedOutputReadsBack() throws {
    let fields = ["x", "a,b", "\"q\"", "line\r\nbreak", ""]
    let records = try CSV.records(Array(CSV.line(fields).utf8), file: nil)
    #expect(records.first?.fields.map(\.text) == fields)
  }
}
