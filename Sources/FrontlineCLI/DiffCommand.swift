import ArgumentParser
import Control
import GeoJSON

/// `frontline diff`: what changed between two snapshots, or two dates of one ledger.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "What changed between two snapshots, or between two dates of a ledger.",
    discussion: """
      Examples:
        frontline diff may.geojson june.geojson
        frontline diff --ledger l.ndjson --from 2017-05-01 --to 2017-06-30 --format table
        frontline diff --ledger l.ndjson --from 2017-05-01 --to 2017-06-30 --summary

      Every place whose holder or status changed, matched by place_id: captured (another \
      holder), lost (no holder any more), contested (now contested or advanced on), \
      besieged, relieved (back to controlled by the same holder), new (not in A), gone \
      (not in B); with from/to holders, status_from/status_to, and date_from/date_to (the \
      `since` of each state). Snapshot files are those `frontline snapshot` writes \
      (GeoJSON or GeoJSONSeq of one date).

      GeoJSON output carries simplestyle-spec styling and a `summary` member: places \
      gained, lost and net per actor. --summary prints only that summary, as a table or \
      (--format json) JSON. A snapshot compared with itself gives no changes; diffs \
      compose: A→B then B→C has the net effect of A→C.
      """)

  /// Output formats: the four of the changes, and json for the summary.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case geojson, geojsonseq, csv, table, json
  }

  @Argument(
    help: ArgumentHelp(
      "Two snapshot files, earlier first; - for standard input.", valueName: "SNAPSHOT"))
  var snapshots: [String] = []

  @Option(
    help: ArgumentHelp(
      "Compare two dates of this ledger instead of two files.", valueName: "LEDGER"))
  var ledger: String?

  @Option(help: ArgumentHelp("The earlier date (with --ledger).", valueName: "YYYY-MM-DD"))
  var from: String?

  @Option(help: ArgumentHelp("The later date (with --ledger).", valueName: "YYYY-MM-DD"))
  var to: String?

  @Flag(help: "Print only the per-actor summary (places gained, lost, net).")
  var summary = false

  @Option(
    help:
      "geojson, geojsonseq, csv or table; for --summary, table or json (defaults: geojson, table).")
  var format: Format?

  @OptionGroup var data: ControlDataOptions

  @OptionGroup var territory: AreaOptions

  @OptionGroup var output: OutputOptions

  func validate() throws {
    if territory.fronts {
      throw ValidationError("--fronts belongs to snapshot; diff takes --areas")
    }
    if territory.areas, format == .csv || format == .geojsonseq {
      throw ValidationError("diff --areas is written as geojson, table or (--summary) json")
    }
    if ledger == nil {
      guard snapshots.count == 2 else {
        throw ValidationError("give two snapshot files, or --ledger with --from and --to")
      }
      guard from == nil, to == nil else { throw ValidationError("--from and --to need --ledger") }
    } else {
      guard snapshots.isEmpty else {
        throw ValidationError("give either two snapshot files or --ledger, not both")
      }
      for (name, value) in [("--from", from), ("--to", to)] {
        guard let value else { throw ValidationError("--ledger needs \(name) YYYY-MM-DD") }
        guard Day(iso: value) != nil else {
          throw ValidationError("\(name) must be a day YYYY-MM-DD, got '\(value)'")
        }
      }
    }
    switch (summary, format) {
    case (true, .geojson?), (true, .geojsonseq?), (true, .csv?):
      throw ValidationError("--summary is written as table or json")
    case (false, .json?):
      throw ValidationError("json is the --summary format; the changes are geojson")
    default: break
    }
  }

  func run() throws {
    let actors = try data.actorCatalog()
    let (earlier, later) = try snapshotPair(actors: actors)
    let diff = SnapshotDiff(from: earlier, to: later)
    let areaDiff = try territory.builder().map {
      try territory.areaDiff(from: earlier, to: later, builder: $0)
    }
    let writer = GeoJSONWriter(precision: output.precision, pretty: output.pretty)
    try output.write { target in
      switch (summary, format) {
      case (true, .json?):
        var summary = diff.summaryJSON(actors: actors)
        if let areaDiff { summary["area_summary"] = areaDiff.summary }
        try target.write(writer.encode(.object(summary)) + [10])
      case (true, _):
        try target.write(diff.summaryTable(actors: actors).render())
        if let areaDiff {
          try target.write("\n" + territory.table(for: areaDiff, actors: actors).render())
        }
      case (false, .geojsonseq?):
        let sequence = GeoJSONSeqWriter(precision: output.precision)
        for feature in diff.features(actors: actors) { try target.write(sequence.encode(feature)) }
      case (false, .csv?):
        try target.write(SnapshotDiff.csvHeader + diff.csvRows())
      case (false, .table?):
        try target.write(diff.table(actors: actors).render())
        try target.write("\n" + diff.summaryTable(actors: actors).render())
        if let areaDiff {
          try target.write("\n" + territory.table(for: areaDiff, actors: actors).render())
        }
      case (false, _):
        var collection = diff.featureCollection(actors: actors)
        if let areaDiff {
          collection.features += territory.features(for: areaDiff, actors: actors)
          collection.foreignMembers["area_summary"] = areaDiff.summary
        }
        try target.write(writer.encode(.featureCollection(collection)) + [10])
      }
    }
  }

  /// The two snapshots to compare: two dates of the ledger, or two files.
  private func snapshotPair(actors: ActorCatalog) throws -> (Snapshot, Snapshot) {
    if let ledger, let from = from.flatMap({ Day(iso: $0) }), let to = to.flatMap({ Day(iso: $0) })
    {
      let checked = try data.checkedLedger(path: ledger, actors: actors)
      return (checked.snapshot(at: from), checked.snapshot(at: to))
    }
    return (try Self.snapshot(snapshots[0]), try Self.snapshot(snapshots[1]))
  }

  /// A snapshot file: GeoJSON, or GeoJSONSeq (told apart by extension or content).
  static func snapshot(_ path: String) throws -> Snapshot {
    let name = InputFile.displayName(path)
    let bytes = try InputFile.read(path)
    if isSequence(path: path, bytes: bytes) {
      let reader = GeoJSONSeqReader(bytes: bytes, file: name)
      var features: [Feature] = []
      while let feature = try reader.next() { features.append(feature) }
      return try Snapshot(features: features, file: name)
    }
    return try Snapshot(GeoJSONReader.read(bytes, file: name), file: name)
  }

  /// `.geojsonl`/`.geojsons`/`.ndjson` files, text starting with the RS byte, and text
  /// whose first line is a whole Feature are sequences.
  private static func isSequence(path: String, bytes: [UInt8]) -> Bool {
    let lowered = path.lowercased()
    if [".geojsonl", ".geojsons", ".geojsonseq", ".ndjson", ".jsonl"].contains(
      where: lowered.hasSuffix)
    {
      return true
    }
    guard let first = bytes.firstIndex(where: { ![9, 10, 13, 32].contains($0) }) else {
      return false
    }
    if bytes[first] == 0x1E { return true }
    let end = bytes[first...].firstIndex(of: 10) ?? bytes.endIndex
    guard end < bytes.endIndex, let line = try? JSONReader.parse(Array(bytes[first..<end])) else {
      return false
    }
    return line.objectValue?["type"]?.stringValue == "Feature"
  }
}
