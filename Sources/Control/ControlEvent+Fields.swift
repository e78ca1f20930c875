extension ControlEvent {
  /// Builds an event from text values as a CSV row or command-line options give them, with
  /// the same checks as a ledger line (dates, ranges, field combinations); actors and places
  /// are checked later against the ledger.
  /// - Parameters:
  ///   - fields: text per field; empty text counts as absent.
  ///   - file: the name to put in messages, if any.
  /// - Throws: `ControlError` for a single problem, `.rejected` with `problems` for several.
  public init(fields: [LedgerField: String], file: String? = nil) throws(ControlError) {
    var record = LedgerRecord(line: nil)
    for (field, text) in fields { record.fields[field] = (.text(text), nil) }
    let (event, problems) = record.decode(file: file)
    if let event {
      self = event
      return
    }
    if problems.count == 1, let problem = problems.first { throw problem }
    throw ControlError(
      .rejected, "\(problems.count) problems in the event", file: file, problems: problems)
  }
}
