import Control
import GeoJSON

/// Turns rule drafts into ledger events: dates, places, merging, confidence and ids.
///
/// - Date: the date expression of the event's clause nearest its trigger. Without one, an
///   event takes the date of an event of the same actor, status and place (or border) that
///   has one elsewhere in the report (the seed says "on Monday reached the Syrian border" and
///   later where); failing that, a capture or advance is dated the report's week ("happened
///   lately"), a contest or siege the report's day ("as of").
/// - An advance to a border with no place is folded into the same actor's advances to that
///   border that the report locates.
/// - Events for the same place, actor and date merge: the strongest status wins (controlled,
///   besieged, contested, advance), the evidence sentences are joined.
/// - Confidence: the rule's strength × how clearly the actor is named × the place's fit
///   (0.6 + 0.4 × score; 0.7 approximate; 0.6 unresolved) × 0.9 for a claim attributed to a
///   party, rounded to two decimals.
/// - Of two events that contradict each other for one place and day, the less confident is
///   dropped, so that the ledger accepts the rest.
struct EventAssembler {
  let report: Report
  let layout: TextLayout
  let mentions: [MentionDraft]
  let dates: [[DateExpression]]
  let clauseOf: (Int) -> Range<Int>
  let countryNames: [String: String]
  let offsets: ScalarOffsets

  /// A draft with its settled date and place.
  private struct Dated {
    var draft: EventDraft
    var day: Day
    var precision: DatePrecision
    var isExplicit: Bool
    var sentences: [Int]
    var confidence: Double

    /// Takes the date of `other`.
    mutating func takeDate(of other: Dated) {
      day = other.day
      precision = other.precision
      isExplicit = other.isExplicit
    }
  }

  func events(from drafts: [EventDraft]) -> [ExtractedEvent] {
    var dated = drafts.map(date)
    propagateDates(&dated)
    dated = foldBorders(dated)
    dated = merge(dated)
    dated = dropContradictions(dated)
    return dated.map(event).sorted {
      ($0.evidenceRanges.first ?? TextRange(start: 0, end: 0))
        < ($1.evidenceRanges.first ?? TextRange(start: 0, end: 0))
    }
  }

  // MARK: - Dates

  private func date(_ draft: EventDraft) -> Dated {
    let confidence = confidence(of: draft)
    let clause = clauseOf(draft.trigger)
    // A date said in another clause ("…on Saturday, opening the road to Deir ez-Zor, where
    // government forces have been besieged") dates that clause's event, not this one.
    let candidates = dates[draft.sentence].filter { clause.contains($0.words.lowerBound) }
    let best = candidates.min { a, b in
      rank(a, trigger: draft.trigger, clause: clause)
        < rank(b, trigger: draft.trigger, clause: clause)
    }
    if let best {
      return Dated(
        draft: draft, day: best.day, precision: best.precision, isExplicit: true,
        sentences: [draft.sentence], confidence: confidence)
    }
    let isChange = draft.status == .controlled || draft.status == .advance
    return Dated(
      draft: draft, day: report.date, precision: isChange ? .week : .day, isExplicit: false,
      sentences: [draft.sentence], confidence: confidence)
  }

  /// Nearer the trigger is better; the trigger's own clause first.
  private func rank(_ expression: DateExpression, trigger: Int, clause: Range<Int>) -> Int {
    let distance = min(
      abs(expression.words.lowerBound - trigger), abs(expression.words.upperBound - 1 - trigger))
    return (clause.contains(expression.words.lowerBound) ? 0 : 1000) + distance
  }

  private func sameSubject(_ a: EventDraft, _ b: EventDraft) -> Bool {
    a.to == b.to && a.status == b.status && samePlace(a, b)
  }

  private func samePlace(_ a: EventDraft, _ b: EventDraft) -> Bool {
    switch (a.target, b.target) {
    case (.border, .border): return true
    case (.place(let x), .place(let y)): return placeKey(x) == placeKey(y)
    default: return false
    }
  }

