/// What a control area stands for: land held by an actor, held but besieged, contested, or
/// unknown (beyond the reach of every control point, or with no known holder).
///
/// Areas are dissolved by class, so an actor's besieged pocket stays apart from the land it
/// holds outright. Front lines run between areas whose `label`s differ, neither unknown.
public enum AreaClass: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// Held by the actor with this id.
  case controlled(by: String)
  /// Held by this actor and surrounded by another.
  case besieged(holder: String)
  /// Fought over (`contested` places, and `advance`: an enemy has reached a place whose
  /// control is not settled), or the same point reported held by different actors.
  case contested
  /// Nothing is known: no control point reaches here, or its holder is unknown.
  case unknown

  /// The `class` property of an area: `controlled`, `besieged`, `contested` or `unknown`.
  public var name: String {
    switch self {
    case .controlled: "controlled"
    case .besieged: "besieged"
    case .contested: "contested"
    case .unknown: "unknown"
    }
  }

  /// The `controller` property of an area and the name it has in a front line's
  /// `between`: the actor id for held and besieged land, else `contested` or `unknown`.
  public var label: String {
    switch self {
    case .controlled(let actor): actor
    case .besieged(let actor): actor
    case .contested: "contested"
    case .unknown: "unknown"
    }
  }

  /// `class controller`, e.g. `besieged SAA`.
  public var description: String {
    switch self {
    case .controlled(let actor), .besieged(let actor): "\(name) \(actor)"
    case .contested, .unknown: name
    }
  }

  /// Whether land of this class can border a front line: everything but unknown.
  public var isKnown: Bool { self != .unknown }

  /// Output order: held land by actor id, then besieged by holder, then contested, then
  /// unknown.
  public static func < (a: AreaClass, b: AreaClass) -> Bool {
    (a.rank, a.label) < (b.rank, b.label)
  }

  private var rank: Int {
    switch self {
    case .controlled: 0
    case .besieged: 1
    case .contested: 2
    case .unknown: 3
    }
  }

  /// The class of land reported with two different classes at once (one place with several
  /// reports, or several places at one point): the same class when they agree, contested
  /// when they disagree about a holder, besieged when one holder is reported both held and
  /// besieged, the known one when the other is unknown.
  func merged(with other: AreaClass) -> AreaClass {
    switch (self, other) {
    case _ where self == other: self
    case (_, .unknown): self
    case (.unknown, _): other
    case (.controlled(let a), .besieged(let b)) where a == b: other
    case (.besieged(let a), .controlled(let b)) where a == b: self
    default: .contested
    }
  }
}
