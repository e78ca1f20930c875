import Control
import Foundation
import Testing

@testable import Extraction

/// Precision and recall over the wire-style sentences in `Fixtures/`: `wire-sentences.tsv`,
/// which the rules were developed on, and `wire-sentences-heldout.tsv`, written afterwards
/// and never tuned on.
struct WireSentencesTests {
  struct Expected: CustomStringConvertible {
    var from: String?
    var to: String
    var status: String
    var place: String
    var date: String?
    var description: String { "\(from ?? "?")>\(to) \(status) \(place) \(date ?? "")" }

    /// Whether `event` is this expected event: the same receiving actor, status and place,
    /// and the same previous holder and date when given.
    func matches(_ event: ExtractedEvent) -> Bool {
      guard event.event.to == to, event.event.status.rawValue == status else { return false }
      if let from, event.event.from != from { return false }
      if place.hasPrefix("name:") {
        guard event.event.place.text == String(place.dropFirst(5)) else { return false }
      } else if event.placeID != place {
        return false
      }
      guard let date else { return true }
      let parts = date.split(separator: "/")
      return event.event.date.description == parts[0]
        && (parts.count == 1 || event.event.datePrecision.rawValue == parts[1])
    }
  }

  struct Score {
    var truePositives = 0
    var falsePositives: [String] = []
    var falseNegatives: [String] = []
    var precision: Double {
      Double(truePositives) / Double(max(1, truePositives + falsePositives.count))
    }
    var recall: Double {
      Double(truePositives) / Double(max(1, truePositives + falseNegatives.count))
    }
  }

  static func parse(_ field: String) -> [Expected] {
    guard field != "-" else { return [] }
    return field.components(separatedBy: " | ").map { item in
      var words = item.split(separator: " ").map(String.init)
      let actors = words.removeFirst().split(separator: ">").map(String.init)
      let status = words.removeFirst()
      var place = words.removeFirst()
      while place.hasPrefix("name:"), let next = words.first, !next.hasPrefix("20") {
        place += " " + words.removeFirst()
      }
      return Expected(
        from: actors[0] == "?" ? nil : actors[0], to: actors[1], status: status, place: place,
        date: words.first)
    }
  }

  static func score(_ file: String) throws -> (Score, sentences: Int) {
    var score = Score()
    var sentences = 0
    for line in try Fixture.text(file).split(separator: "\n")
    where !line.hasPrefix("#") && !line.hasPrefix("id\t") {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      sentences += 1
      let events = try Fixture.extract(cells[2], date: cells[1]).events
      var expected = parse(cells[3])
      for event in events {
        if let index = expected.firstIndex(where: { $0.matches(event) }) {
          expected.remove(at: index)
          score.truePositives += 1
        } else {
          score.falsePositives.append("\(cells[0]): \(summary(event))")
        }
      }
      score.falseNegatives += expected.map { "\(cells[0]): \($0)" }
    }
    return (score, sentences)
  }

  @Test func developmentSentences() throws {
    let (score, sentences) = try Self.score("wire-sentences.tsv")
    #expect(sentences >= 50)
    #expect(score.precision >= 0.9, "false positives: \(score.falsePositives)")
    #expect(score.recall >= 0.9, "missed: \(score.falseNegatives)")
  }

  @Test func heldOutSentences() throws {
    let (score, sentences) = try Self.score("wire-sentences-heldout.tsv")
    #expect(sentences >= 25)
    #expect(score.precision >= 0.85, "false positives: \(score.falsePositives)")
    #expect(score.recall >= 0.8, "missed: \(score.falseNegatives)")
  }

  @Test func fixturesParse() {
    let parsed = Self.parse(
      "isis>isf controlled name:Tel Keppe 2016-10-24/week | ?>sdf advance raqqa")
    #expect(parsed.count == 2)
    #expect(parsed[0].place == "name:Tel Keppe")
    #expect(parsed[0].date == "2016-10-24/week")
    #expect(parsed[1].from == nil)
    #expect(Self.parse("-").isEmpty)
  }
}
