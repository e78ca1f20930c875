/// A party to a conflict, as listed in `gazetteer/actors.tsv`: ISIS, the PMU, the SDF, …
public struct Actor: Hashable, Sendable {
  /// What sort of party the actor is.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// Armed forces of a state (or of a recognised regional government).
    case state
    /// Armed groups outside state command.
    case nonState = "non-state"
    /// A multinational coalition.
    case coalition
  }

  /// Short stable identifier used in ledgers (`isis`, `pmu`).
  public var id: String
  /// Display name (`Popular Mobilization Units`).
  public var name: String
  /// Other names and spellings (`PMF`, `al-Hashd al-Shaabi`).
  public var aliases: [String]
  /// Map colour, `#rrggbb` in lower case (simplestyle-spec `marker-color`).
  public var colour: String
  /// State, non-state or coalition.
  public var kind: Kind

  /// - Parameters:
  ///   - id: the ledger identifier.
  ///   - name: the display name.
  ///   - aliases: other names.
  ///   - colour: `#rrggbb`.
  ///   - kind: state, non-state or coalition.
  public init(id: String, name: String, aliases: [String], colour: String, kind: Kind) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.colour = colour
    self.kind = kind
  }
}
