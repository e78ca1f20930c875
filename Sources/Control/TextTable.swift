/// A plain-text table with aligned columns, for terminals.
public struct TextTable: Hashable, Sendable {
  /// Column titles.
  public var header: [String]
  /// Cells, row by row.
  public var rows: [[String]]
  /// Columns aligned right (numbers).
  public var rightAligned: Set<Int>
  /// Whether a rule of dashes separates the header from the rows.
  public var underlinesHeader: Bool

  /// - Parameters:
  ///   - header: column titles.
  ///   - rows: cells; short rows are padded with empty cells.
  ///   - rightAligned: indices of columns to align right.
  ///   - underlinesHeader: whether a rule of dashes follows the header.
  public init(
    header: [String], rows: [[String]], rightAligned: Set<Int> = [], underlinesHeader: Bool = true
  ) {
    self.header = header
    self.rows = rows
    self.rightAligned = rightAligned
    self.underlinesHeader = underlinesHeader
  }

  /// The table: header, a rule of dashes (when `underlinesHeader`), rows; columns two spaces
  /// apart, widths in characters, no trailing spaces.
  public func render() -> String {
    var widths = header.map(\.count)
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.count)
      }
    }
    var lines = [line(header, widths)]
    if underlinesHeader {
      lines.append(line(widths.map { String(repeating: "-", count: $0) }, widths))
    }
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
