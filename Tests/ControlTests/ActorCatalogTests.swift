import Testing

@testable import Control

@Suite struct ActorCatalogTests {
  @Test func shippedActorsCoverTheWar() throws {
    let actors = try Fixture.actors()
    let expected: [String: [String]] = [
      "isis": ["ISIS", "ISIL", "IS", "Islamic State", "Daesh", "Da'esh", "the Islamic State"],
      "pmu": [
        "PMU", "PMF", "Popular Mobilisation Units", "Popular Mobilization Units",
        "Popular Mobilization Forces", "Popular Mobilisation Forces", "al-Hashd al-Shaabi",
        "Hashd", "Hashid al-Shaabi", "al-Hashed al-Shaabi", "al Hashed al Shaabi",
      ],
      "sdf": ["SDF", "Syrian Democratic Forces"],
      "ypg": ["YPG"],
      "asayish": ["Asayish"],
      "peshmerga": ["Peshmerga", "KRG"],
      "isf": [
        "Iraqi Security Forces", "Iraqi army", "ISF", "CTS", "Iraqi air force",
        "Iraqi government forces",
      ],
      "saa": [
        "Syrian Arab Army", "Syrian government", "SAA", "Syrian army", "Assad regime",
        "regime forces", "Baath regime forces",
      ],
      "hezbollah": ["Hezbollah", "Hizballah"],
      "opposition": ["Syrian opposition", "FSA", "SNA", "rebels"],
      "tsk": ["Turkish Armed Forces"],
      "coalition": ["US-led coalition", "the US-led coalition"],
      "hts": ["HTS"],
    ]
    for (id, names) in expected {
      for name in names {
        #expect(actors.resolve(name)?.id == id, "\(name) should be \(id)")
      }
    }
    #expect(actors.resolve("Kurds") == nil)
  }

  @Test func shippedColoursAreDistinctAndFollowTheWikipediaConventions() throws {
    let actors = try Fixture.actors()
    func rgb(_ colour: String) -> (Double, Double, Double) {
      let value = Int(colour.dropFirst(), radix: 16) ?? 0
      return (Double(value >> 16), Double((value >> 8) & 0xFF), Double(value & 0xFF))
    }
    let minimumDistance = 60.0  // Euclidean distance in 0–255 RGB units
    for (index, one) in actors.actors.enumerated() {
      for other in actors.actors[(index + 1)...] {
        let (a, b) = (rgb(one.colour), rgb(other.colour))
        let distance =
          ((a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1)
          + (a.2 - b.2) * (a.2 - b.2)).squareRoot()
        #expect(
          distance >= minimumDistance, "\(one.id) \(one.colour) vs \(other.id) \(other.colour)")
      }
    }
    let (red, green, blue) = rgb(try #require(actors.actor(id: "saa")).colour)
    #expect(red > 200 && green < 60 && blue < 60)  // government red
    let sdf = rgb(try #require(actors.actor(id: "sdf")).colour)
    #expect(sdf.0 > 200 && sdf.1 > 200 && sdf.2 < 60)  // yellow
    #expect(actors.actor(id: "isis")?.colour == "#000000")  // black
    let rebels = rgb(try #require(actors.actor(id: "opposition")).colour)
    #expect(rebels.1 > rebels.0 && rebels.1 > rebels.2)  // green
    let hts = rgb(try #require(actors.actor(id: "hts")).colour)
    #expect(hts.0 == hts.1 && hts.1 == hts.2 && hts.0 > 60 && hts.0 < 200)  // grey
  }

  @Test func aRowForAnotherWarIsEnough() throws {
    let text =
      "id\tname\taliases\tcolour\tkind\nrsf\tRapid Support Forces\tRSF|Janjaweed\t#AA5500\tnon-state\n"
    let actors = try ActorCatalog.parse(Array(text.utf8), file: "sudan.tsv")
    #expect(actors.resolve("janjaweed")?.id == "rsf")
    #expect(actors.actor(id: "rsf")?.colour == "#aa5500")
    #expect(actors.actor(id: "rsf")?.kind == .nonState)
  }

  @Test(
    arguments: [
      ("a\tA\t\t#000000\n", 2, 1, "expected 5 tab-separated columns"),
      ("a\tA\t\tred\tstate\n", 2, 6, "colour 'red' is not #rrggbb"),
      ("a\tA\t\t#00000g\tstate\n", 2, 6, "is not #rrggbb"),
      ("a\tA\t\t#000000\tmilitia\n", 2, 14, "unknown actor kind 'militia'"),
      (
        "a\tA\t\t#000000\tstate\n\na\tB\t\t#111111\tstate\n", 4, nil,
        "duplicate actor id 'a' (line 2)"
      ),
      ("a\tA\tX\t#000000\tstate\nb\tB\tx\t#111111\tstate\n", 3, nil, "'x' names both 'a' (line 2)"),
      ("\tA\t\t#000000\tstate\n", 2, 1, "non-empty word"),
      ("a\t \t\t#000000\tstate\n", 2, 3, "has no name"),
    ] as [(String, Int, Int?, String)])
  func malformedRowsNameTheirLine(row: String, line: Int, column: Int?, message: String) {
    let text = "id\tname\taliases\tcolour\tkind\n" + row
    let error = #expect(throws: ControlError.self) {
      try ActorCatalog.parse(Array(text.utf8), file: "actors.tsv")
    }
    #expect(error?.code == .malformedActors)
    #expect(error?.file == "actors.tsv")
    #expect(error?.line == line)
    #expect(error?.column == column)
    #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
  }

  @Test func headerIsRequiredAndCommentsAreSkipped() throws {
    #expect(throws: ControlError.self) {
      try ActorCatalog.parse(Array("a\tA\t\t#000000\tstate\n".utf8))
    }
    #expect(throws: ControlError.self) { try ActorCatalog.parse(Array("# only a comment\n".utf8)) }
    let text =
      "# comment\n\nid\tname\taliases\tcolor\tkind\r\n# another\na\tA\t\t#000000\tstate\r\n"
    #expect(try ActorCatalog.parse(Array(text.utf8)).actors.map(\.id) == ["a"])
  }

  @Test func errorDescriptionIsFileLineColumn() {
    let error = ControlError(.malformedActors, "bad", file: "actors.tsv", line: 3, column: 7)
    #expect(error.description == "actors.tsv:3:7: bad")
    #expect(ControlError(.io, "gone").description == "<stdin>: gone")
  }

  @Test func inMemoryCatalogRejectsCollisions() {
    let one = Actor(id: "a", name: "Alpha", aliases: [], colour: "#000000", kind: .state)
    let two = Actor(id: "b", name: "alpha", aliases: [], colour: "#111111", kind: .state)
    #expect(throws: ControlError.self) { try ActorCatalog(actors: [one, two]) }
  }
}
