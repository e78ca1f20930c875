/// The actors a map knows, found by id, name or alias regardless of case; an id the table lacks
/// gets a stable colour of its own.
struct ActorTable: Hashable, Sendable {
  let actors: [MapActor]
  private let byKey: [String: MapActor]

  init(_ actors: [MapActor]) {
    self.actors = actors
    var byKey: [String: MapActor] = [:]
    // Ids win over names and names over aliases; earlier actors win over later ones.
    for actor in actors.reversed() {
      for alias in actor.aliases { byKey[alias.lowercased()] = actor }
    }
    for actor in actors.reversed() {
      byKey[actor.name.lowercased()] = actor
    }
    for actor in actors.reversed() {
      byKey[actor.id.lowercased()] = actor
    }
    self.byKey = byKey
  }

  func actor(_ idOrName: String) -> MapActor {
    byKey[idOrName.lowercased()] ?? MapActor(unknownID: idOrName)
  }

  /// `used` without duplicates, known actors in table order first, then unknown ids sorted.
  func legend(_ used: some Sequence<MapActor>) -> [MapActor] {
    let usedIDs = Set(used.map(\.id))
    let known = actors.filter { usedIDs.contains($0.id) }
    let knownIDs = Set(known.map(\.id))
    return known + usedIDs.subtracting(knownIDs).sorted().map(MapActor.init(unknownID:))
  }
}
