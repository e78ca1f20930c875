import ArgumentParser
import Control
import Extraction
import Foundation
import GeoJSON

/// `frontline extract`: report text → control events and place mentions.
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Read control events and places out of war reports (GeoJSON or ledger NDJSON).",
    discussion: """
      Examples:
        frontline extract seeds/000_e790da4f0a973771.txt
        frontline extract reports/*.txt --format ledger > new.ndjson
        frontline extract reports/ --mentions -o extracted.geojson
        pbpaste | frontline extract - --date 2017-06-01
        frontline extract report.txt --append ledger.ndjson

      A report's date comes from its first line, `date YYYY-MM-DD` (the rest of that line \
      is read as the headline), else from --date; relative dates in the text ("on Monday", \
      "this week", "yesterday") are read against it. A FOLDER stands for the .txt files in \
      it, in name order.

      Output (standard output, or -o FILE): geojson, a FeatureCollection with one Point per \
      control event (properties from, to, status, date, date_precision, place, place_id, \
      geo_precision, confidence, evidence, source, offsets, rule, note, marker-color of the \
      receiving actor; geometry null for a place nobody has located) and, with --mentions, \
      one feature per place mention (resolved, approximate or unresolved, with its score \
      and offsets); geojsonseq, the same features one per line (RFC 8142); ledger, NDJSON \
      events that `frontline ledger merge` accepts. --append LEDGER checks the events with \
      the ledger and appends them atomically, under the ledger's lock, skipping events it \
      already has (so extracting a report twice adds nothing); nothing is written to \
      standard output then, unless -o is given.

      Offsets count Unicode scalars from the start of the file. A summary goes to standard \
      error: events, places and the unresolved names, listed. Several reports are read on \
      --jobs threads (2 by default) and written in input order, with a progress bar when \
      standard error is a terminal. A report that cannot be read or is not UTF-8 is named \
      on standard error and skipped; the others are still written, and the exit status is \
      1.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case geojson, geojsonseq, ledger
  }

  @Argument(
    help: ArgumentHelp(
      "Report files, folders of .txt reports, or - for standard input.", valueName: "FILE"))
  var inputs: [String]

  @Option(
    help: ArgumentHelp(
      "The reports' date when they have no `date YYYY-MM-DD` first line.",
      valueName: "YYYY-MM-DD"))
  var date: String?

  @Option(help: "Output format: geojson, geojsonseq or ledger.")
  var format: Format = .geojson

  @Flag(help: "Also write every place mention (resolved, approximate and unresolved).")
  var mentions = false

  @Option(
    help: ArgumentHelp(
      "Check the events with this ledger and append them atomically.", valueName: "LEDGER"))
  var append: String?

  @Option(help: ArgumentHelp("The source name of a report read from standard input."))
  var source = "stdin"

  @Option(help: "Reports read at once (threads).")
  var jobs = 2

  @Flag(help: "No summary on standard error.")
  var quiet = false

  @OptionGroup var output: OutputOptions
  @OptionGroup var data: ControlDataOptions

  func validate() throws {
    guard !inputs.isEmpty else { throw ValidationError("give at least one report FILE (or -)") }
    guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more, got \(jobs)") }
    if let date, Day(iso: date) == nil {
      throw ValidationError("--date must be a calendar day YYYY-MM-DD, got '\(date)'")
    }
    if append == "-" { throw ValidationError("--append needs a ledger file, not -") }
  }

  func run() throws {
    let files = try ReportFiles.expand(inputs)
    let actors = try data.actorCatalog()
    let gazetteer = try data.gazetteer()
    let extractor = Extractor(gazetteer: gazetteer, actors: actors)
    let batch = ExtractionBatch(
      extractor: extractor, defaultDate: date.flatMap { Day(iso: $0) }, stdinSource: source,
      workers: jobs)
    let outcomes = batch.run(files, progress: StandardError.isTerminal && files.count > 1)
    var failed = 0
    var extractions: [ReportExtraction] = []
    for outcome in outcomes {
      switch outcome {
      case .success(let extraction): extractions.append(extraction)
      case .failure(let message):
        failed += 1
        StandardError.print("frontline: \(message)")
      }
    }
    if append == nil || output.output != nil {
      try output.write { target in try write(extractions, actors: actors, to: target) }
    }
    if let append {
      // Merged rather than appended: an event already in the ledger (same id, same content,
      // from extracting the same report again) is skipped instead of refused.
      let lines = extractions.flatMap { $0.events.flatMap { $0.event.ndjsonLine() } }
      let (added, skipped) = try LedgerCommand.reportingRejection {
        () throws(ControlError) in
        try LedgerFile.merge(
          lines, from: "extracted-events.ndjson", into: append, actors: actors, places: gazetteer)
      }
      if !quiet {
        StandardError.print(
          "frontline: appended \(added) event(s) to \(append)"
            + (skipped > 0 ? ", \(skipped) already there" : ""))
      }
    }
    if !quiet {
      StandardError.print(
        ExtractionSummary(extractions: extractions, failed: failed).text())
    }
    if failed > 0 { throw CommandFailure() }
  }

  private func write(
    _ extractions: [ReportExtraction], actors: ActorCatalog, to target: OutputTarget
  ) throws {
    let writer = GeoJSONWriter(precision: output.precision, pretty: output.pretty)
    func features(_ extraction: ReportExtraction) -> [Feature] {
      extraction.eventFeatures(actors: actors) + (mentions ? extraction.mentionFeatures() : [])
    }
    switch format {
    case .ledger:
      for extraction in extractions {
        for event in extraction.events { try target.write(event.event.ndjsonLine()) }
      }
    case .geojsonseq:
      let sequence = GeoJSONSeqWriter(precision: output.precision)
      for extraction in extractions {
        for feature in features(extraction) { try target.write(sequence.encode(feature)) }
      }
    case .geojson:
      var stream = FeatureCollectionWriter(writer: writer)
      var bytes: [UInt8] = []
      stream.writeHeader(to: &bytes)
      for extraction in extractions {
        for feature in features(extraction) { stream.write(feature, to: &bytes) }
        try target.write(bytes)
        bytes.removeAll(keepingCapacity: true)
      }
      stream.writeTrailer(to: &bytes)
      bytes.append(10)
      try target.write(bytes)
    }
  }
}
