/// An actor named in a report.
public struct ActorMention: Hashable, Sendable {
  /// The actors-file id.
  public var actor: String
  /// The words as written.
  public var text: String
  public var range: TextRange

  /// - Parameters:
  ///   - actor: actors-file id.
  ///   - text: the words.
  ///   - range: where they are.
  public init(actor: String, text: String, range: TextRange) {
    self.actor = actor
    self.text = text
    self.range = range
  }
}