  private func propagateDates(_ dated: inout [Dated]) {
    // An undated event of an actor at a place takes the date of that actor's strongest event
    // there, so that "entered X" and "X fell", or "captured X after a battle for it", merge
    // instead of leaving the fight dated after the capture.
    let original = dated
    for index in dated.indices where !dated[index].isExplicit {
      let strongest = original.filter { other in
        other.draft.to == dated[index].draft.to && samePlace(other.draft, dated[index].draft)
      }.max { a, b in
        (Self.rank(a.draft.status), a.isExplicit ? 1 : 0)
          < (Self.rank(b.draft.status), b.isExplicit ? 1 : 0)
      }
      if let strongest, Self.rank(strongest.draft.status) >= Self.rank(dated[index].draft.status) {
        dated[index].takeDate(of: strongest)
      }
    }
    for index in dated.indices where !dated[index].isExplicit {
      if let source = dated.first(where: {
        $0.isExplicit && sameSubject($0.draft, dated[index].draft)
      }) {
        dated[index].takeDate(of: source)
      }
    }
  }

  /// Folds advances to a border with no place into located advances of the same actor.
  private func foldBorders(_ dated: [Dated]) -> [Dated] {
    var result = dated
    var removed: Set<Int> = []
    for (index, item) in dated.enumerated() {
      guard case .border(_, nil, _) = item.draft.target else { continue }
      let located = dated.indices.filter { other in
        guard case .border(_, .some, _) = dated[other].draft.target else { return false }
        return dated[other].draft.to == item.draft.to
      }
      guard !located.isEmpty else { continue }
      removed.insert(index)
      for other in located {
        if !result[other].isExplicit, item.isExplicit { result[other].takeDate(of: item) }
        result[other].sentences = Array(Set(result[other].sentences + item.sentences)).sorted()
      }
    }
    return result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
  }

  // MARK: - Merging

  private func key(_ item: Dated) -> String {
    let place: String
    switch item.draft.target {
    case .place(let mention): place = placeKey(mention)
    case .border(let countries, let related, _):
      place = "border:" + countries.joined(separator: "-") + ":" + (related.map(placeKey) ?? "")
    }
    return "\(place)|\(item.draft.to)|\(item.day)|\(item.precision.rawValue)"
  }

  private func placeKey(_ mention: Int) -> String {
    mentions[mention].place?.id ?? "name:" + name(of: mentions[mention])
  }

  private static func rank(_ status: ControlStatus) -> Int {
    switch status {
    case .controlled: 3
    case .besieged: 2
    case .contested: 1
    case .advance: 0
    }
  }

  private func merge(_ dated: [Dated]) -> [Dated] {
    var order: [String] = []
    var groups: [String: Dated] = [:]
    for item in dated {
      let itemKey = key(item)
      guard var existing = groups[itemKey] else {
        groups[itemKey] = item
        order.append(itemKey)
        continue
      }
      if Self.rank(item.draft.status) > Self.rank(existing.draft.status) {
        let from = existing.draft.from
        existing.draft = item.draft
        existing.draft.from = item.draft.from ?? from
      } else if existing.draft.from == nil {
        existing.draft.from = item.draft.from
      }
      existing.confidence = max(existing.confidence, item.confidence)
      existing.sentences = Array(Set(existing.sentences + item.sentences)).sorted()
      existing.draft.notes += item.draft.notes.filter { !existing.draft.notes.contains($0) }
      groups[itemKey] = existing
    }
    return order.compactMap { groups[$0] }
  }

  /// Drops the less confident of two same-day events for one place that exclude each other
  /// (two holders, a holder and a besieger of another side, two besiegers).
  private func dropContradictions(_ dated: [Dated]) -> [Dated] {
    let ranked = dated.indices.sorted { dated[$0].confidence > dated[$1].confidence }
    var kept: [Int] = []
    for index in ranked {
      let item = dated[index]
      let clash = kept.contains { other in
        let existing = dated[other]
        guard existing.precision == .day, item.precision == .day, existing.day == item.day,
          placeIdentity(existing) == placeIdentity(item)
        else { return false }
        return Self.excludes(existing.draft, item.draft)
      }
      if !clash { kept.append(index) }
    }
    return kept.sorted().map { dated[$0] }
  }

  private func placeIdentity(_ item: Dated) -> String {
    switch item.draft.target {
    case .place(let mention): placeKey(mention)
    case .border(_, let related, _): related.map(placeKey) ?? "border"
    }
  }

  private static func excludes(_ a: EventDraft, _ b: EventDraft) -> Bool {
    switch (a.status, b.status) {
    case (.controlled, .controlled), (.besieged, .besieged): return a.to != b.to
    case (.controlled, .besieged), (.besieged, .controlled):
      let (holder, siege) = a.status == .controlled ? (a, b) : (b, a)
      return holder.to == siege.to || (siege.from.map { $0 != holder.to } ?? false)
    case (.contested, .contested):
      let one = Set([a.from, a.to].compactMap { $0 })
      let other = Set([b.from, b.to].compactMap { $0 })
      return !(one.isSubset(of: other) || other.isSubset(of: one))
    default: return false
    }
  }

