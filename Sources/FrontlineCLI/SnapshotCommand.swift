import ArgumentParser
import Control
import GeoJSON
import Territory

/// `frontline snapshot`: who controls what on a date, folded from a ledger.
struct SnapshotCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "snapshot",
    abstract: "Who controls what on a date: the ledger folded up to it, one point per place.",
    discussion: """
      Examples:
        frontline snapshot --ledger seeds/000_e790da4f0a973771.ledger.ndjson --at 2017-06-01
        frontline snapshot --ledger l.ndjson --at 2017-06-01 --format table
        frontline snapshot --ledger l.ndjson --as-of-each month -o monthly.geojsonl

      For every place: controller (the holder), since when, status (controlled, contested, \
      besieged, advance), the challenger, the sources, evidence and event ids behind it, \
      confidence and geo precision. A later event wins; a week or month event counts from \
      the first day of its ISO week or month, and since_uncertain says so. Places nobody \
      has located have a null geometry and unlocated: true.

      GeoJSON output is RFC 7946 Points with simplestyle-spec marker-color (the holder's \
      colour from actors.tsv), marker-symbol, marker-size and title. --as-of-each writes the \
      snapshots at the end of each day, ISO week or month from --from (default: the first \
      event) to --at (default: the last), each feature with its `date`, as GeoJSONSeq by \
      default: a time slider's input (frontline map).
      """)

  /// Output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case geojson, geojsonseq, csv, table
  }

  @Option(
    help: ArgumentHelp("The ledger (NDJSON or CSV); - for standard input.", valueName: "LEDGER"))
  var ledger: String

  @Option(
    help: ArgumentHelp("The day (default: the last day of the ledger).", valueName: "YYYY-MM-DD"))
  var at: String?

  @Option(
    help: ArgumentHelp(
      "Write a series: one snapshot per day, week or month.", valueName: "day|week|month"))
  var asOfEach: String?

  @Option(
    help: ArgumentHelp(
      "First day of an --as-of-each series (default: the first event).", valueName: "YYYY-MM-DD"))
  var from: String?

  @Option(help: "geojson, geojsonseq, csv or table (default: geojson; geojsonseq for a series).")
  var format: Format?

  @Flag(help: "Start GeoJSONSeq records with the RFC 8142 record separator (0x1E).")
  var recordSeparator = false

  @OptionGroup var data: ControlDataOptions

  @OptionGroup var territory: AreaOptions

  @OptionGroup var output: OutputOptions

  func validate() throws {
    if territory.isRequested, format == .csv {
      throw ValidationError("areas and front lines are written as geojson, geojsonseq or table")
    }
    if let at, Day(iso: at) == nil {
      throw ValidationError("--at must be a day YYYY-MM-DD, got '\(at)'")
    }
    if let from, Day(iso: from) == nil {
      throw ValidationError("--from must be a day YYYY-MM-DD, got '\(from)'")
    }
    if from != nil, asOfEach == nil { throw ValidationError("--from needs --as-of-each") }
    if let asOfEach, DatePrecision(rawValue: asOfEach) == nil {
      throw ValidationError("--as-of-each must be day, week or month, got '\(asOfEach)'")
    }
  }

  func run() throws {
    let actors = try data.actorCatalog()
    let ledger = try data.checkedLedger(path: self.ledger, actors: actors)
    let range = ledger.dateRange
    guard let end = at.flatMap({ Day(iso: $0) }) ?? range?.upperBound else {
      throw ValidationError("the ledger has no events; give --at")
    }
    var writer = SnapshotWriter(
      format: format ?? (asOfEach == nil ? .geojson : .geojsonseq), actors: actors,
      geoJSON: GeoJSONWriter(precision: output.precision, pretty: output.pretty),
      recordSeparator: recordSeparator, territory: territory, areaBuilder: try territory.builder())
    try output.write { target in
      try writer.begin(to: target)
      if let period = asOfEach.flatMap(DatePrecision.init(rawValue:)) {
        let start = from.flatMap { Day(iso: $0) } ?? range?.lowerBound ?? end
        try ledger.forEachSnapshot(from: start, through: end, every: period) { snapshot in
          try writer.write(snapshot, to: target)
        }
      } else {
        try writer.write(ledger.snapshot(at: end), to: target)
      }
      try writer.end(to: target)
    }
  }
}

/// Writes snapshots in one format, streaming: a series never sits in memory whole.
struct SnapshotWriter {
  let format: SnapshotCommand.Format
  let actors: ActorCatalog
  let geoJSON: GeoJSONWriter
  let recordSeparator: Bool
  /// `--areas`/`--fronts`, and the builder when either is asked for.
  let territory: AreaOptions
  let areaBuilder: TerritoryBuilder?
  private var collection: FeatureCollectionWriter
  private var dates: [Day] = []
  private var bytes: [UInt8] = []

  init(
    format: SnapshotCommand.Format, actors: ActorCatalog, geoJSON: GeoJSONWriter,
    recordSeparator: Bool, territory: AreaOptions, areaBuilder: TerritoryBuilder?
  ) {
    self.territory = territory
    self.areaBuilder = areaBuilder
    self.format = format
    self.actors = actors
    self.geoJSON = geoJSON
    self.recordSeparator = recordSeparator
    collection = FeatureCollectionWriter(writer: geoJSON)
  }

  mutating func begin(to target: OutputTarget) throws {
    switch format {
    case .geojson: collection.writeHeader(to: &bytes)
    case .csv: bytes += Array(Snapshot.csvHeader.utf8)
    case .geojsonseq, .table: break
    }
    try flush(to: target)
  }

  mutating func write(_ snapshot: Snapshot, to target: OutputTarget) throws {
    dates.append(snapshot.date)
    switch format {
    case .geojson:
      for feature in try features(of: snapshot) { collection.write(feature, to: &bytes) }
    case .geojsonseq:
      let sequence = GeoJSONSeqWriter(
        precision: geoJSON.precision, recordSeparator: recordSeparator)
      for feature in try features(of: snapshot) { sequence.write(feature, to: &bytes) }
    case .csv:
      bytes += Array(snapshot.csvRows(actors: actors).utf8)
    case .table:
      if dates.count > 1 { bytes.append(10) }
      bytes += Array("\(snapshot.date)\n".utf8)
      bytes += Array(snapshot.table(actors: actors).render().utf8)
      if let areaBuilder {
        let areas = try territory.controlAreas(of: snapshot, builder: areaBuilder)
        bytes += Array(("\n" + territory.table(for: areas, actors: actors).render()).utf8)
      }
    }
    try flush(to: target)
  }

  mutating func end(to target: OutputTarget) throws {
    if format == .geojson {
      var members = JSONObject()
      if dates.count == 1, let date = dates.first { members["date"] = .string(date.description) }
      collection.writeTrailer(foreignMembers: members, to: &bytes)
      bytes.append(10)
    }
    try flush(to: target)
  }

  /// The places, then the areas and front lines asked for, each dated for a time slider.
  private func features(of snapshot: Snapshot) throws -> [Feature] {
    let places = snapshot.states.map { $0.feature(date: snapshot.date, actors: actors) }
    let estimates = try territory.features(for: snapshot, actors: actors, builder: areaBuilder)
    return places
      + estimates.map { feature in
        var dated = feature
        dated.properties?["date"] = .string(snapshot.date.description)
        return dated
      }
  }

  private mutating func flush(to target: OutputTarget) throws {
    try target.write(bytes)
    bytes.removeAll(keepingCapacity: true)
  }
}
