import Testing

@testable import Extraction

/// The rules, through `Extractor`: what is an event and what is not.
struct EventGrammarTests {
  private func events(_ text: String, date: String = "2017-06-01") throws -> [String] {
    try Fixture.extract(text, date: date).events.map(summary)
  }

  private func rules(_ text: String) throws -> [String] {
    try Fixture.extract(text).events.map(\.rule)
  }

  // MARK: - Verbs of war reporting

  @Test func activeCapture() throws {
    #expect(
      try events("Iraqi forces recaptured Hit from ISIS on Monday.") == [
        "isis>isf controlled geonames:95788 2017-05-29/day"
      ])
    #expect(try rules("The SDF took control of Tabqa.") == ["capture-active"])
  }

  @Test func passiveLiberationTakesTheAgentFromBy() throws {
    #expect(
      try events("Hit was liberated from Daesh by the Iraqi army.") == [
        "isis>isf controlled geonames:95788 2017-06-01/week"
      ])
  }

  @Test func passiveWithoutAgentTakesTheClaimant() throws {
    #expect(
      try events("The PMU said that Taru was liberated from ISIS.") == [
        "isis>pmu controlled taru 2017-06-01/week"
      ])
  }

  @Test func passiveWithoutAgentTakesTheParagraphSubject() throws {
    let text = "Iraqi forces pressed on south of Mosul. Hit was cleared on Tuesday."
    #expect(try events(text) == ["?>isf controlled geonames:95788 2017-05-30/day"])
  }

  @Test func expulsionNamesBothSides() throws {
    #expect(
      try events("The PMU pushed ISIS militants out of the border village of Umm Jrais.") == [
        "isis>pmu controlled umm_jrais 2017-06-01/week"
      ])
    #expect(
      try events("IS fighters were driven out of Hit by the Iraqi army.") == [
        "isis>isf controlled geonames:95788 2017-06-01/week"
      ])
  }

  @Test func fallTo() throws {
    #expect(
      try events("Palmyra fell to Islamic State on Thursday.", date: "2015-05-22") == [
        "?>isis controlled geonames:163808 2015-05-21/day"
      ])
  }

  @Test func storingAndEnteringAreFighting() throws {
    #expect(
      try events("Iraqi troops stormed Qaraqosh.") == [
        "?>isf contested qaraqosh 2017-06-01/day"
      ])
    #expect(try events("Peshmerga fighters entered Tal Kayf.").count == 1)
  }

  @Test func withdrawalHandsThePlaceToTheOtherSide() throws {
    #expect(
      try events("ISIS withdrew from Manbij as the SDF advanced.") == [
        "isis>sdf controlled manbij 2017-06-01/week"
      ])
  }

  @Test func reachingTheBorderIsAnAdvanceNearTheRelatedPlace() throws {
    let found = try Fixture.extract("The PMU reached the Syrian border near Qayrawan.").events
    #expect(found.map(summary) == ["?>pmu advance qayrawan 2017-06-01/week"])
    #expect(found.first?.event.geoPrecision == .near)
    #expect(found.first?.placeName == "Syria border (near Qayrawan)")
  }

  @Test func reachingTheBorderWithoutAPlaceIsUnlocated() throws {
    let found = try Fixture.extract("The PMU reached the Syrian border from the Iraqi side.").events
    #expect(found.count == 1)
    #expect(found.first?.position == nil)
    #expect(found.first?.event.place.text == "Syria–Iraq border")
  }

  @Test func siegeAndContest() throws {
    #expect(
      try events("The SDF imposed a siege on ISIS militants inside Raqqa.") == [
        "isis>sdf besieged raqqa 2017-06-01/day"
      ])
    #expect(
      try events("Fierce clashes between the SDF and ISIS erupted in Raqqa.") == [
        "isis>sdf contested raqqa 2017-06-01/day"
      ])
    #expect(
      try events("The SDF launched an offensive against ISIS in Raqqa.") == [
        "isis>sdf contested raqqa 2017-06-01/day"
      ])
  }

  @Test func twoActorsInOneSentence() throws {
    #expect(
      try events("Syrian government forces retook Palmyra from Islamic State.") == [
        "isis>saa controlled geonames:163808 2017-06-01/week"
      ])
    #expect(
      try events("ISIS overran Ramadi as government forces withdrew from the city.") == [
        "isf>isis controlled geonames:98717 2017-06-01/week"
      ])
  }

  @Test func partialCapturesAreFighting() throws {
    #expect(
      try events("Iraqi forces have retaken 80 percent of Mosul, the army said.") == [
        "?>isf contested mosul 2017-06-01/day"
      ])
  }

  @Test func relativeClausesHangOnTheirPlace() throws {
    #expect(
      try events("Looting was reported in Tuz Khurmatu, which the Hashd seized on Monday.") == [
        "?>pmu controlled geonames:90026 2017-05-29/day"
      ])
    #expect(
      try events("The army reached Deir ez-Zor, where government forces had been besieged by ISIS.")
        .contains("saa>isis besieged deir_ez_zor 2017-06-01/day"))
  }

  @Test func forcesOfAnActorAreThatActor() throws {
    #expect(
      try events(
        "Shiite militias of the Popular Mobilization Forces launched an offensive on Tal Afar.")
        == ["?>pmu contested tal_afar 2017-06-01/day"])
  }

  // MARK: - What is not an event

  @Test func attacksAndBombingsAreNotFightsForAPlace() throws {
    #expect(try events("Islamic State claimed responsibility for the attack in Baghdad.").isEmpty)
    #expect(try events("A car bomb exploded in Tal Afar, killing five people.").isEmpty)
  }

  @Test func intentionsAndOffersAreNotEvents() throws {
    #expect(try events("The PMU is willing to enter Baaj to support the army.").isEmpty)
    #expect(try events("The PMU is ready to enter the town of Baaj.").isEmpty)
    #expect(try events("The SDF is prepared to storm Raqqa.").isEmpty)
  }

  @Test func vowsAndThreatsAreNotEvents() throws {
    #expect(try events("Iraqi Shia Force Vows to Enter Tal Afar").isEmpty)
    #expect(try events("ISIS threatened to retake Sinjar.").isEmpty)
  }

  @Test func plansAndPossibilitiesAreNotEvents() throws {
    #expect(try events("Iraqi forces plan to recapture Hawija next month.").isEmpty)
    #expect(try events("The SDF could enter Raqqa within days.").isEmpty)
    #expect(try events("Turkish troops will take Manbij, Erdogan said.").isEmpty)
  }

  @Test func conditionsAreNotEvents() throws {
    #expect(try events("We will enter Baaj as long as the government approves.").isEmpty)
    #expect(try events("If the army withdraws, ISIS will seize Sinjar.").isEmpty)
  }

  @Test func negationsAreNotEvents() throws {
    #expect(try events("Iraqi forces have not entered Tal Afar.").isEmpty)
    #expect(try events("The army denied that ISIS had recaptured Baiji.").isEmpty)
    #expect(try events("The PMU never captured Baaj.").isEmpty)
  }

  @Test func meetingVenuesAreNotEventPlaces() throws {
    #expect(try events("SDF commanders held a meeting in Qamishli on the fighting.").isEmpty)
    #expect(
      try events("A meeting was held in Qamishli after the SDF captured Tabqa.") == [
        "?>sdf controlled geonames:172374 2017-06-01/week"
      ])
  }

  @Test func purposeInfinitivesAreNotEvents() throws {
    #expect(try events("This gives the army the ability to advance on Raqqa.").isEmpty)
  }
}
