/// Who holds one place on a snapshot's date, since when, and on whose word.
public struct PlaceState: Hashable, Sendable {
  /// The place.
  public var place: LedgerPlace
  /// The actor id of the holder; `nil` when no event has said who holds it.
  public var controller: String?
  /// Controlled, contested, besieged or advance.
  public var status: ControlStatus
  /// The actor contesting, besieging or advancing on the place (`to` of such an event);
  /// `nil` for `controlled`.
  public var challenger: String?
  /// The first day of the current controller-and-status; for a week or month event, the
  /// first day of its period (see `sincePrecision`).
  public var since: Day
  /// The date precision of the event that started the current state; anything but `day`
  /// means `since` is uncertain: it is the earliest day the change can have happened.
  public var sincePrecision: DatePrecision
  /// The highest confidence among the supporting events; `nil` when none gives one.
  public var confidence: Double?
  /// The best location precision among the supporting events.
  public var geoPrecision: GeoPrecision
  /// The sources of the supporting events (the one that started the state, then those that
  /// repeated it), without repeats.
  public var sources: [String]
  /// The evidence sentences of the supporting events, without repeats.
  public var evidence: [String]
  /// The ids of the supporting events.
  public var eventIDs: [String]

  /// - Parameters:
  ///   - place: the place.
  ///   - controller: holder's actor id, `nil` when unknown.
  ///   - status: controlled, contested, besieged or advance.
  ///   - challenger: the contesting, besieging or advancing actor's id.
  ///   - since: first day of this state.
  ///   - sincePrecision: precision of `since`.
  ///   - confidence: 0–1.
  ///   - geoPrecision: 1 exact, 2 near, 3 region.
  ///   - sources: supporting sources.
  ///   - evidence: supporting sentences.
  ///   - eventIDs: supporting event ids.
  public init(
    place: LedgerPlace, controller: String?, status: ControlStatus, challenger: String? = nil,
    since: Day, sincePrecision: DatePrecision = .day, confidence: Double? = nil,
    geoPrecision: GeoPrecision = .exact, sources: [String] = [], evidence: [String] = [],
    eventIDs: [String] = []
  ) {
    self.place = place
    self.controller = controller
    self.status = status
    self.challenger = challenger
    self.since = since
    self.sincePrecision = sincePrecision
    self.confidence = confidence
    self.geoPrecision = geoPrecision
    self.sources = sources
    self.evidence = evidence
    self.eventIDs = eventIDs
  }

  /// Whether `since` is only known to a week or a month.
  public var sinceIsUncertain: Bool { sincePrecision != .day }
}
