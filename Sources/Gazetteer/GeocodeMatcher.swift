import GeoJSON
import Projection

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Resolves names against a gazetteer, reusing its buffers from one name to the next.
///
/// Steps for one name: (1) exact lookup of its key, and of the key with any article glued
/// to a word removed ("Alhasakah"); (2) if nothing matched, a leading compass direction
/// ("northern Syria") is split off and the rest resolved; (3) unless some place has the very
/// spelling, fuzzy lookup through the neighbour table, each candidate verified by weighted
/// edit distance; (4) the places found are scored and ranked (`score`), and the status
/// decided by the margin rule of `GeocodeResult.Status`.
struct GeocodeMatcher {
  private struct Hit {
    var similarity: Double
    var spelling: UInt32
    var match: Candidate.Match
  }

  let gazetteer: Gazetteer
  let options: GeocodeOptions
  private var store: GazetteerStore { gazetteer.store }
  private var query = NameFolder()
  private var distance = EditDistance()
  private var fuzzyScratch = FuzzyKeys.Scratch()
  private var candidateKeys: [UInt32] = []
  private var bucketRanges: [(UInt32, UInt32)] = []
  private var candidatesToVerify: [UInt32] = []
  private var hits: [Int: Hit] = [:]
  private var queryHasArticle = false

  /// Similarity of a spelling that shares the key but not the plain form: between these,
  /// less for more letters changed.
  static let foldedSimilarity = (low: 0.75, high: 0.85)
  /// Fuzzy similarities are scaled by this, so that exact and folded matches rank first
  /// unless the place is much less prominent.
  static let fuzzyScale = 0.65
  /// The least similarity (mean of key and plain-form similarity) a fuzzy match needs, unless
  /// it is a single typo: about one edit in five letters. Below it a name is unresolved, not
  /// guessed.
  static let fuzzyMinimumSimilarity = 0.8
  /// Penalty factor for a match found only after removing a glued article.
  static let gluedArticleFactor = 0.97
  /// Penalty factor for a match on one of a GeoNames place's alternate names rather than
  /// its own name: a place's name is stronger evidence (Iraq the country over Arāk, whose
  /// alternate names include ‘Irāq). Curated spellings all count as the place's own.
  static let alternateNameFactor = 0.95

  init(gazetteer: Gazetteer, options: GeocodeOptions) {
    self.gazetteer = gazetteer
    self.options = options
  }

  mutating func geocode(_ name: String, directions: Bool = true) -> GeocodeResult {
    query.fold(name)
    guard !query.key.isEmpty else {
      return GeocodeResult(query: name, status: .unresolved, candidates: [])
    }
    let key = query.key
    let plain = query.plain
    queryHasArticle = query.hadArticle
    let glued = query.keyWithoutGluedArticles()
    hits.removeAll(keepingCapacity: true)
    collectExact(key: key, plain: plain, factor: 1)
    if let glued { collectExact(key: glued, plain: plain, factor: Self.gluedArticleFactor) }
    if !hasAllowedHit, directions, let regional = directional(name) { return regional }
    if !hasAllowedExactHit, options.fuzzy {
      collectFuzzy(key: key, plain: plain, factor: 1, relaxed: false)
      if let glued {
        collectFuzzy(key: glued, plain: plain, factor: Self.gluedArticleFactor, relaxed: false)
      }
    }
    let ranked = rank(filtered: true)
    guard !ranked.isEmpty else {
      return GeocodeResult(
        query: name, status: .unresolved, candidates: [],
        suggestions: suggestions(key: key, plain: plain, glued: glued))
    }
    return GeocodeResult(
      query: name,
      status: Self.status(
        similarity: ranked[0].hit.similarity, scores: ranked.prefix(2).map(\.score)),
      candidates: ranked.prefix(options.limit).map(candidate))
  }

  /// ok / ambiguous by the margin rule (see `GeocodeResult.Status`), from the best
  /// candidate's similarity and the best two scores (or the only one).
  static func status(similarity: Double, scores: [Double]) -> GeocodeResult.Status {
    guard let best = scores.first else { return .unresolved }
    guard similarity >= GeocodeResult.minimumConfidentSimilarity else { return .ambiguous }
    guard scores.count > 1 else { return .ok }
    return best - scores[1] >= GeocodeResult.clearMargin ? .ok : .ambiguous
  }

