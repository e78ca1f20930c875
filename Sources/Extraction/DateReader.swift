import Control

/// Finds and resolves the date expressions of a report's sentences.
struct DateReader: Sendable {
  let reportDate: Day

  private static let weekdays: [String: Int] = [
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7,
  ]
  private static let months: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
  ]
  private static let numbers: [String: Int] = [
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
  ]

  /// The date expressions among `words[range]`, in text order.
  func expressions(in words: [Word], range: Range<Int>) -> [DateExpression] {
    var found: [DateExpression] = []
    var index = range.lowerBound
    while index < range.upperBound {
      if let expression = expression(at: index, in: words, end: range.upperBound) {
        found.append(expression)
        index = expression.words.upperBound
      } else {
        index += 1
      }
    }
    return found
  }

  /// Words that may start a date expression, besides numbers.
  static let words: Set<String> = Set(weekdays.keys).union(months.keys).union(numbers.keys).union([
    "today", "tonight", "this", "yesterday", "last", "past",
  ])

  private func expression(at index: Int, in words: [Word], end: Int) -> DateExpression? {
    guard words[index].classes.contains(.dateWord) || words[index].shape == .number else {
      return nil
    }
    let word = words[index]
    let previous = index > 0 ? words[index - 1].plain : ""
    let next = index + 1 < end ? words[index + 1].plain : ""
    if let weekday = Self.weekdays[word.plain], word.shape != .lower {
      let start = previous == "last" || previous == "on" || previous == "this" ? index - 1 : index
      return DateExpression(
        words: start..<index + 1, day: day(weekday: weekday, strictlyBefore: previous == "last"),
        precision: .day)
    }
    if let month = Self.months[word.plain], word.shape != .lower,
      let expression = monthDate(month, at: index, in: words, end: end)
    {
      return expression
    }
    if word.shape == .number, let expression = numericDate(at: index, in: words, end: end) {
      return expression
    }
    return relative(
      at: index, word: word.plain, next: next, previous: previous, in: words, end: end)
  }

  /// "today", "yesterday", "this week", "last month", "three days ago".
  private func relative(
    at index: Int, word: String, next: String, previous: String, in words: [Word], end: Int
  ) -> DateExpression? {
    func make(_ count: Int, _ day: Day, _ precision: DatePrecision) -> DateExpression {
      DateExpression(words: index..<index + count, day: day, precision: precision)
    }
    switch (word, next) {
    case ("today", _), ("tonight", _), ("this", "morning"), ("this", "evening"),
      ("this", "afternoon"):
      return make(word == "this" ? 2 : 1, reportDate, .day)
    case ("yesterday", _): return make(1, reportDate.adding(days: -1), .day)
    case ("last", "night"): return make(2, reportDate.adding(days: -1), .day)
    case ("this", "week"), ("past", "week"): return make(2, reportDate, .week)
    case ("last", "week"): return make(2, reportDate.adding(days: -7), .week)
    case ("this", "month"): return make(2, reportDate, .month)
    case ("last", "month"):
      let first = reportDate.adding(days: 1 - reportDate.components.day)
      return make(2, first.adding(days: -1), .month)
    default: break
    }
    guard let count = Self.numbers[word] ?? (Int(word).flatMap { $0 < 100 ? $0 : nil }),
      index + 2 < end, words[index + 2].plain == "ago"
    else { return nil }
    switch next {
    case "day", "days": return make(3, reportDate.adding(days: -count), .day)
    case "week", "weeks": return make(3, reportDate.adding(days: -7 * count), .week)
    default: return nil
    }
  }

  /// "May 29", "May 29, 2017", "in May", "May 2017".
  private func monthDate(_ month: Int, at index: Int, in words: [Word], end: Int)
    -> DateExpression?
  {
    let (numberAfter, afterEnd) = number(at: index + 1, in: words, end: end)
    let (numberBefore, beforeStart) = numberBeforeMonth(at: index, in: words)
    if let dayNumber = numberAfter, dayNumber <= 31 {
      let (year, yearEnd) = year(at: afterEnd, in: words, end: end)
      return day(year: year, month: month, day: dayNumber).map {
        DateExpression(words: index..<yearEnd, day: $0, precision: .day)
      }
    }
    if let dayNumber = numberBefore, dayNumber <= 31 {
      let (year, yearEnd) = year(at: index + 1, in: words, end: end)
      return day(year: year, month: month, day: dayNumber).map {
        DateExpression(words: beforeStart..<yearEnd, day: $0, precision: .day)
      }
    }
    let (year, yearEnd) = year(at: index + 1, in: words, end: end)
    let previous = index > 0 ? words[index - 1].plain : ""
    guard year != nil || ["in", "since", "during", "early", "late", "mid"].contains(previous),
      let first = day(year: year, month: month, day: 1)
    else { return nil }
    return DateExpression(words: index..<yearEnd, day: first, precision: .month)
  }

  /// A day number (1–31, "29th" included) at `index`, and the index after it.
  private func number(at index: Int, in words: [Word], end: Int) -> (Int?, Int) {
    guard index < end, words[index].shape == .number,
      words[index].gapBefore.isDisjoint(with: Word.Gap.breaksPhrase)
    else { return (nil, index) }
    var plain = words[index].plain
    for suffix in ["st", "nd", "rd", "th"] where plain.hasSuffix(suffix) {
      plain.removeLast(2)
    }
    guard let value = Int(plain), (1...31).contains(value) else { return (nil, index) }
    return (value, index + 1)
  }

  /// "29 May", "29th of May": the day number before the month word at `index`.
  private func numberBeforeMonth(at index: Int, in words: [Word]) -> (Int?, Int) {
    var position = index - 1
    if position >= 0, words[position].plain == "of" { position -= 1 }
    guard position >= 0 else { return (nil, index) }
    let (value, _) = number(at: position, in: words, end: position + 1)
    return (value, value == nil ? index : position)
  }

  /// A four-digit year at `index` (after an optional comma), and the index after it.
  private func year(at index: Int, in words: [Word], end: Int) -> (Int?, Int) {
    guard index < end, words[index].shape == .number, words[index].plain.count == 4,
      let value = Int(words[index].plain), (1900...2100).contains(value),
      words[index].gapBefore.isSubset(of: [.comma])
    else { return (nil, index) }
    return (value, index + 1)
  }

  /// An ISO date written in the text: "2017-05-29".
  private func numericDate(at index: Int, in words: [Word], end: Int) -> DateExpression? {
    guard index + 2 < end, words[index].plain.count == 4,
      words[index + 1].gapBefore == .hyphen, words[index + 2].gapBefore == .hyphen,
      let year = Int(words[index].plain), let month = Int(words[index + 1].plain),
      let dayNumber = Int(words[index + 2].plain),
      let day = Day(year: year, month: month, day: dayNumber)
    else { return nil }
    return DateExpression(words: index..<index + 3, day: day, precision: .day)
  }

  /// The day of `month`/`day` in `year`, or in the report's year unless that is more than a
  /// day after the report (then the year before).
  private func day(year: Int?, month: Int, day: Int) -> Day? {
    if let year { return Day(year: year, month: month, day: day) }
    let reportYear = reportDate.components.year
    guard let candidate = Day(year: reportYear, month: month, day: day) else { return nil }
    return candidate > reportDate.adding(days: 1)
      ? Day(year: reportYear - 1, month: month, day: day) : candidate
  }

  /// The report's day if it is `weekday` (unless `strictlyBefore`), else the latest such
  /// weekday before it.
  private func day(weekday: Int, strictlyBefore: Bool) -> Day {
    var back = (reportDate.weekday - weekday + 7) % 7
    if back == 0, strictlyBefore { back = 7 }
    return reportDate.adding(days: -back)
  }
}
