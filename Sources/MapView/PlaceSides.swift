import GeoJSON

/// Who holds a place and who challenges it: a snapshot's `controller` and `challenger`,
/// or an event's `from` and `to`, which for a contested, besieged or advance event keep the
/// holder (`from`) and name the challenger (`to`), as the ledger folds them.
struct PlaceSides: Hashable, Sendable {
  var holder: String?
  var challenger: String?
  var isChallenged: Bool

  private static let challengeStatuses: Set<String> = ["contested", "besieged", "advance"]

  init(_ properties: JSONObject) {
    let status = PropertyText.of(properties["status"])?.lowercased() ?? ""
    isChallenged = Self.challengeStatuses.contains(status)
    let to = PropertyText.of(properties["to"])
    if properties["controller"] != nil {
      holder = PropertyText.of(properties["controller"])
      challenger = isChallenged ? PropertyText.of(properties["challenger"]) : nil
    } else if isChallenged {
      holder = PropertyText.of(properties["from"]) ?? to
      challenger = to == holder ? nil : to
    } else {
      holder = to
      challenger = nil
    }
  }
}