  private var hasAllowedHit: Bool { hits.keys.contains { allowed($0) } }

  private var allowedHitCount: Int { hits.keys.reduce(0) { $0 + (allowed($1) ? 1 : 0) } }

  /// Whether some allowed place has the query's very spelling; a merely folded match still
  /// lets fuzzy matches compete.
  private var hasAllowedExactHit: Bool {
    hits.contains { $0.value.match == .exact && allowed($0.key) }
  }

  // MARK: - Collecting

  private mutating func collectExact(key: [UInt8], plain: [UInt8], factor: Double) {
    guard let id = key.withUnsafeBufferPointer({ store.keyID($0) }) else { return }
    for posting in postings(of: id) {
      let plainDistance = plainDistance(plain, posting: posting)
      let similarity: Double
      let match: Candidate.Match
      // An article in the query says the name is Arabic: a spelling without one is only
      // an equivalent ("al-Dour" is Ad Dawr more than Dour in Belgium).
      let articleAgrees =
        !queryHasArticle || store.postingFlags[posting] & IndexBuilder.articleFlag != 0
      if plainDistance.value == 0, articleAgrees {
        (similarity, match) = (1, .exact)
      } else {
        let relative = plainDistance.value / Double(max(plain.count, plainDistance.length, 1))
        let (low, high) = Self.foldedSimilarity
        (similarity, match) = (max(low, high - 0.3 * relative), .folded)
      }
      record(posting, similarity * factor, match)
    }
  }

  /// Fuzzy candidates: the near neighbourhood first, the wider one (two-letter deletions)
  /// only when the near one yields nothing.
  private mutating func collectFuzzy(key: [UInt8], plain: [UInt8], factor: Double, relaxed: Bool) {
    let before = allowedHitCount
    for depth in 1...2 where depth == 1 || allowedHitCount == before {
      key.withUnsafeBufferPointer {
        FuzzyKeys.queryHashes(of: $0, depth: depth, into: &fuzzyScratch)
      }
      candidateKeys.removeAll(keepingCapacity: true)
      // Two passes, bucket bounds for every probe first and then the buckets, so that the
      // memory loads of different probes overlap instead of waiting on one another.
      let bits = (store.neighbourStarts.count - 1).trailingZeroBitCount
      bucketRanges.removeAll(keepingCapacity: true)
      for hash in fuzzyScratch.hashes {
        let bucket = Int(FuzzyKeys.bucket(of: hash, bits: bits))
        bucketRanges.append((store.neighbourStarts[bucket], store.neighbourStarts[bucket + 1]))
      }
      for (hash, range) in zip(fuzzyScratch.hashes, bucketRanges) {
        let tag = UInt64(hash) << 32
        for index in Int(range.0)..<Int(range.1) {
          let entry = store.neighbours[index]
          if entry & 0xFFFF_FFFF_0000_0000 == tag {
            candidateKeys.append(UInt32(truncatingIfNeeded: entry))
          }
        }
      }
      candidateKeys.sort()
      // Lengths first (one load each, overlapping), keys and postings only for the rest.
      candidatesToVerify.removeAll(keepingCapacity: true)
      var previous = UInt32.max
      for candidate in candidateKeys where candidate != previous {
        previous = candidate
        let length = Int(store.keyStarts[Int(candidate) + 1] - store.keyStarts[Int(candidate)])
        if length >= 3,
          Double(abs(key.count - length)) / 2
            <= Self.fuzzyLimit(
              length: Double(max(key.count, length)), relaxed: relaxed)
        {
          candidatesToVerify.append(candidate)
        }
      }
      for candidate in candidatesToVerify {
        verify(candidate, key: key, plain: plain, factor: factor, relaxed: relaxed)
      }
    }
  }

  /// `fuzzyLimit`, or for suggestions a relaxed one: half the length, at least 3.
  static func fuzzyLimit(length: Double, relaxed: Bool) -> Double {
    relaxed ? max(3, length / 2) : fuzzyLimit(length: length)
  }

