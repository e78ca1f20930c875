/// An actor as the map shows it: an id used in `controller`/`to`/`from`, a display name and a
/// colour. The map's own view of the Control module's actors table, so that MapView does not
/// depend on Control.
public struct MapActor: Hashable, Sendable {
  /// The id used in feature properties (`isis`, `pmu`), matched case-insensitively.
  public var id: String
  /// The name shown in the legend and popups.
  public var name: String
  /// `#rrggbb`.
  public var colour: String
  /// Other names that data may use for the actor (`ISIL`, `Daesh`), matched case-insensitively.
  public var aliases: [String]

  /// - Parameters:
  ///   - id: the actor id used in feature properties.
  ///   - name: the display name.
  ///   - colour: a CSS hex colour, `#rgb` or `#rrggbb` (with or without `#`).
  ///   - aliases: other names for the actor.
  /// - Throws: `.invalidInput` when `colour` is not a hex colour or `id` is empty.
  public init(id: String, name: String, colour: String, aliases: [String] = [])
    throws(MapViewError)
  {
    guard !id.isEmpty else { throw MapViewError(.invalidInput, "an actor needs an id") }
    guard let normalised = HexColour.normalise(colour) else {
      throw MapViewError(
        .invalidInput, "actor \(id): colour '\(colour)' is not a hex colour like #1f78b4")
    }
    self.id = id
    self.name = name.isEmpty ? id : name
    self.colour = normalised
    self.aliases = aliases
  }

  init(unknownID id: String) {
    self.id = id
    name = id
    colour = HexColour.fallback(for: id)
    aliases = []
  }
}
