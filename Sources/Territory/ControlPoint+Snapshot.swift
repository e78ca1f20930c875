public import Control

extension ControlPoint {
  /// The control point of a snapshot's place; `nil` for a place without a position.
  ///
  /// A place located only to its region (`geo_precision` 3, as ACLED) gets the kind
  /// `region`, which reaches nowhere by default: its point says nothing about the land
  /// around it. Places without a kind are taken as villages.
  public init?(_ state: PlaceState) {
    guard let position = state.place.position else { return nil }
    self.init(
      placeID: state.place.id, name: state.place.name, position: position,
      controller: state.controller, status: state.status,
      kind: state.geoPrecision == .region ? "region" : state.place.kind ?? "village")
  }

  /// The control points of a snapshot: its located places, in snapshot order.
  public static func points(of snapshot: Snapshot) -> [ControlPoint] {
    snapshot.states.compactMap(ControlPoint.init)
  }
}