  /// Checks a candidate key (whose length already passed, every letter of length difference
  /// costing at least half an edit) by edit distance, then records its places.
  private mutating func verify(
    _ candidate: UInt32, key: [UInt8], plain: [UInt8], factor: Double, relaxed: Bool
  ) {
    let other = store.key(candidate)
    let length = Double(max(key.count, other.count))
    let limit = Self.fuzzyLimit(length: length, relaxed: relaxed)
    guard
      let keyDistance = key.withUnsafeBufferPointer({ distance.distance($0, other, limit: limit) })
    else { return }
    let keySimilarity = 1 - keyDistance / length
    for posting in postings(of: candidate) {
      // Beyond this the mean similarity cannot reach the minimum (a single typo, distance
      // 1, is always within it).
      let plainLimit =
        relaxed
        ? .infinity
        : max(
          1, (keySimilarity + 1 - 2 * Self.fuzzyMinimumSimilarity) * Double(max(plain.count, 1)) + 1
        )
      let plainDistance = plainDistance(plain, posting: posting, limit: plainLimit)
      let plainLength = Double(max(plain.count, plainDistance.length, 1))
      let similarity = (keySimilarity + max(0, 1 - plainDistance.value / plainLength)) / 2
      guard relaxed || isPlausibleMisspelling(plain, posting: posting, similarity: similarity)
      else { continue }
      record(posting, Self.fuzzyScale * similarity * factor, .fuzzy)
    }
  }

  /// Whether the spelling of `posting` is a plausible misspelling of the query's plain form:
  /// lengths within two letters (or a quarter of the longer), and either
  /// `fuzzyMinimumSimilarity` or a single typo (one letter changed, added, dropped or two
  /// swapped: al-Ba'ah for al-Ba'aj).
  private func isPlausibleMisspelling(_ plain: [UInt8], posting: Int, similarity: Double) -> Bool {
    let other = store.plain(posting: posting)
    let longer = max(plain.count, other.count)
    guard abs(plain.count - other.count) <= max(2, longer / 4) else { return false }
    return similarity >= Self.fuzzyMinimumSimilarity
      || EditDistance.isOneEditApart(plain, Array(other))
  }

  /// The largest weighted edit distance a fuzzy match may have, for keys of `length` bytes:
  /// one edit up to six letters, then half an edit more per three or four letters (a vowel
  /// change costs half an edit).
  static func fuzzyLimit(length: Double) -> Double {
    switch length {
    case ..<7: 1
    case ..<10: 1.5
    case ..<14: 2
    default: 2.5
    }
  }

  /// The weighted edit distance between the query's plain form and the plain form of the
  /// spelling of `posting`, and that form's length.
  private mutating func plainDistance(
    _ plain: [UInt8], posting: Int, limit: Double = .infinity
  ) -> (value: Double, length: Int) {
    let other = store.plain(posting: posting)
    if other.elementsEqual(plain) { return (0, other.count) }
    let value = plain.withUnsafeBufferPointer { distance.distance($0, other, limit: limit) }
    return (value ?? .infinity, other.count)
  }

  private func postings(of key: UInt32) -> Range<Int> {
    Int(store.postingStarts[Int(key)])..<Int(store.postingStarts[Int(key) + 1])
  }

  /// Keeps the best hit per place. A match on a GeoNames place's alternate name (not a
  /// spelling of its own name) counts `alternateNameFactor` less; curated spellings all
  /// count as the place's own.
  private mutating func record(_ posting: Int, _ similarity: Double, _ match: Candidate.Match) {
    let place = Int(store.postingPlace[posting])
    let own =
      store.postingFlags[posting] & IndexBuilder.ownNameFlag != 0
      || store.placeCuratedID[place] != GazetteerStore.none
    let similarity = own ? similarity : similarity * Self.alternateNameFactor
    if let existing = hits[place], existing.similarity >= similarity { return }
    hits[place] = Hit(
      similarity: similarity, spelling: store.postingSpelling[posting], match: match)
  }

  // MARK: - Directions

