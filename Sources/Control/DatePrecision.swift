/// How precisely a source dates an event: the day, only the week, or only the month.
///
/// The periods are calendar periods: a week is the ISO 8601 week (Monday to Sunday,
/// ISO 8601-1:2019 §5.2.4) that contains the event's `date`, a month the calendar month that
/// contains it. A report dated Thursday 2017-06-01 saying "this week" is recorded as
/// `date: 2017-06-01, date_precision: week`, which means Monday 2017-05-29 to Sunday
/// 2017-06-04; a snapshot counts the event from the start of that period and marks the date
/// as uncertain.
public enum DatePrecision: String, Hashable, Sendable, CaseIterable {
  case day
  case week
  case month

  /// The first and last day of the period of this precision that contains `day`.
  /// - Parameter day: any day of the period.
  public func period(containing day: Day) -> ClosedRange<Day> {
    switch self {
    case .day:
      return day...day
    case .week:
      let monday = day.adding(days: 1 - day.weekday)
      return monday...monday.adding(days: 6)
    case .month:
      let (year, month, dayOfMonth) = day.components
      let first = day.adding(days: 1 - dayOfMonth)
      return first...first.adding(days: Day.daysIn(month: month, year: year) - 1)
    }
  }
}
