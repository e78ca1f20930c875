import ArgumentParser
import Control
import GeoJSON

/// `frontline ledger`: check a control ledger, add events to it, merge another into it.
struct LedgerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ledger",
    abstract: "Check, add to and merge control ledgers (who took what from whom, when).",
    discussion: """
      A ledger is NDJSON (one event a line) or CSV with a header. Fields: id, date \
      (YYYY-MM-DD), date_precision (day|week|month: the ISO week or calendar month holding \
      the date), place (gazetteer id or a name that resolves to one place) or lat, lon and \
      name, unlocated (true: a named place nobody has located; kept without geometry), from \
      (actor, empty when unknown), to (actor), status (controlled|contested|besieged|\
      advance), source, evidence, confidence (0-1), geo_precision (1 exact, 2 near, 3 \
      region), note.

      add and merge take an exclusive lock on LEDGER.lock, check the existing and new events \
      together, and replace the ledger atomically (temporary file + rename); a rejected \
      event leaves the ledger byte-for-byte unchanged.
      """,
    subcommands: [Validate.self, Add.self, Merge.self])
}

extension LedgerCommand {
  /// Runs `body`; a `ControlError` is printed with all its problems and turned into exit
  /// status 1.
  @discardableResult
  static func reportingRejection<Value>(_ body: () throws(ControlError) -> Value) throws -> Value {
    do {
      return try body()
    } catch {
      ProblemReport.print(rejection: error)
      throw CommandFailure()
    }
  }

  /// A ledger to write must be a file: standard output cannot be locked or replaced.
  static func checkWritable(_ ledger: String) throws {
    guard ledger != "-" else {
      throw ValidationError("the ledger to write must be a file, not standard input or output")
    }
  }

  /// `frontline ledger validate L`: every problem, with its line, exit 1 if any.
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check every event of a ledger and print every problem with its line.",
      discussion: """
        Problems: malformed lines, unknown actors, unresolved or ambiguous places (with \
        candidates), bad dates, confidence outside 0-1, duplicate ids, and two events for one \
        place on one day that contradict each other. Exit status 1 when there is any.
        """)

    @Argument(
      help: ArgumentHelp("The ledger (NDJSON or CSV); - for standard input.", valueName: "LEDGER"))
    var ledger: String

    @OptionGroup var data: ControlDataOptions

    func run() throws {
      let name = InputFile.displayName(ledger)
      let checked = try data.checkedLedger(
        InputFile.read(ledger), name: name, actors: data.actorCatalog()
      ) { "\($0.entries.count) valid event(s)" }
      try StandardOutput.write(
        "\(name): \(checked.entries.count) events, \(checked.places.count) places, no problems\n")
    }
  }

  /// `frontline ledger add L …`: one checked event, appended atomically.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Append one checked event to a ledger (created if missing).",
      discussion: """
        Examples:
          frontline ledger add l.ndjson --date 2017-05-29 --place "Umm Jrais" --from ISIS \\
            --to PMU --source https://example.org/report --evidence "The PMU pushed ..."
          frontline ledger add l.ndjson --date 2017-06-01 --date-precision week \\
            --place "Wadi al-Midar" --unlocated --to PMU --geo-precision 3

        Actors may be given by id, name or alias; they are written as ids. Without --id the \
        event gets an id made from its content (ev-…). Prints the id.
        """)

    @Argument(help: ArgumentHelp("The ledger to append to.", valueName: "LEDGER"))
    var ledger: String

    @Option(help: "Event id (default: ev- and a hash of the event).") var id: String?
    @Option(help: ArgumentHelp("ISO 8601 day.", valueName: "YYYY-MM-DD")) var date: String
    @Option(help: "day, week (the ISO week holding --date) or month.") var datePrecision: String?
    @Option(help: "Gazetteer id or a name that resolves to one place.") var place: String?
    @Option(help: "Latitude, degrees (with --lon and --name instead of --place).") var lat: String?
    @Option(help: "Longitude, degrees.") var lon: String?
    @Option(help: "Name of the --lat/--lon point.") var name: String?
    @Flag(help: "The --place name is not located by anyone: keep it without coordinates.")
    var unlocated = false
    @Option(help: "Actor that held the place (omit when unknown).") var from: String?
    @Option(help: "Actor that took, contests, besieges or advanced on the place.") var to: String
    @Option(help: "controlled (default), contested, besieged or advance.") var status: String?
    @Option(help: "URL or file the claim comes from.") var source: String?
    @Option(help: "The sentence that says it.") var evidence: String?
    @Option(help: "0 to 1.") var confidence: String?
    @Option(help: "1 exact (default), 2 near, 3 region.") var geoPrecision: String?
    @Option(help: "Free text.") var note: String?

    @OptionGroup var data: ControlDataOptions

    @Option(help: "Seconds to wait for another writer's lock.") var lockTimeout: Double = 10

    func validate() throws { try LedgerCommand.checkWritable(ledger) }

    func run() throws {
      let event = try newEvent()
      let actors = try data.actorCatalog()
      let gazetteer = try data.gazetteer()
      try LedgerCommand.reportingRejection { () throws(ControlError) in
        try LedgerFile.append(
          [event], to: ledger, actors: actors, places: gazetteer, lockTimeout: lockTimeout)
      }
      try StandardOutput.write(event.id + "\n")
    }

    /// The event the options describe, checked like a ledger line; its id defaults to
    /// `ControlEvent.contentID()`.
    private func newEvent() throws -> ControlEvent {
      var fields: [LedgerField: String] = [.id: id ?? "pending", .date: date, .to: to]
      let optional: [(LedgerField, String?)] = [
        (.datePrecision, datePrecision), (.place, place), (.lat, lat), (.lon, lon),
        (.name, name), (.unlocated, unlocated ? "true" : nil), (.from, from), (.status, status),
        (.source, source), (.evidence, evidence), (.confidence, confidence),
        (.geoPrecision, geoPrecision), (.note, note),
      ]
      for (field, value) in optional where value != nil { fields[field] = value }
      var event = try LedgerCommand.reportingRejection { () throws(ControlError) in
        try ControlEvent(fields: fields, file: ledger)
      }
      if id == nil { event.id = event.contentID() }
      return event
    }
  }

  /// `frontline ledger merge L OTHER`: another ledger's new events, appended atomically.
  struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Append the events of another ledger (NDJSON or CSV) after checking them all.",
      discussion: """
        Events whose id is already in the ledger with the same content are skipped, so a \
        merge can be repeated. Any problem (named with OTHER's line) rejects the whole merge.
        """)

    @Argument(help: ArgumentHelp("The ledger to append to.", valueName: "LEDGER"))
    var ledger: String

    @Argument(
      help: ArgumentHelp(
        "The ledger to take events from; - for standard input.", valueName: "OTHER"))
    var other: String

    @OptionGroup var data: ControlDataOptions

    @Option(help: "Seconds to wait for another writer's lock.") var lockTimeout: Double = 10

    func validate() throws { try LedgerCommand.checkWritable(ledger) }

    func run() throws {
      let bytes = try InputFile.read(other)
      let actors = try data.actorCatalog()
      let gazetteer = try data.gazetteer()
      let result = try LedgerCommand.reportingRejection { () throws(ControlError) in
        try LedgerFile.merge(
          bytes, from: InputFile.displayName(other), into: ledger, actors: actors,
          places: gazetteer, lockTimeout: lockTimeout)
      }
      try StandardOutput.write(
        "\(ledger): merged \(result.appended) event(s), \(result.skipped) already present\n")
    }
  }
}