  /// "northern Syria": the rest of the name resolved, countries turned into their part.
  private mutating func directional(_ name: String) -> GeocodeResult? {
    let words = query.tokens.filter { !$0.isArticle }
    guard words.count >= 2 else { return nil }
    let letters = query.letters
    func word(_ token: NameFolder.Token) -> String {
      String(decoding: letters[token.start..<token.end], as: UTF8.self)
    }
    guard var direction = Direction(word: word(words[0])) else { return nil }
    var restStart = 1
    if words.count >= 3, let second = Direction(word: word(words[1])),
      let combined = direction.combined(with: second)
    {
      direction = combined
      restStart = 2
    }
    let rest = String(decoding: Array(name.utf8)[words[restStart].sourceStart...], as: UTF8.self)
    var inner = GeocodeMatcher(gazetteer: gazetteer, options: options)
    var result = inner.geocode(rest, directions: false)
    guard result.status != .unresolved else { return nil }
    result.query = name
    // A part of a country when the rest names a country; otherwise the place itself
    // ("east Mosul" is in Mosul).
    guard result.candidates.first?.place.kind == .country else { return result }
    result.candidates = result.candidates.compactMap { candidate in
      guard let region = gazetteer.derivedRegion(direction, of: candidate.place) else {
        return nil
      }
      var derived = candidate
      derived.place = region
      derived.match = .derived
      derived.distanceFromNear = options.near.map { Self.geodesicDistance($0, region.position) }
      return derived
    }
    result.status = Self.status(
      similarity: result.candidates.first?.similarity ?? 0,
      scores: result.candidates.prefix(2).map(\.score))
    return result
  }

  // MARK: - Ranking

  private func allowed(_ place: Int) -> Bool {
    guard !options.countries.isEmpty else { return true }
    let codes = store.bytes(store.placeCountry[place])
    var start = 0
    for index in 0...codes.count where index == codes.count || codes[index] == UInt8(ascii: "/") {
      let code = String(
        decoding: UnsafeBufferPointer(rebasing: codes[start..<index]), as: UTF8.self)
      if options.countries.contains(code) { return true }
      start = index + 1
    }
    return false
  }

  private func rank(filtered: Bool) -> [(place: Int, hit: Hit, score: Double, distance: Double?)] {
    var ranked = hits.compactMap {
      place, hit -> (place: Int, hit: Hit, score: Double, distance: Double?)? in
      guard !filtered || allowed(place) else { return nil }
      let (score, distance) = self.score(place: place, similarity: hit.similarity)
      return (place, hit, score, distance)
    }
    ranked.sort { a, b in
      if a.score != b.score { return a.score > b.score }
      let populationA = store.placePopulation[a.place]
      let populationB = store.placePopulation[b.place]
      return populationA != populationB ? populationA > populationB : a.place < b.place
    }
    return ranked
  }

  /// similarity × (0.5 + 0.5 × prominence), and with a `near` point also × (0.3 + 0.7 ×
  /// proximity), proximity = exp(−d / 250 km): a place far from where the user says to look
  /// keeps under a third of its score, whatever its size.
  private func score(place: Int, similarity: Double) -> (Double, Double?) {
    let prominence = store.prominence(place)
    guard let near = options.near else { return (similarity * (0.5 + 0.5 * prominence), nil) }
    // The mean sphere is close enough for a bias and much cheaper than a geodesic; reported
    // distances are geodesics (`candidate`).
    let metres = SphereMath.haversine(
      near.latitude, near.longitude, store.placeLatitude[place], store.placeLongitude[place])
    let proximity = exp(-metres / 250_000)
    return (similarity * (0.5 + 0.5 * prominence) * (0.3 + 0.7 * proximity), metres)
  }

  static func geodesicDistance(_ a: Position, _ b: Position) -> Double {
    Geodesic.wgs84.distance(a, b)
  }

  private func candidate(_ entry: (place: Int, hit: Hit, score: Double, distance: Double?))
    -> Candidate
  {
    let place = gazetteer.place(at: entry.place)
    return Candidate(
      place: place, score: entry.score, similarity: entry.hit.similarity,
      matchedVariant: store.string(entry.hit.spelling), match: entry.hit.match,
      distanceFromNear: options.near.map { Self.geodesicDistance($0, place.position) })
  }

  // MARK: - Suggestions

  private mutating func suggestions(key: [UInt8], plain: [UInt8], glued: [UInt8]?) -> [Candidate] {
    hits.removeAll(keepingCapacity: true)
    collectExact(key: key, plain: plain, factor: 1)
    collectFuzzy(key: key, plain: plain, factor: 1, relaxed: true)
    if let glued {
      collectFuzzy(key: glued, plain: plain, factor: Self.gluedArticleFactor, relaxed: true)
    }
    return rank(filtered: false).prefix(options.limit).map(candidate)
  }
}
