import Testing

@testable import Control

@Suite struct DatePrecisionTests {
  @Test func weekIsTheISOWeekContainingTheDate() {
    let week = DatePrecision.week.period(containing: day("2017-06-01"))
    #expect(week.lowerBound.description == "2017-05-29")
    #expect(week.upperBound.description == "2017-06-04")
    #expect(DatePrecision.week.period(containing: day("2017-06-04")) == week)
    #expect(DatePrecision.week.period(containing: day("2017-05-29")) == week)
  }

  @Test func weekCrossesTheYear() {
    let week = DatePrecision.week.period(containing: day("2020-01-01"))
    #expect(week.lowerBound.description == "2019-12-30")
    #expect(week.upperBound.description == "2020-01-05")
  }

  @Test func monthIsTheCalendarMonth() {
    let february = DatePrecision.month.period(containing: day("2016-02-17"))
    #expect(february.lowerBound.description == "2016-02-01")
    #expect(february.upperBound.description == "2016-02-29")
    let december = DatePrecision.month.period(containing: day("2017-12-31"))
    #expect(december.lowerBound.description == "2017-12-01")
    #expect(december.upperBound.description == "2017-12-31")
  }

  @Test func dayIsItself() {
    #expect(
      DatePrecision.day.period(containing: day("2017-06-01")) == day(
        "2017-06-01")...day("2017-06-01"))
  }
}
