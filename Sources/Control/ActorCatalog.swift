import Foundation

/// The actors a ledger may name, read from an actors file, with lookup by id, name or alias.
///
/// The file is UTF-8 tab-separated text with the header `id name aliases colour kind`
/// (`color` is accepted too); aliases are separated by `|`; blank lines and lines starting
/// with `#` are skipped. Actors are data: supporting another war means adding rows, not code.
public struct ActorCatalog: Hashable, Sendable {
  /// The actors in file order.
  public let actors: [Actor]
  private let indexByID: [String: Int]
  private let indexByName: [String: Int]

  /// - Parameter actors: actors with unique ids and names that do not collide once folded.
  /// - Throws: `ControlError(.malformedActors)` for a duplicate id, a name or alias shared
  ///   by two actors, or a colour that is not `#rrggbb`.
  public init(actors: [Actor]) throws(ControlError) {
    try self.init(rows: actors.map { ($0, nil) }, file: nil)
  }

  /// Reads an actors file.
  /// - Parameter path: the `.tsv` file.
  /// - Throws: `ControlError(.io)` when it cannot be read, `.malformedActors` naming the line.
  public static func load(path: String) throws(ControlError) -> ActorCatalog {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ControlError(.io, "cannot read the actors file", file: path)
    }
    return try parse([UInt8](data), file: path)
  }

  /// Parses actors-file text.
  /// - Parameters:
  ///   - bytes: UTF-8 text.
  ///   - file: the name used in error messages.
  /// - Throws: `ControlError(.malformedActors)` at the first bad row, with its line number.
  public static func parse(_ bytes: [UInt8], file: String? = nil) throws(ControlError)
    -> ActorCatalog
  {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw ControlError(.malformedActors, "the actors file is not valid UTF-8", file: file)
    }
    var rows: [(actor: Actor, line: Int?)] = []
    var sawHeader = false
    // `Character.isNewline` splits LF, CRLF (one Character) and CR alike.
    for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .enumerated()
    {
      if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      if !sawHeader {
        try checkHeader(cells, file: file, line: index + 1)
        sawHeader = true
        continue
      }
      rows.append((try actor(cells, file: file, line: index + 1), index + 1))
    }
    guard sawHeader else {
      throw ControlError(
        .malformedActors,
        "the actors file is empty; expected the header id, name, aliases, "
          + "colour, kind", file: file, line: 1)
    }
    return try ActorCatalog(rows: rows, file: file)
  }

  /// The actor with this exact id.
  public func actor(id: String) -> Actor? {
    indexByID[id].map { actors[$0] }
  }

  /// The position in `actors` of the actor an id, name or alias denotes.
  func index(denoting text: String) -> Int? {
    indexByID[text] ?? indexByName[Self.fold(text)]
  }

  /// The actor an id, name or alias denotes, ignoring case, diacritics, apostrophes,
  /// hyphens and a leading "the" (`Da'esh`, `daesh`, `the Islamic State`).
  public func resolve(_ text: String) -> Actor? {
    index(denoting: text).map { actors[$0] }
  }

  /// The form names are compared in: lower case, no diacritics, no apostrophes or ayin/hamza
  /// marks, hyphens, underscores and dots as spaces, single spaces, no leading "the".
  static func fold(_ text: String) -> String {
    let lowered = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    var scalars = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in lowered.unicodeScalars {
      if droppedMarks.contains(scalar) { continue }
      if spaceLike.contains(scalar) || scalar.properties.isWhitespace {
        pendingSpace = !scalars.isEmpty
        continue
      }
      if pendingSpace {
        scalars.append(" ")
        pendingSpace = false
      }
      scalars.append(scalar)
    }
    let folded = String(scalars)
    return folded.hasPrefix("the ") ? String(folded.dropFirst(4)) : folded
  }

  private static let droppedMarks: Set<Unicode.Scalar> = [
    "'", "\u{2019}", "\u{2018}", "`", "\u{02BC}", "\u{02BF}", "\u{02BE}", "\u{00B4}",
  ]
  private static let spaceLike: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2013}", "_", "."]

  private init(rows: [(actor: Actor, line: Int?)], file: String?) throws(ControlError) {
    var byID: [String: Int] = [:]
    var byName: [String: Int] = [:]
    for (index, row) in rows.enumerated() {
      let actor = row.actor
      try Self.checkColour(actor.colour, file: file, line: row.line)
      if let previous = byID[actor.id] {
        throw ControlError(
          .malformedActors,
          "duplicate actor id '\(actor.id)'\(Self.firstSeen(rows[previous].line))",
          file: file, line: row.line)
      }
      byID[actor.id] = index
      for name in [actor.id, actor.name] + actor.aliases {
        let key = Self.fold(name)
        guard !key.isEmpty else { continue }
        if let other = byName[key], other != index {
          throw ControlError(
            .malformedActors,
            "'\(name)' names both '\(rows[other].actor.id)'"
              + "\(Self.firstSeen(rows[other].line)) and '\(actor.id)'",
            file: file, line: row.line)
        }
        byName[key] = index
      }
    }
    actors = rows.map(\.actor).map { actor in
      var normalised = actor
      normalised.colour = actor.colour.lowercased()
      return normalised
    }
    indexByID = byID
    indexByName = byName
  }

  private static func firstSeen(_ line: Int?) -> String {
    line.map { " (line \($0))" } ?? ""
  }

  private static let header = ["id", "name", "aliases", "colour", "kind"]

  private static func checkHeader(_ cells: [String], file: String?, line: Int) throws(ControlError)
  {
    let names = cells.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
      .map { $0 == "color" ? "colour" : $0 }
    guard names == header else {
      throw ControlError(
        .malformedActors,
        "expected the header 'id<TAB>name<TAB>aliases<TAB>colour<TAB>kind', found "
          + "'\(cells.joined(separator: "<TAB>"))'", file: file, line: line, column: 1)
    }
  }

  private static func actor(_ cells: [String], file: String?, line: Int) throws(ControlError)
    -> Actor
  {
    guard cells.count == header.count else {
      throw ControlError(
        .malformedActors,
        "expected 5 tab-separated columns (id, name, aliases, colour, kind), found "
          + "\(cells.count)", file: file, line: line, column: 1)
    }
    let trimmed = cells.map { $0.trimmingCharacters(in: .whitespaces) }
    var column = 1
    var columns: [Int] = []
    for cell in cells {
      columns.append(column)
      column += cell.count + 1
    }
    guard !trimmed[0].isEmpty, !trimmed[0].contains(where: \.isWhitespace) else {
      throw ControlError(
        .malformedActors,
        "the actor id must be a non-empty word without spaces, found "
          + "'\(cells[0])'", file: file, line: line, column: columns[0])
    }
    guard !trimmed[1].isEmpty else {
      throw ControlError(
        .malformedActors, "actor '\(trimmed[0])' has no name", file: file, line: line,
        column: columns[1])
    }
    guard let kind = Actor.Kind(rawValue: trimmed[4].lowercased()) else {
      throw ControlError(
        .malformedActors,
        "unknown actor kind '\(cells[4])'; expected state, non-state or coalition",
        file: file, line: line, column: columns[4])
    }
    let aliases = trimmed[2].split(separator: "|").map {
      $0.trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
    do {
      try checkColour(trimmed[3], file: file, line: line)
    } catch var error {
      error.column = columns[3]
      throw error
    }
    return Actor(id: trimmed[0], name: trimmed[1], aliases: aliases, colour: trimmed[3], kind: kind)
  }

  private static func checkColour(_ colour: String, file: String?, line: Int?)
    throws(ControlError)
  {
    let digits = colour.utf8.dropFirst()
    guard colour.utf8.first == UInt8(ascii: "#"), digits.count == 6,
      digits.allSatisfy({ $0 < 128 && Character(Unicode.Scalar($0)).isHexDigit })
    else {
      throw ControlError(
        .malformedActors, "colour '\(colour)' is not #rrggbb", file: file, line: line)
    }
  }
}
