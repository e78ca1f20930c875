/// A plain-text table with aligned columns, for terminals.
public struct TextTable: Hashable, Sendable {
  /// Column titles.
  public var header: [String]
  /// Cells, row by row.
  public var rows: [[String]]
  /// Columns aligned right (numbers).
  public var rightAligned: Set<Int>

  /// - Parameters:
  ///   - header: column titles.
  ///   - rows: cells; short rows are padded with empty cells.
  ///   - rightAligned: indices of columns to align right.
  public init(header: [String], rows: [[String]], rightAligned: Set<Int> = []) {
    self.header = header
    self.rows = rows
    self.rightAligned = rightAligned
  }

  /// The table: header, a rule of dashes, rows; columns two spaces apart, widths in
  /// characters, no trailing spaces.
  public func render() -> String {
    var widths = header.map(\.count)
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.count)
      }
    }
    var lines = [
      line(header, widths), line(widths.map { String(repeating: "-", count: $0) }, widths),
    ]
    for row in rows { lines.append(line(row, widths)) }
    return lines.joined(separator: "\n") + "\n"
  }

  private func line(_ cells: [String], _ widths: [Int]) -> String {
    var parts: [String] = []
    for (index, width) in widths.enumerated() {
      let cell = index < cells.count ? cells[index] : ""
      let padding = String(repeating: " ", count: max(0, width - cell.count))
      parts.append(rightAligned.contains(index) ? padding + cell : cell + padding)
    }
    var text = parts.joined(separator: "  ")
    while text.last == " " { text.removeLast() }
    return text
  }
}
