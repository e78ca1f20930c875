import Testing

@testable import Extraction

struct TextLayoutTests {
  private func sentences(_ text: String) throws -> [String] {
    let layout = try Fixture.layout(text)
    return layout.sentences.map { layout.text($0.start..<$0.end) }
  }

  @Test func splitsSentencesButNotAbbreviations() throws {
    let text = "U.S. forces and Gen. Smith arrived. ISIS fled. \"We won,\" he said! Was it true?"
    #expect(
      try sentences(text) == [
        "U.S. forces and Gen. Smith arrived.", "ISIS fled.", "\"We won,\" he said!",
        "Was it true?",
      ])
  }

  @Test func theHeaderLineIsItsOwnParagraph() throws {
    let layout = try Fixture.layout("date 2017-06-01 Iraqi Forces Retake Hit\nThe town fell.")
    #expect(layout.sentences.count == 2)
    #expect(
      layout.text(layout.sentences[0].start..<layout.sentences[0].end) == "Iraqi Forces Retake Hit")
    #expect(layout.sentences[0].paragraph != layout.sentences[1].paragraph)
    #expect(!layout.words.contains { $0.plain == "date" })
  }

  @Test func blankLinesSeparateParagraphs() throws {
    let layout = try Fixture.layout("One.\nStill one.\n\nTwo.")
    #expect(layout.sentences.map(\.paragraph) == [0, 0, 1])
  }

  @Test func lineBreaksSeparateParagraphsWhenThereAreNoBlankLines() throws {
    let layout = try Fixture.layout("One\nTwo")
    #expect(layout.sentences.map(\.paragraph) == [0, 1])
  }

  @Test func wordsKnowTheirShapeAndPossessive() throws {
    let layout = try Fixture.layout("Iraq's ISIS al-Ba'aj fighters 2017")
    let words = layout.words
    #expect(words.map(\.shape) == [.capitalised, .upper, .lower, .capitalised, .lower, .number])
    #expect(words[0].isPossessive)
    #expect(words[0].stem == "iraq")
    #expect(words[2].isArticle)
    #expect(words[3].plain == "baaj")
    #expect(words[3].gapBefore == .hyphen)
  }

  @Test func gapsRecordPunctuation() throws {
    let words = try Fixture.layout("Mosul, Raqqa; Tal Afar (Syria)").words
    #expect(words[1].gapBefore.contains(.comma))
    #expect(words[2].gapBefore.contains(.semicolon))
    #expect(words[3].gapBefore == .none)
    #expect(words[4].gapBefore.contains(.openBracket))
  }
}
