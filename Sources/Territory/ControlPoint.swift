public import Control
public import GeoJSON

/// One place of a snapshot as Territory needs it: where it is, who holds it, how sure that
/// is, and what kind of place it is (which sets how far its control is assumed to reach).
public struct ControlPoint: Hashable, Sendable {
  /// The gazetteer id (or any stable id) of the place.
  public var placeID: String
  /// The place's name, for messages.
  public var name: String
  /// Longitude/latitude, degrees (WGS 84).
  public var position: Position
  /// The actor id of the holder; `nil` or empty when nobody is known to hold it.
  public var controller: String?
  /// What the snapshot says about the place (`controlled`, `contested`, `besieged`,
  /// `advance`).
  public var status: ControlStatus
  /// The kind of place (`city`, `town`, `village`, `hamlet`, …), looked up in
  /// `ReachOptions`.
  public var kind: String

  /// - Parameters:
  ///   - placeID: stable id of the place.
  ///   - name: display name.
  ///   - position: longitude/latitude, degrees.
  ///   - controller: holder's actor id, `nil` when unknown.
  ///   - status: the snapshot's status for the place.
  ///   - kind: place kind, e.g. `village`.
  public init(
    placeID: String, name: String, position: Position, controller: String?,
    status: ControlStatus, kind: String
  ) {
    self.placeID = placeID
    self.name = name
    self.position = position
    self.controller = controller
    self.status = status
    self.kind = kind
  }

  /// The area class the place gives its surroundings: see `AreaClass`.
  public var areaClass: AreaClass {
    guard let controller, !controller.isEmpty, controller != AreaClass.unknown.label else {
      return status == .controlled ? .unknown : .contested
    }
    switch status {
    case .controlled: return .controlled(by: controller)
    case .besieged: return .besieged(holder: controller)
    case .contested, .advance: return .contested
    }
  }
}
