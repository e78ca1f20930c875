/// How a stretch of text names an actor.
enum ActorReference: Hashable, Sendable {
  /// An id, name or alias from the actors file ("PMU", "al-Hashd al-Shaabi", "Daesh").
  case named(String)
  /// A country's forces ("Iraqi troops", "Turkish soldiers"): the actors-file actor whose
  /// alias is "<Country adjective> forces" (or army, military).
  case national(String)
  /// "Kurdish forces": the Peshmerga in Iraq, the YPG in Syria, decided by the place.
  case kurdish
  /// "Kurdish-led forces": the Peshmerga in Iraq, the SDF in Syria.
  case kurdishLed
  /// "government forces", "pro-government troops", "the army": the state forces of the
  /// place's country.
  case government
  /// "jihadists", "militants", "extremists": the jihadist actor the report names.
  case jihadists
  /// "they", "we", "the forces", "the group": an actor named before.
  case anaphor
}
