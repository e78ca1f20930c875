/// An actor reference in a report: the words and what they refer to.
struct ActorSpan: Hashable, Sendable {
  var words: Range<Int>
  var reference: ActorReference
  /// Followed by a person's role ("PMU spokesman", "an SDF official"): the actor speaks
  /// here, it does not act.
  var isSpeaker: Bool
}
