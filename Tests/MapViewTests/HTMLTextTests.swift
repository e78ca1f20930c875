import Testing

@testable import MapView

@Suite struct HTMLTextTests {
  @Test func escapesMarkup() {
    #expect(
      HTMLText.escape("<b>\"Tom\" & 'Jerry'</b>")
        == "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;")
    #expect(HTMLText.escape("تل عفر") == "تل عفر")
  }

  @Test func scriptsCannotCloseTheirElement() {
    let script = #"var a = "</SCRIPT><script>"; var b = '<!-- x';"#
    let safe = HTMLText.scriptSafe(script)
    #expect(!safe.lowercased().contains("</script"))
    #expect(!safe.contains("<!--"))
    #expect(safe.contains(#"<\/SCRIPT>"#))
  }

  @Test func stylesCannotCloseTheirElement() {
    #expect(!HTMLText.styleSafe("a{} </Style> b{}").lowercased().contains("</style"))
  }

  @Test func jsonKeepsItsMeaningWithoutAngleBrackets() {
    let json = Array(#"{"evidence":"</script><!-- & <b>"}"#.utf8)
    let safe = String(decoding: HTMLText.scriptSafeJSON(json), as: UTF8.self)
    #expect(safe == #"{"evidence":"\u003c/script\u003e\u003c!-- \u0026 \u003cb\u003e"}"#)
  }

  @Test func backslashesKeepTheTextsCase() {
    #expect(HTMLText.insertingBackslash(beforeOffset: 0, of: "x", in: "aXbxc") == #"a\Xb\xc"#)
    let mixedCase = HTMLText.insertingBackslash(beforeOffset: 1, of: "</script", in: "ü</ScRiPt>ü")
    #expect(mixedCase == #"ü<\/ScRiPt>ü"#)
    #expect(HTMLText.insertingBackslash(beforeOffset: 1, of: "abcd", in: "abc") == "abc")
  }
}
