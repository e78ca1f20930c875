/// The English words the extractor's rules look for, in the folded form `NameNormalizer`
/// gives words (lower case, apostrophes dropped: "didn't" is `didnt`).
///
/// Grammar lives in the rules (`EventGrammar`); this is only vocabulary, kept in one place
/// so that it can be read and extended as a list.
enum Lexicon {
  // MARK: - Names

  /// Words that are never the first word of a place name, though some gazetteer has a place
  /// spelled like them ("The", "On", "Police", "Force"): function words, common nouns of war
  /// reporting and calendar words. A capitalised sentence start is most often one of them.
  static let notNames: Set<String> = [
    "a", "about", "above", "according", "across", "after", "against", "ago", "all", "along",
    "also", "although", "among", "an", "and", "another", "any", "are", "around", "as", "at",
    "back", "be", "because", "been", "before", "being", "below", "between", "both", "but",
    "by", "can", "could", "despite", "did", "do", "does", "down", "during", "each", "earlier",
    "either", "even", "ever", "every", "few", "for", "from", "further", "had", "has", "have",
    "he", "her", "here", "his", "how", "however", "i", "if", "in", "inside", "into", "is",
    "it", "its", "just", "last", "later", "least", "less", "many", "may", "meanwhile", "might",
    "more", "moreover", "most", "much", "must", "near", "nearly", "neither", "never", "new",
    "next", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other",
    "our", "out", "outside", "over", "own", "per", "since", "so", "some", "still", "such",
    "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
    "though", "through", "thus", "to", "today", "tomorrow", "too", "toward", "towards", "under",
    "until", "up", "upon", "us", "very", "via", "was", "we", "were", "what", "when", "where",
    "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
    "without", "would", "yesterday", "yet", "you", "your", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "first", "second", "third", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "june", "july", "august", "september", "october", "november", "december",
    "army", "force", "forces", "police", "security", "troops", "units", "unit", "group",
    "brigade", "battalion", "division", "militia", "militias", "government", "regime",
    "state", "ministry", "minister", "president", "prime", "general", "colonel", "commander",
    "spokesman", "official", "officials", "source", "sources", "news", "agency", "reuters",
    "afp", "ap", "tv", "media", "office", "statement", "report", "reports", "operation",
    "operations", "command", "coalition", "council", "party", "front", "popular",
    "democratic", "islamic", "national", "federal", "special", "counter", "terrorism",
    "service", "air", "support", "enter", "vows", "caliphate", "shia", "shiite", "sunni",
    "christian", "christians", "yazidi", "yazidis", "arab", "arabs", "arabic", "kurd", "kurds",
    "western", "eastern", "northern", "southern", "central", "north", "south", "east", "west",
    "mount", "river", "lake", "dam", "university", "hospital", "mosque", "church", "street",
    "road", "highway", "bridge", "square", "border", "province", "governorate", "district",
    "city", "town", "village", "camp", "base", "airport", "map", "day", "week", "month",
    "year", "people", "civilians", "fighters", "militants", "jihadists", "sheikh", "imam",
    "emir", "caliph", "hajji", "haji", "mr", "mrs", "dr", "lt", "gen", "col", "maj", "brig",
    "capt", "sgt", "human", "rights", "watch", "amnesty", "international", "united", "nations",
    "red", "cross", "crescent", "world", "press", "post", "times", "daily", "herald", "old",
  ]

  /// Country adjectives: a report saying "the Iraqi side" or "Syrian territory" is about that
  /// country, which helps to choose between places of the same name. ISO 3166-1 alpha-2.
  static let demonyms: [String: String] = [
    "iraqi": "IQ", "iraqis": "IQ", "syrian": "SY", "syrians": "SY", "turkish": "TR",
    "turks": "TR", "iranian": "IR", "iranians": "IR", "lebanese": "LB", "jordanian": "JO",
    "saudi": "SA", "israeli": "IL", "kuwaiti": "KW", "russian": "RU", "american": "US",
  ]

