import Testing

@testable import Control

@Suite struct DayTests {
  @Test func parsesStrictISODays() {
    #expect(Day(iso: "1970-01-01")?.daysSinceEpoch == 0)
    #expect(Day(iso: "2017-06-01")?.daysSinceEpoch == 17_318)
    #expect(Day(iso: "1969-12-31")?.daysSinceEpoch == -1)
    #expect(Day(iso: "2016-02-29") != nil)
    #expect(Day(iso: "2000-02-29") != nil)
  }

  @Test(arguments: [
    "2017-02-29", "1900-02-29", "2017-13-01", "2017-00-10", "2017-04-31", "2017-06-00",
    "2017-6-1", "17-06-01", "2017/06/01", "2017-06-01T00:00", " 2017-06-01", "", "abcd-ef-gh",
    "0000-01-01",
  ])
  func rejectsAnythingElse(_ text: String) {
    #expect(Day(iso: text) == nil)
  }

  @Test func roundTripsEveryDayOverEightCenturies() {
    var failures: [Int] = []
    for offset in -150_000...150_000 {
      let day = Day(daysSinceEpoch: offset)
      let (year, month, dayOfMonth) = day.components
      if Day(year: year, month: month, day: dayOfMonth) != day || Day(iso: day.description) != day
        || day.adding(days: 1).components.day == dayOfMonth
      {
        failures.append(offset)
      }
    }
    #expect(failures.isEmpty)
  }

  @Test func knowsWeekdays() {
    #expect(day("2017-06-01").weekday == 4)  // Thursday
    #expect(day("2017-05-29").weekday == 1)  // Monday
    #expect(day("2017-06-04").weekday == 7)  // Sunday
    #expect(day("1969-12-28").weekday == 7)  // Sunday before the epoch
  }

  @Test func addsDaysAcrossMonthsAndYears() {
    #expect(day("2017-05-29").adding(days: 3).description == "2017-06-01")
    #expect(day("2016-12-31").adding(days: 1).description == "2017-01-01")
    #expect(day("2016-03-01").adding(days: -1).description == "2016-02-29")
  }
}
