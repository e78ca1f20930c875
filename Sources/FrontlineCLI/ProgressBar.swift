/// A one-line progress bar on standard error, redrawn in place (`\r`); only worth drawing
/// when standard error is a terminal.
struct ProgressBar {
  let total: Int
  /// Width of the bar, characters.
  static let width = 30

  /// Draws the bar for `done` of `total` items.
  func draw(_ done: Int) {
    let filled = total > 0 ? Self.width * done / total : Self.width
    let bar =
      String(repeating: "=", count: filled) + String(repeating: " ", count: Self.width - filled)
    StandardError.write("\r[\(bar)] \(done)/\(total) reports")
  }

  /// Erases the bar's line.
  func clear() {
    StandardError.write("\r\u{1B}[K")
  }
}