  /// Nouns that name the kind of a place ("the village of X", "X district"), with the
  /// gazetteer kinds they fit.
  static let placeNouns: [String: PlaceCue] = [
    "village": .village, "villages": .village, "hamlet": .village, "hamlets": .village,
    "town": .town, "towns": .town, "township": .town, "city": .city, "cities": .city,
    "district": .district, "districts": .district, "subdistrict": .district,
    "province": .district, "governorate": .district, "region": .area, "area": .area,
    "areas": .area, "neighbourhood": .area, "neighborhood": .area, "suburb": .area,
    "suburbs": .area, "outskirts": .area, "settlement": .village, "crossing": .crossing,
    "airbase": .site, "airport": .site, "base": .site, "dam": .site, "oilfield": .site,
    "oilfields": .site, "hill": .site, "mountain": .site, "mountains": .site,
  ]

  /// Words after a place name that keep it a place ("Mosul city", "Raqqa province",
  /// "Tabqa dam") rather than the start of another name ("Mosul University").
  static let placeTail: Set<String> = [
    "village", "villages", "town", "city", "district", "subdistrict", "province",
    "governorate", "region", "area", "countryside", "plain", "plains", "valley", "desert",
    "border", "crossing", "dam", "airport", "airbase", "base", "front", "frontline",
    "outskirts", "suburbs", "neighbourhood", "neighborhood", "pocket", "enclave",
    "road", "highway", "junction", "bridge", "river", "mountains", "axis",
  ]

  /// Words naming a person's role: a name right after them is a person ("spokesman Karim
  /// al-Nouri"), and an actor right before them speaks rather than acts ("a PMU official").
  static let personRoles: Set<String> = [
    "spokesman", "spokeswoman", "spokesperson", "official", "officials", "commander",
    "commanders", "leader", "leaders", "chief", "head", "general", "colonel", "minister",
    "president", "governor", "mayor", "sheikh", "brigadier", "lieutenant", "major",
    "captain", "sergeant", "cleric", "imam", "emir", "member", "members", "source",
    "sources", "activist", "activists", "analyst", "correspondent", "reporter", "envoy",
    "adviser", "advisor", "deputy", "mp", "lawmaker", "presenter", "director",
  ]

  /// Verbs of saying that follow a person's name ("Nouri said").
  static let sayingVerbs: Set<String> = [
    "said", "says", "say", "added", "adds", "told", "tells", "stated", "states", "noted",
    "explained", "confirmed", "claimed", "claims", "announced", "announces", "reported",
    "reports", "quoted", "wrote", "tweeted", "declared", "insisted", "warned", "stressed",
  ]

  /// Nouns after an actor's name that still denote the actor ("ISIS militants", "SDF
  /// forces", "Iraqi troops").
  static let forceNouns: Set<String> = [
    "forces", "force", "troops", "soldiers", "militants", "fighters", "units", "militia",
    "militias", "jihadists", "terrorists", "extremists", "insurgents", "group", "groups",
    "members", "elements", "army", "military", "police", "brigades", "brigade", "factions",
    "paramilitaries", "paramilitary", "gunmen", "rebels", "ranks", "loyalists",
  ]

  /// Nouns that, with "the" and no name, refer back to a force already named ("the forces",
  /// "the group", "the jihadists").
  static let anaphoricForces: Set<String> = [
    "forces", "troops", "soldiers", "fighters", "units", "militants", "jihadists", "group",
    "militia", "militias", "extremists", "terrorists", "insurgents", "army",
  ]

  /// Subject pronouns that refer back to the paragraph's actor.
  static let pronouns: Set<String> = ["they", "it", "we"]

  // MARK: - Places in phrases

  /// Nouns and verbs of meetings and visits: a place after them is where people met, not a
  /// place that changed hands ("held a meeting in Qamishli").
  static let venueWords: Set<String> = [
    "meeting", "meetings", "met", "meet", "conference", "conferences", "talks", "summit",
    "negotiations", "ceremony", "rally", "funeral", "visit", "visited", "visiting", "visits",
    "hosted", "hosts", "interview", "speech", "session", "gathering", "forum", "convention",
    "headquartered", "based", "born", "studied", "lives", "lived", "embassy", "consulate",
    "hotel", "hospital", "treated", "discussions", "discuss", "discussed", "negotiated",
  ]

