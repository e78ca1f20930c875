import Control
import GeoJSON

/// A deterministic ledger shaped like a long war: 50,000 places, each reported 20 times over
/// 2014–2019 (1,000,000 events), by 13 actors, mostly `controlled` with some sieges, fights
/// and advances, 10 % of dates known only to the week or month, in ledger order that is
/// roughly but not strictly chronological (so folding has to sort).
enum SyntheticLedger {
  static let placeCount = 50_000
  static let reportsPerPlace = 20
  static let eventCount = placeCount * reportsPerPlace

  static let actors: ActorCatalog = {
    let ids = [
      "isis", "pmu", "sdf", "ypg", "asayish", "peshmerga", "isf", "saa", "hezbollah",
      "opposition", "tsk", "coalition", "hts",
    ]
    let actors = ids.enumerated().map { index, id in
      Actor(
        id: id, name: id.uppercased(), aliases: [], colour: colour(index), kind: .nonState)
    }
    do {
      return try ActorCatalog(actors: actors)
    } catch {
      fatalError("synthetic actors: \(error)")
    }
  }()

  static let places = SyntheticPlaces()

  /// The checked ledger of `events()`, built once per process.
  static let ledger: Ledger = {
    do {
      return try Ledger(events: events(), actors: actors, places: places)
    } catch {
      fatalError("synthetic ledger: \(error)")
    }
  }()

  /// The last day of the ledger and 150 days before it, when most places have changed hands.
  static var lastDay: Day { ledger.dateRange?.upperBound ?? Day(daysSinceEpoch: 0) }

  /// Two snapshots of all 50,000 places, 150 days apart.
  static let snapshots: (earlier: Snapshot, later: Snapshot) = (
    ledger.snapshot(at: lastDay.adding(days: -150)), ledger.snapshot(at: lastDay)
  )

  /// The events in ledger order.
  static func events() -> [ControlEvent] {
    var generator = Generator(seed: 0x5EED)
    let statuses: [ControlStatus] = [
      .controlled, .controlled, .controlled, .controlled, .controlled, .controlled, .controlled,
      .contested, .besieged, .advance,
    ]
    let sources = (0..<1000).map { "https://example.org/reports/\($0)" }
    let sentences = (0..<100).map { "Sentence \($0) of a report about who took the place." }
    let start = Day(year: 2014, month: 1, day: 1)?.daysSinceEpoch ?? 0
    var events: [ControlEvent] = []
    events.reserveCapacity(eventCount)
    for index in 0..<eventCount {
      let place = index % placeCount
      let round = index / placeCount
      // Rounds are disjoint 100-day windows, so a place never has two events on one day.
      let day = Day(daysSinceEpoch: start + round * 100 + generator.next(below: 100))
      let precisionDraw = generator.next(below: 100)
      let precision: DatePrecision = precisionDraw < 90 ? .day : precisionDraw < 97 ? .week : .month
      let from = generator.next(below: 4) == 0 ? nil : actorID(generator.next(below: 13))
      events.append(
        ControlEvent(
          id: "e\(index)", date: day, datePrecision: precision,
          place: .reference(SyntheticPlaces.id(place)), from: from,
          to: actorID(generator.next(below: 13)), status: statuses[generator.next(below: 10)],
          source: sources[generator.next(below: sources.count)],
          evidence: sentences[generator.next(below: sentences.count)],
          confidence: Double(generator.next(below: 101)) / 100))
    }
    return events
  }

  static func actorID(_ index: Int) -> String { actors.actors[index].id }

  private static func colour(_ index: Int) -> String {
    let hex = String(index * 0x111111 % 0xFFFFFF, radix: 16)
    return "#" + String(repeating: "0", count: 6 - hex.count) + hex
  }
}

/// 50,000 gazetteer places `p00000`… on a grid over the Iraq–Syria border region.
struct SyntheticPlaces: PlaceResolver {
  static func id(_ index: Int) -> String {
    let digits = String(index)
    return "p" + String(repeating: "0", count: 5 - digits.count) + digits
  }

  func reference(id: String) -> PlaceReference? {
    guard id.hasPrefix("p"), let index = Int(id.dropFirst()),
      (0..<SyntheticLedger.placeCount).contains(index)
    else { return nil }
    return PlaceReference(
      id: id, name: "Place \(index)",
      position: Position(
        longitude: 38 + Double(index % 250) * 0.024, latitude: 33 + Double(index / 250) * 0.02),
      country: "IQ", kind: "village")
  }

  func resolve(_ reference: String) -> PlaceResolution {
    self.reference(id: reference).map(PlaceResolution.resolved) ?? .unresolved(suggestions: [])
  }
}

/// A 64-bit linear congruential generator (Knuth's MMIX constants): the same numbers on
/// every machine and run.
struct Generator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next(below bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }
}
