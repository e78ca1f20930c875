/// What one actor gained and lost between two snapshots, counted in places.
public struct ActorBalance: Hashable, Sendable {
  /// The actor id.
  public var actor: String
  /// Places it holds in the later snapshot and did not hold in the earlier one (captured
  /// by it, or new under it).
  public var gained: Int
  /// Places it held in the earlier snapshot and does not hold in the later one (captured
  /// from it, lost, or gone).
  public var lost: Int

  /// - Parameters:
  ///   - actor: actor id.
  ///   - gained: places gained.
  ///   - lost: places lost.
  public init(actor: String, gained: Int, lost: Int) {
    self.actor = actor
    self.gained = gained
    self.lost = lost
  }

  /// `gained - lost`: the change in the number of places the actor holds, which adds up
  /// over consecutive diffs.
  public var net: Int { gained - lost }
}
