import Foundation
import Testing

/// `frontline map`, run as a user runs it; the HTML is looked at in headless Chromium.
@Suite(.serialized) struct MapCommandTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/map")
  /// The seed report's extract output: 3 control events and 4 place mentions.
  static let extract = fixtures.appendingPathComponent("extract-seed.geojson").path
  /// Monthly snapshots of the sample ledger, 2017-04-01 to 2017-07-01, 7 places each.
  static let ledgerSeries = fixtures.appendingPathComponent("snapshots-monthly.geojsonl").path
  /// The ledger of the seed report, as shipped in `seeds/`.
  static let seedLedger = LedgerCommandTests.seedLedger
  static let hasChromium = HeadlessChromium.executable != nil
  static let hasLeaflet = FileManager.default.fileExists(
    atPath: "/usr/share/javascript/leaflet/leaflet.css")

  /// Runs `frontline map` into `name` in a fresh directory; returns the file.
  private func map(_ arguments: [String], to name: String, in directory: URL) throws -> URL {
    let file = directory.appendingPathComponent(name)
    let result = try FrontlineBinary.run(["map"] + arguments + ["-o", file.path])
    #expect(result.status == 0, "\(result.stderr)")
    return file
  }

  /// `data-name="value"` of the page's `#map` element.
  private func mapAttribute(_ name: String, in dom: String) -> String? {
    guard let start = dom.range(of: "<div id=\"map\""),
      let end = dom.range(of: ">", range: start.upperBound..<dom.endIndex)
    else { return nil }
    let tag = dom[start.lowerBound..<end.lowerBound]
    guard let attribute = tag.range(of: " \(name)=\""),
      let close = tag.range(of: "\"", range: attribute.upperBound..<tag.endIndex)
    else { return nil }
    return String(tag[attribute.upperBound..<close.lowerBound])
  }

  /// The rendered map element: the DOM from `#map` to the `<noscript>` after it, without the
  /// page's scripts, whose text names the same classes.
  private func mapElement(_ dom: String) throws -> String {
    let start = try #require(dom.range(of: "<div id=\"map\""))
    let end = try #require(dom.range(of: "<noscript>", range: start.upperBound..<dom.endIndex))
    return String(dom[start.lowerBound..<end.lowerBound])
  }

  private func occurrences(of text: String, in dom: String) -> Int {
    dom.components(separatedBy: text).count - 1
  }

  /// The values of `attribute` on every element whose class list has `className`.
  private func values(of attribute: String, onClass className: String, in dom: String) -> [String] {
    dom.components(separatedBy: "class=\"\(className)\"").dropFirst().compactMap { rest in
      guard let range = rest.range(of: "\(attribute)=\""),
        let end = rest.range(of: "\"", range: range.upperBound..<rest.endIndex)
      else { return nil }
      return String(rest[range.upperBound..<end.lowerBound])
    }
  }

  @Test(.enabled(if: hasChromium && hasLeaflet, HeadlessChromium.missingNote))
  func seedExtractShowsEveryFeatureAndTheActors() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let page = try map([Self.extract], to: "extract.html", in: directory)
    let dom = try mapElement(HeadlessChromium.dumpDOM(page.absoluteString))
    #expect(mapAttribute("data-ready", in: dom) == "true")
    #expect(mapAttribute("data-feature-count", in: dom) == "7")
    // Every point is an SVG path Leaflet drew, not just data in the page.
    #expect(occurrences(of: "frontline-feature frontline-point", in: dom) == 7)
    let actors = values(of: "data-actor", onClass: "legend-actor", in: dom)
    #expect(actors == ["isis", "pmu", "sdf"])
    for name in ["Islamic State", "Popular Mobilization Units", "Syrian Democratic Forces"] {
      #expect(dom.contains("\(name)</li>"), "legend lacks \(name)")
    }
    #expect(dom.contains("class=\"legend-other\""), "mentions without an actor are explained")
    for place in ["Umm Jrais", "Taru", "Raqqa", "Qamishli", "Mosul"] {
      #expect(dom.contains(">\(place)</div>"), "no label for \(place)")
    }
    #expect(dom.contains("<span>Syria</span>") && dom.contains("<span>Iraq</span>"))
  }

  @Test(.enabled(if: hasChromium && hasLeaflet, HeadlessChromium.missingNote))
  func movingTheSliderChangesWhatIsShown() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let page = try map([Self.ledgerSeries], to: "ledger.html", in: directory)
    let april = try mapElement(HeadlessChromium.dumpDOM(page.absoluteString + "#step=0"))
    let june = try mapElement(HeadlessChromium.dumpDOM(page.absoluteString + "#step=2"))
    #expect(mapAttribute("data-step-count", in: april) == "4")
    #expect(mapAttribute("data-step-date", in: april) == "2017-04-01")
    #expect(mapAttribute("data-step-date", in: june) == "2017-06-01")
    #expect(mapAttribute("data-feature-count", in: june) == "7")
    #expect(mapAttribute("data-controllers", in: april) == "isis=5;peshmerga=1;sdf=1")
    #expect(mapAttribute("data-controllers", in: june) == "isis=2;peshmerga=1;pmu=3;sdf=1")
    #expect(mapAttribute("data-change-count", in: april) == "0")
    #expect(mapAttribute("data-change-count", in: june) == "4")
    // Captured places are ringed on the map itself.
    #expect(occurrences(of: "frontline-change frontline-change-captured", in: april) == 0)
    #expect(occurrences(of: "frontline-change frontline-change-captured", in: june) == 3)
    #expect(june.contains("class=\"frontline-slider\""))
    #expect(june.contains(">2017-06-01</span>"))
  }

  @Test(.enabled(if: hasChromium && hasLeaflet, HeadlessChromium.missingNote))
  func seedLedgerStepsThroughItsDays() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let page = try map(
      ["--ledger", Self.seedLedger, "--every", "day"], to: "seed.html", in: directory)
    let first = try mapElement(HeadlessChromium.dumpDOM(page.absoluteString + "#step=0"))
    let last = try mapElement(HeadlessChromium.dumpDOM(page.absoluteString))
    #expect(mapAttribute("data-step-date", in: first) == "2017-05-29")
    #expect(mapAttribute("data-step-date", in: last) == "2017-06-01")
    #expect(mapAttribute("data-step-count", in: last) == "4")
    let before = Int(mapAttribute("data-feature-count", in: first) ?? "") ?? 0
    let after = Int(mapAttribute("data-feature-count", in: last) ?? "") ?? 0
    #expect(after > before, "places reported on 2017-06-01 appear")
    #expect(
      mapAttribute("data-controllers", in: first) != mapAttribute("data-controllers", in: last))
    #expect(values(of: "data-actor", onClass: "legend-actor", in: last).contains("pmu"))
  }

  @Test(.enabled(if: hasChromium && hasLeaflet, HeadlessChromium.missingNote))
  func screenshotShowsTheMap() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let page = try map([Self.ledgerSeries], to: "ledger.html", in: directory)
    let shot = directory.appendingPathComponent("ledger.png")
    try HeadlessChromium.screenshot(
      page.absoluteString + "#step=2", to: shot, width: 1200, height: 800)
    let png = try Data(contentsOf: shot)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    let land = "#f2efe9"
    let pmu = "#6a3d9a"  // the PMU's colour in gazetteer/actors.tsv
    let capturedRing = "#d7191c"
    let statistics = try HeadlessChromium.pixelStatistics(
      of: png, watching: [land, pmu, capturedRing])
    #expect(statistics.width == 1200 && statistics.height == 800)
    #expect(statistics.distinctColours > 50, "a blank page has a handful of colours")
    #expect(statistics.dominantShare < 0.95)
    #expect((statistics.watched[land] ?? 0) > 100_000, "the countries are drawn")
    #expect((statistics.watched[pmu] ?? 0) > 50, "the PMU's places are drawn in its colour")
    #expect((statistics.watched[capturedRing] ?? 0) > 50, "captured places are ringed")
  }

  @Test(.enabled(if: hasLeaflet, "Debian's libjs-leaflet is not installed"))
  func htmlIsOneSelfContainedFile() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let page = try map([Self.extract, Self.ledgerSeries], to: "both.html", in: directory)
    let html = try String(contentsOf: page, encoding: .utf8)
    // Nothing is fetched: no external script, stylesheet, image or font.
    #expect(!html.contains("src=\"http") && !html.contains("url(http"))
    #expect(!html.contains("<script src=") && !html.contains("<link "))
    #expect(html.contains("Leaflet"))
    #expect(html.contains("\"steps\":[{"))
  }

  @Test(.enabled(if: hasLeaflet, "Debian's libjs-leaflet is not installed"))
  func dateChoosesTheFirstStepShown() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let page = try map([Self.ledgerSeries, "--date", "2017-05-20"], to: "may.html", in: directory)
    #expect(try String(contentsOf: page, encoding: .utf8).contains("\"initialStep\":1,"))
  }

  @Test func svgIsDeterministic() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let first = try map([Self.ledgerSeries], to: "a.svg", in: directory)
    let second = try map([Self.ledgerSeries, "--format", "svg"], to: "b.map", in: directory)
    let svg = try Data(contentsOf: first)
    #expect(svg == (try Data(contentsOf: second)))
    let text = String(decoding: svg, as: UTF8.self)
    #expect(text.hasPrefix("<svg "))
    #expect(text.contains(">Popular Mobilization Units</text>"))
    #expect(text.contains("as of 2017-07-01"))
  }

  @Test func aLedgerInputIsRecognisedAsALedger() throws {
    let viaOption = try FrontlineBinary.run([
      "map", "--ledger", Self.seedLedger, "--format", "svg", "--every", "day",
    ])
    let asInput = try FrontlineBinary.run([
      "map", Self.seedLedger, "--format", "svg", "--every", "day",
    ])
    #expect(viaOption.status == 0, "\(viaOption.stderr)")
    #expect(asInput.stdoutBytes == viaOption.stdoutBytes)
    #expect(viaOption.stdout.contains("as of 2017-06-01"))
    #expect(viaOption.stdout.contains(">Popular Mobilization Units</text>"))
  }

  @Test func readsStandardInput() throws {
    let input = try Data(contentsOf: URL(fileURLWithPath: Self.extract))
    let result = try FrontlineBinary.run(["map", "-", "--format", "svg"], input: input)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains(">Umm Jrais</text>"))
  }

  @Test func aProjectedFileIsRefusedAndNothingWritten() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("fronts-3857.geojson")
    try """
    {"type":"FeatureCollection",
    "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}},
    "features":[{"type":"Feature","properties":{},
    "geometry":{"type":"Point","coordinates":[4588000,4340000]}}]}
    """.write(to: input, atomically: true, encoding: .utf8)
    let output = directory.appendingPathComponent("map.svg")
    let result = try FrontlineBinary.run(["map", input.path, "-o", output.path])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("frontline: \(input.path): "))
    #expect(result.stderr.contains("frontline project"))
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test func badJSONIsReportedWithLineAndColumn() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("broken.geojsonl")
    try "{\"type\":\"Point\",\"coordinates\":[41,36]}\n{\"type\":\"Point\",\"coordinates\":[41,]}\n"
      .write(to: input, atomically: true, encoding: .utf8)
    let result = try FrontlineBinary.run(["map", input.path, "--format", "svg"])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("frontline: \(input.path):2:"))
  }

  @Test func missingInputAndMissingLeafletAreClearErrors() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let missing = try FrontlineBinary.run([
      "map", directory.appendingPathComponent("nope.geojson").path,
    ])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("nope.geojson"))
    let output = directory.appendingPathComponent("map.html")
    let noLeaflet = try FrontlineBinary.run(
      ["map", Self.extract, "--leaflet", directory.path, "-o", output.path])
    #expect(noLeaflet.status == 1)
    #expect(noLeaflet.stderr.contains("libjs-leaflet"))
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test func usageErrorsExitWith64() throws {
    #expect(try FrontlineBinary.run(["map"]).status == 64)
    #expect(try FrontlineBinary.run(["map", Self.extract, "--date", "June"]).status == 64)
    #expect(try FrontlineBinary.run(["map", Self.extract, "--format", "png"]).status == 64)
    #expect(
      try FrontlineBinary.run(["map", "--ledger", Self.seedLedger, "--every", "year"]).status == 64)
  }

  @Test func neverOverwritesWithoutBeingTold() throws {
    let directory = try FrontlineBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("map.svg")
    try Data("keep".utf8).write(to: output)
    let refused = try FrontlineBinary.run(["map", Self.extract, "-o", output.path])
    #expect(refused.status == 1)
    #expect(try Data(contentsOf: output) == Data("keep".utf8))
    let replaced = try FrontlineBinary.run(["map", Self.extract, "-o", output.path, "--overwrite"])
    #expect(replaced.status == 0)
    #expect(try Data(contentsOf: output).starts(with: Data("<svg".utf8)))
  }
}
