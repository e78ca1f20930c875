/// One line of a control ledger: on `date`, at `place`, `to` took (or contested, besieged,
/// advanced on) the place from `from`, according to `source`.
///
/// The field names are those of the ledger files (see `LedgerField`); `ControlStatus`
/// defines how `from` and `to` read for each status.
public struct ControlEvent: Hashable, Sendable {
  /// Unique within a ledger.
  public var id: String
  /// The day of the event, or any day of its week or month (see `datePrecision`).
  public var date: Day
  /// Day, week or month: how precisely `date` is known.
  public var datePrecision: DatePrecision
  /// Where: a gazetteer reference, coordinates, or an unlocated name.
  public var place: EventPlace
  /// The actor that held the place before, as named in the ledger; `nil` when unknown.
  public var from: String?
  /// The actor that took, contests, besieges or advanced on the place.
  public var to: String
  /// What the event says about the place (see `ControlStatus`).
  public var status: ControlStatus
  /// Where the claim comes from: a URL or a file.
  public var source: String?
  /// The sentence of the source that says it.
  public var evidence: String?
  /// How far the claim is believed, 0–1; `nil` when the ledger does not say.
  public var confidence: Double?
  /// How precisely the place is known (ACLED codes).
  public var geoPrecision: GeoPrecision
  /// Free text for editors.
  public var note: String?

  /// - Parameters:
  ///   - id: unique event id.
  ///   - date: the event's day (any day of its period for week/month precision).
  ///   - datePrecision: day, week or month.
  ///   - place: gazetteer reference, coordinates, or unlocated name.
  ///   - from: the previous holder's actor id or alias, `nil` when unknown.
  ///   - to: the acting actor's id or alias.
  ///   - status: controlled, contested, besieged or advance.
  ///   - source: URL or file.
  ///   - evidence: the source sentence.
  ///   - confidence: 0–1.
  ///   - geoPrecision: 1 exact, 2 near, 3 region.
  ///   - note: free text.
  public init(
    id: String, date: Day, datePrecision: DatePrecision = .day, place: EventPlace,
    from: String?, to: String, status: ControlStatus = .controlled, source: String? = nil,
    evidence: String? = nil, confidence: Double? = nil, geoPrecision: GeoPrecision = .exact,
    note: String? = nil
  ) {
    self.id = id
    self.date = date
    self.datePrecision = datePrecision
    self.place = place
    self.from = from
    self.to = to
    self.status = status
    self.source = source
    self.evidence = evidence
    self.confidence = confidence
    self.geoPrecision = geoPrecision
    self.note = note
  }

  /// The days the event may have happened on.
  public var period: ClosedRange<Day> { datePrecision.period(containing: date) }

  /// The day a snapshot counts the event from: the start of its period.
  public var effectiveDay: Day { period.lowerBound }
}
