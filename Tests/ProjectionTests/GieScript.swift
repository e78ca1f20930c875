import Foundation

/// The instructions of a PROJ `gie` test file (`operation`, `tolerance`, `direction`,
/// `accept`, `expect`, `roundtrip`, …), read the way PROJ's `gie` reads them: only inside
/// `<gie>` … `</gie>`, `#` starts a comment, an instruction runs until the next instruction
/// or a decorative line of five equal characters, after which text is a comment up to the
/// next instruction.
struct GieScript {
  struct Instruction {
    var verb: String
    var arguments: String
    var line: Int
  }

  static let verbs: Set<String> = [
    "operation", "crs_src", "crs_dst", "tolerance", "direction", "accept", "expect",
    "roundtrip", "ignore", "require_grid", "use_proj4_init_rules", "echo", "banner",
    "verbose", "skip",
  ]

  var instructions: [Instruction] = []

  init(_ text: String) {
    var inside = false
    var continuing = false
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line =
        rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        .first.map(String.init) ?? ""
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("<gie>") {
        inside = true
        continue
      }
      if trimmed.hasPrefix("</gie>") { inside = false }
      guard inside, !trimmed.isEmpty else { continue }
      if Self.isDecorative(line) {
        continuing = false
        continue
      }
      let words = trimmed.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" })
      let verb = String(words[0])
      if Self.verbs.contains(verb) {
        let arguments = words.count > 1 ? String(words[1]).trimmingCharacters(in: .whitespaces) : ""
        instructions.append(Instruction(verb: verb, arguments: arguments, line: index + 1))
        continuing = true
      } else if continuing {
        instructions[instructions.count - 1].arguments += " " + trimmed
      }
    }
  }

  private static func isDecorative(_ line: String) -> Bool {
    let characters = Array(line.prefix(5))
    return characters.count == 5 && characters.allSatisfy { $0 == characters[0] }
      && characters[0] != " "
  }
}
