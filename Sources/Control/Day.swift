/// A calendar day of the proleptic Gregorian calendar, stored as days since 1970-01-01.
///
/// Dates in ledgers are ISO 8601 calendar dates (`YYYY-MM-DD`, ISO 8601-1:2019 §5.2.2.1).
/// Parsing and arithmetic are integer-only (no `DateFormatter`, no time zones), so folding
/// a million events stays cheap; the civil-date conversions are Howard Hinnant's
/// `days_from_civil` / `civil_from_days` algorithms.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before it).
  public var daysSinceEpoch: Int

  /// - Parameter daysSinceEpoch: days since 1970-01-01.
  public init(daysSinceEpoch: Int) {
    self.daysSinceEpoch = daysSinceEpoch
  }

  /// The day `year-month-day`, or `nil` when it does not exist (2017-02-29, month 13).
  /// - Parameters:
  ///   - year: 1–9999 (four digits in ISO form).
  ///   - month: 1–12.
  ///   - day: 1–28…31 depending on the month.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Self.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    daysSinceEpoch = era * 146_097 + dayOfEra - 719_468
  }

  /// Parses a strict ISO 8601 calendar date `YYYY-MM-DD`; `nil` for anything else,
  /// including valid-looking dates that do not exist.
  /// - Parameter text: the date text, exactly ten characters.
  public init?(iso text: some StringProtocol) {
    guard let day = Self.parse(text.utf8) else { return nil }
    self = day
  }

  /// Parses `YYYY-MM-DD` from UTF-8 bytes, for readers that never build a `String`.
  /// - Parameter bytes: exactly ten bytes.
  public init?(isoBytes bytes: some Collection<UInt8>) {
    guard let day = Self.parse(bytes) else { return nil }
    self = day
  }

  /// The year, month (1–12) and day of month (1–31).
  public var components: (year: Int, month: Int, day: Int) {
    let shifted = daysSinceEpoch + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  /// ISO 8601 weekday: 1 Monday … 7 Sunday.
  public var weekday: Int {
    // 1970-01-01 was a Thursday (4).
    let offset = (daysSinceEpoch + 3) % 7
    return (offset < 0 ? offset + 7 : offset) + 1
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    let (year, month, day) = components
    return Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2)
  }

  /// This day moved by `days` (negative: earlier).
  public func adding(days: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + days) }

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

  /// Days in `month` of `year`, with Gregorian leap years.
  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  private static func isLeap(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  private static func parse(_ bytes: some Collection<UInt8>) -> Day? {
    guard bytes.count == 10 else { return nil }
    var year = 0
    var month = 0
    var day = 0
    for (offset, byte) in bytes.enumerated() {
      if offset == 4 || offset == 7 {
        guard byte == UInt8(ascii: "-") else { return nil }
        continue
      }
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
      let digit = Int(byte &- UInt8(ascii: "0"))
      switch offset {
      case 0..<4: year = year * 10 + digit
      case 5, 6: month = month * 10 + digit
      default: day = day * 10 + digit
      }
    }
    return Day(year: year, month: month, day: day)
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
  }
}
