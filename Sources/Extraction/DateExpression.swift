import Control

/// A date said in a report ("on Monday", "this week", "29 May 2017"), resolved against the
/// report's day.
///
/// Rules, for a report written on day R:
/// - a weekday ("on Monday", "Monday night") is R itself when R is that weekday (wire reports
///   name the day of writing), otherwise the latest such weekday before R; "last Monday" is
///   always before R (R − 7 when R is a Monday);
/// - "today", "this morning", "tonight" are R; "yesterday", "last night" are R − 1; "N days
///   ago" is R − N;
/// - "this week", "earlier this week", "the past week" are R with week precision (the ISO
///   week of R, see `DatePrecision`); "last week" and "a week ago" are R − 7, week precision;
/// - "this month" is R, month precision; "last month" the month before;
/// - "May 29", "29 May", "May 29, 2017", "29th of May" are that day, in R's year unless that
///   would be after R (then the year before) or a year is written; "in May" is that month;
/// - an ISO date "2017-05-29" is that day.
struct DateExpression: Hashable, Sendable {
  /// The words that say it.
  var words: Range<Int>
  var day: Day
  var precision: DatePrecision
}
