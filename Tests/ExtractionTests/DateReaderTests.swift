import Control
import Testing

@testable import Extraction

struct DateReaderTests {
  /// The date expressions of `text` for a report written on `date` (2017-06-01, a Thursday).
  private func dates(_ text: String, date: String = "2017-06-01") throws -> [String] {
    let layout = try Fixture.layout(text, date: date)
    let reader = DateReader(reportDate: day(date))
    return reader.expressions(in: layout.words, range: 0..<layout.words.count).map {
      "\($0.day)/\($0.precision.rawValue)"
    }
  }

  @Test func weekdayIsTheLatestBeforeTheReport() throws {
    #expect(try dates("The PMU on Monday reached the border.") == ["2017-05-29/day"])
    #expect(try dates("On Sunday, fighting resumed.") == ["2017-05-28/day"])
    #expect(try dates("It fell on Friday.") == ["2017-05-26/day"])
  }

  @Test func theReportsOwnWeekdayIsTheReportDay() throws {
    #expect(try dates("Troops entered the town on Thursday.") == ["2017-06-01/day"])
    #expect(try dates("Troops entered the town last Thursday.") == ["2017-05-25/day"])
  }

  @Test func relativeDays() throws {
    #expect(try dates("yesterday") == ["2017-05-31/day"])
    #expect(try dates("today") == ["2017-06-01/day"])
    #expect(try dates("last night") == ["2017-05-31/day"])
    #expect(try dates("three days ago") == ["2017-05-29/day"])
  }

  @Test func weeksAndMonths() throws {
    #expect(try dates("this week") == ["2017-06-01/week"])
    #expect(try dates("last week") == ["2017-05-25/week"])
    #expect(try dates("this month") == ["2017-06-01/month"])
    #expect(try dates("last month") == ["2017-05-31/month"])
    #expect(try dates("in May") == ["2017-05-01/month"])
  }

  @Test func explicitDates() throws {
    #expect(try dates("on May 29") == ["2017-05-29/day"])
    #expect(try dates("on 29 May 2017") == ["2017-05-29/day"])
    #expect(try dates("May 29, 2016") == ["2016-05-29/day"])
    #expect(try dates("the 29th of May") == ["2017-05-29/day"])
    #expect(try dates("on 2017-05-20") == ["2017-05-20/day"])
  }

  @Test func aDateLaterInTheYearIsLastYears() throws {
    #expect(try dates("on December 30", date: "2017-01-03") == ["2016-12-30/day"])
  }

  @Test func ignoresWordsThatOnlyLookLikeDates() throws {
    #expect(try dates("ISIS may retreat; the march continued.").isEmpty)
  }
}
