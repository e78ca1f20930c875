extension ControlEvent {
  /// Why this event and `second`, for one place on one day, cannot both be true, or `nil`
  /// when they can.
  ///
  /// Same-day reports of fighting followed by a capture are normal, so only claims that
  /// exclude each other count: two different holders (`controlled` by different actors,
  /// or a `controlled` actor besieging it), two different besiegers or besieged holders,
  /// and two `contested` events naming different pairs of fighters.
  func conflict(with second: ControlEvent) -> String? {
    let first = self
    switch (first.status, second.status) {
    case (.controlled, .controlled) where first.to != second.to:
      return "controlled by '\(first.to)' there and by '\(second.to)' here"
    case (.controlled, .besieged), (.besieged, .controlled):
      let (holder, siege) = first.status == .controlled ? (first, second) : (second, first)
      if holder.to == siege.to { return "'\(holder.to)' both holds and besieges the place" }
      if let besieged = siege.from, besieged != holder.to {
        return "held by '\(holder.to)' in one event and by '\(besieged)' in the other"
      }
      return nil
    case (.besieged, .besieged):
      if first.to != second.to { return "besieged by '\(first.to)' and by '\(second.to)'" }
      if let one = first.from, let other = second.from, one != other {
        return "the besieged holder is '\(one)' in one event and '\(other)' in the other"
      }
      return nil
    case (.contested, .contested):
      let one = Set([first.from, first.to].compactMap { $0 })
      let other = Set([second.from, second.to].compactMap { $0 })
      if one.isSubset(of: other) || other.isSubset(of: one) { return nil }
      return "contested by \(one.sorted().joined(separator: "/")) in one event and by "
        + "\(other.sorted().joined(separator: "/")) in the other"
    default:
      return nil
    }
  }
}
