/// How one place changed between two snapshots A (earlier) and B (later).
///
/// With `a` and `b` the place's states in A and B (either may be absent), the first rule
/// that applies gives the kind:
/// - `new`: absent in A, present in B.
/// - `gone`: present in A, absent in B.
/// - `captured`: B names a holder and it differs from A's (A's may be unknown).
/// - `lost`: A names a holder and B names none.
/// - same holder, status changed: `contested` when B is `contested` or `advance` (someone
///   is pushing on the place), `besieged` when B is `besieged`, `relieved` when B is
///   `controlled` (a siege, a fight or an advance ended with the holder still holding).
/// Otherwise the place did not change (a new challenger or another source does not count).
public enum ChangeKind: String, Hashable, Sendable, CaseIterable {
  case captured
  case lost
  case contested
  case besieged
  case relieved
  case new
  case gone

  /// The kind of change from `before` to `after`, `nil` when the holder and status are the
  /// same (see the type's rules).
  /// - Parameters:
  ///   - before: the state in the earlier snapshot, `nil` when absent.
  ///   - after: the state in the later snapshot, `nil` when absent.
  public init?(before: PlaceState?, after: PlaceState?) {
    guard let before else {
      guard after != nil else { return nil }
      self = .new
      return
    }
    guard let after else {
      self = .gone
      return
    }
    if before.controller != after.controller {
      self = after.controller == nil ? .lost : .captured
      return
    }
    guard before.status != after.status else { return nil }
    switch after.status {
    case .contested, .advance: self = .contested
    case .besieged: self = .besieged
    case .controlled: self = .relieved
    }
  }
}