  /// Compass words of relations ("north of Baaj", "northwest of Mosul").
  static let directions: [String: Double] = [
    "north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180,
    "southwest": 225, "west": 270, "northwest": 315, "northern": 0, "eastern": 90,
    "southern": 180, "western": 270, "northeastern": 45, "northwestern": 315,
    "southeastern": 135, "southwestern": 225,
  ]

  /// Prepositions that put a place after them in relation to an event or another place.
  static let locatives: Set<String> = [
    "in", "at", "near", "into", "inside", "outside", "around", "from", "on", "toward",
    "towards", "to", "of", "within", "across", "over", "for", "through", "along", "past",
    "between", "beyond",
  ]

  // MARK: - Modality, negation, conditions

  /// Words that make a following verb an intention, offer, threat, plan or possibility, not
  /// a fact ("willing to cross", "vows to enter", "could retake", "plans to storm").
  static let modality: Set<String> = [
    "willing", "ready", "prepared", "preparing", "prepare", "prepares", "preparation",
    "preparations", "vow", "vows", "vowed", "vowing", "plan", "plans", "planned", "planning",
    "intend", "intends", "intended", "intending", "intention", "threaten", "threatens",
    "threatened", "threatening", "threat", "would", "could", "may", "might", "will", "shall",
    "should", "must", "ll", "aim", "aims", "aimed", "aiming", "seek", "seeks", "sought",
    "seeking", "hope", "hopes", "hoped", "hoping", "want", "wants", "wanted", "wanting",
    "expect", "expects", "expected", "expecting", "poised", "going", "attempt", "attempts",
    "attempted", "attempting", "try", "tries", "tried", "trying", "bid", "ability", "unable",
    "capable", "refuse", "refuses", "refused", "urge", "urges", "urged", "demand", "demands",
    "demanded", "promise", "promises", "promised", "pledge", "pledges", "pledged", "offer",
    "offers", "offered", "propose", "proposes", "proposed", "consider", "considers",
    "considering", "order", "ordered", "orders", "upcoming", "imminent", "possible",
    "potential", "likely", "unlikely", "eager", "determined", "keen", "intent", "verge",
    "brink",
  ]

  /// Words after which a verb is a fact after all ("managed to retake", "succeeded in").
  static let realisers: Set<String> = ["managed", "succeeded", "able"]

  /// Negations of a following verb.
  static let negations: Set<String> = [
    "not", "never", "no", "didnt", "doesnt", "dont", "hasnt", "havent", "hadnt", "wasnt",
    "werent", "isnt", "arent", "cant", "cannot", "couldnt", "wont", "wouldnt", "shouldnt",
    "denied", "denies", "deny", "denying", "failed", "fail", "fails", "neither", "nor",
    "without", "rejected", "dismissed", "false", "rumours", "rumors", "yet",
  ]

  /// Conjunctions that make their sentence a condition ("as long as", "if", "unless").
  static let conditions: Set<String> = ["if", "unless", "provided", "providing", "whether"]

  // MARK: - Clauses

  /// Words that start a new clause, so that cues before them do not reach verbs after them.
  static let clauseStarters: Set<String> = [
    "while", "whereas", "but", "although", "though", "because", "which", "who", "whom",
    "adding", "saying", "noting", "stressing", "claiming", "warning", "after", "before",
    "since", "where", "when", "meanwhile", "however", "whilst",
  ]

  /// Auxiliaries that make a following participle passive ("were liberated").
  static let passiveAuxiliaries: Set<String> = [
    "was", "were", "is", "are", "been", "being", "be", "got", "gets", "get",
  ]

  /// Adverbs that may stand between an auxiliary and its verb, or between "to" and a verb.
  static let adverbs: Set<String> = [
    "fully", "completely", "reportedly", "recently", "newly", "now", "finally", "already",
    "partially", "partly", "largely", "eventually", "also", "just", "successfully",
    "comfortably", "quickly", "swiftly", "allegedly", "officially", "entirely", "totally",
    "effectively", "virtually", "nearly", "almost", "again", "then", "later", "subsequently",
    "still", "apparently",
  ]
}
