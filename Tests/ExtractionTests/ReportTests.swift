import Control
import Testing

@testable import Extraction

struct ReportTests {
  @Test func readsTheHeaderDate() throws {
    let report = try Report(text: " date 2017-06-01 Headline\n\nBody.", source: "r.txt")
    #expect(report.date == day("2017-06-01"))
    #expect(report.dateOrigin == .header)
  }

  @Test func headerWinsOverTheDefault() throws {
    let report = try Report(
      text: "Date: 2016-10-17\nBody.", source: "r.txt", defaultDate: day("2017-01-01"))
    #expect(report.date == day("2016-10-17"))
  }

  @Test func usesTheDefaultWithoutHeader() throws {
    let report = try Report(
      text: "No header here.", source: "r.txt", defaultDate: day("2017-01-01"))
    #expect(report.date == day("2017-01-01"))
    #expect(report.dateOrigin == .given)
  }

  @Test func refusesAReportWithoutDate() {
    let error = #expect(throws: ExtractionError.self) {
      try Report(text: "Iraqi forces retook Hit.", source: "r.txt")
    }
    #expect(error?.code == .noDate)
    #expect(error?.description.hasPrefix("r.txt:1:1: ") == true)
  }

  @Test func refusesAHeaderDateThatDoesNotExist() {
    let error = #expect(throws: ExtractionError.self) {
      try Report(text: "date 2017-02-30 Headline", source: "r.txt")
    }
    #expect(error?.code == .badDate)
    #expect(error?.column == 6)
  }

  @Test func namesTheFirstByteThatIsNotUTF8() {
    let bytes = Array("date 2017-06-01\nok line\nbad ".utf8) + [0xFF] + Array(" byte".utf8)
    let error = #expect(throws: ExtractionError.self) {
      try Report(bytes: bytes, source: "latin1.txt")
    }
    #expect(error?.code == .notText)
    #expect(error?.line == 3)
    #expect(error?.column == 5)
  }

  @Test func skipsAByteOrderMark() throws {
    let report = try Report(
      bytes: [0xEF, 0xBB, 0xBF] + Array("date 2017-06-01\nx".utf8), source: "r")
    #expect(report.date == day("2017-06-01"))
    #expect(report.text.hasPrefix("date"))
  }
}
