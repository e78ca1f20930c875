/// One place whose holder or status differs between two snapshots.
public struct PlaceChange: Hashable, Sendable {
  /// How the place changed.
  public var kind: ChangeKind
  /// The place (from the later snapshot when it has one).
  public var place: LedgerPlace
  /// The state in the earlier snapshot; `nil` for `new`.
  public var before: PlaceState?
  /// The state in the later snapshot; `nil` for `gone`.
  public var after: PlaceState?

  /// The change between two states of one place, `nil` when there is none
  /// (see `ChangeKind`).
  /// - Parameters:
  ///   - before: the earlier state, `nil` when absent.
  ///   - after: the later state, `nil` when absent.
  public init?(before: PlaceState?, after: PlaceState?) {
    guard let kind = ChangeKind(before: before, after: after),
      let place = after?.place ?? before?.place
    else { return nil }
    self.kind = kind
    self.place = place
    self.before = before
    self.after = after
  }

  /// The holder in the earlier snapshot (`from`).
  public var from: String? { before?.controller }
  /// The holder in the later snapshot (`to`).
  public var to: String? { after?.controller }
}