  // MARK: - Confidence

  private func confidence(of draft: EventDraft) -> Double {
    var value = draft.strength * draft.actorClarity
    value *= placeFactor(draft.target)
    if draft.isAttributed { value *= 0.9 }
    return (min(0.99, max(0.05, value)) * 100).rounded() / 100
  }

  private func placeFactor(_ target: EventDraft.Target) -> Double {
    let mention: Int
    switch target {
    case .place(let index): mention = index
    case .border(_, let related, _):
      guard let related else { return 0.7 }
      mention = related
    }
    let draft = mentions[mention]
    if draft.place != nil { return 0.6 + 0.4 * draft.score }
    return draft.approximation != nil ? 0.7 : 0.6
  }

  // MARK: - Events

  /// The mention's words as written.
  private func name(of mention: MentionDraft) -> String { layout.name(words: mention.words) }

  private struct Location {
    var place: EventPlace
    var name: String
    var id: String?
    var position: Position?
    var geoPrecision: GeoPrecision
    var uncertainty: Double?
    var isApproximate: Bool
    var note: String?
  }

  private func location(of mention: Int) -> Location {
    let draft = mentions[mention]
    let written = name(of: draft)
    if let place = draft.place {
      return Location(
        place: .reference(place.id), name: place.name, id: place.id, position: place.position,
        geoPrecision: .exact, uncertainty: nil, isApproximate: false,
        note: draft.isFuzzy ? "'\(written)' read as \(place.name) (spelling one edit away)" : nil)
    }
    if let approximation = draft.approximation {
      let kilometres = Int((approximation.uncertainty / 1000).rounded())
      return Location(
        place: .coordinates(name: written, position: approximation.position), name: written,
        id: nil, position: approximation.position,
        geoPrecision: GeoPrecision(rawValue: approximation.geoPrecision) ?? .near,
        uncertainty: approximation.uncertainty, isApproximate: true,
        note: "'\(written)' is not in the gazetteer; placed \(approximation.relation), "
          + "within about \(kilometres) km")
    }
    return Location(
      place: .unlocated(name: written), name: written, id: nil, position: nil,
      geoPrecision: .region, uncertainty: nil, isApproximate: false,
      note: "'\(written)' is not in the gazetteer and the report does not locate it")
  }

  private func borderName(_ countries: [String]) -> String {
    let names = countries.prefix(2).map { countryNames[$0] ?? $0 }
    return names.isEmpty ? "border" : names.joined(separator: "–") + " border"
  }

  private func location(of target: EventDraft.Target) -> Location {
    switch target {
    case .place(let mention):
      return location(of: mention)
    case .border(let countries, let related, let relation):
      let border = borderName(countries)
      guard let related else {
        return Location(
          place: .unlocated(name: border), name: border, id: nil, position: nil,
          geoPrecision: .region, uncertainty: nil, isApproximate: false,
          note: "the report does not say where on the border")
      }
      var located = location(of: related)
      let description = "\(border) (\(relation.map { $0 + " " } ?? "")\(located.name))"
      located.name = description
      if located.geoPrecision == .exact { located.geoPrecision = .near }
      located.note = [
        "advance to the \(border), located by the place the report relates it to", located.note,
      ]
      .compactMap { $0 }.joined(separator: "; ")
      return located
    }
  }

  private func event(_ item: Dated) -> ExtractedEvent {
    let location = location(of: item.draft.target)
    let sentences = item.sentences.map { layout.sentences[$0] }
    let evidence = sentences.map { layout.text($0.start..<$0.end) }.joined(separator: " ")
    let ranges = sentences.map { offsets.textRange($0.start..<$0.end) }
    let notes = item.draft.notes + [location.note].compactMap { $0 }
    var event = ControlEvent(
      id: "", date: item.day, datePrecision: item.precision, place: location.place,
      from: item.draft.from, to: item.draft.to, status: item.draft.status,
      source: report.source, evidence: evidence, confidence: item.confidence,
      geoPrecision: location.geoPrecision,
      note: notes.isEmpty ? nil : notes.joined(separator: "; "))
    event.id = event.contentID()
    return ExtractedEvent(
      event: event, placeName: location.name, placeID: location.id, position: location.position,
      isApproximate: location.isApproximate, uncertainty: location.uncertainty,
      rule: item.draft.rule, evidenceRanges: ranges)
  }
}
