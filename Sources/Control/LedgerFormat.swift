/// The two ledger file formats: NDJSON (one JSON object a line) and CSV with a header row.
public enum LedgerFormat: String, Hashable, Sendable, CaseIterable {
  case ndjson
  case csv

  /// The format of a ledger: `.csv` files are CSV, `.ndjson`/`.jsonl`/`.json` files NDJSON;
  /// otherwise text whose first non-blank byte is `{` (or empty text) is NDJSON, else CSV.
  /// - Parameters:
  ///   - path: the file name, if any.
  ///   - bytes: its content.
  public static func detect(path: String?, bytes: [UInt8]) -> LedgerFormat {
    let lowered = path?.lowercased() ?? ""
    if lowered.hasSuffix(".csv") { return .csv }
    if [".ndjson", ".jsonl", ".json"].contains(where: lowered.hasSuffix) { return .ndjson }
    let first = bytes.first { ![9, 10, 13, 32, 0xEF, 0xBB, 0xBF].contains($0) }
    return first == nil || first == UInt8(ascii: "{") ? .ndjson : .csv
  }
}
