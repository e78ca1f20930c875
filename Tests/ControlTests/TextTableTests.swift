import Testing

@testable import Control

@Suite struct TextTableTests {
  @Test func alignsColumns() {
    let table = TextTable(
      header: ["PLACE", "N"], rows: [["Umm Jrais", "3"], ["Raqqa", "12"]], rightAligned: [1])
    #expect(
      table.render() == """
        PLACE       N
        ---------  --
        Umm Jrais   3
        Raqqa      12

        """)
  }

  @Test func padsShortRowsWithoutTrailingSpaces() {
    let table = TextTable(header: ["A", "B"], rows: [["x"]])
    #expect(table.render() == "A  B\n-  -\nx\n")
  }

  @Test func theRuleUnderTheHeaderIsOptional() {
    let table = TextTable(
      header: ["name", "km"], rows: [["Sinjar", "30.778"]], underlinesHeader: false)
    #expect(table.render() == "name    km\nSinjar  30.778\n")
  }
}
