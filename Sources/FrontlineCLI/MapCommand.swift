import ArgumentParser
import Control
import Foundation
import GeoJSON
import MapView

/// `frontline map`: one HTML file (or an SVG) that shows any output of frontline.
struct MapCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "map",
    abstract: "Draw frontline's output as a self-contained HTML map, or a static SVG map.",
    discussion: """
      Examples:
        frontline map snapshot.geojson -o map.html
        frontline map events.geojson diff.geojson fronts.geojson -o map.html
        frontline map --ledger sample.ledger.ndjson -o timeline.html   (a date slider)
        frontline map monthly.geojsonl -o timeline.html
        frontline map diff.geojson --format svg -o diff.svg

      Inputs are GeoJSON or GeoJSONSeq in WGS 84, any that frontline writes (extract, \
      snapshot, diff, distance, project back to WGS 84) or any other. Features are coloured \
      with their simplestyle properties (marker-color, stroke, fill, …) when they have them, \
      else by their actor (controller, else to) from gazetteer/actors.tsv. Diff changes are \
      ringed (places) or hatched (areas); a popup shows each feature's properties, sources \
      and evidence.

      A ledger (--ledger, or an input that is a ledger rather than GeoJSON) becomes a time \
      series of snapshots, one per --every day, week or month, as `frontline snapshot \
      --as-of-each` writes them; so do dated snapshots given as inputs (a GeoJSONSeq series \
      or several snapshot files). The HTML map gets a date slider with a play button and \
      rings what changed at each step; the SVG map draws one date (--date, else the last). \
      --series groups any input by its `date` property.

      HTML: opens offline in any browser; Leaflet is read from Debian's libjs-leaflet \
      (/usr/share/javascript/leaflet, see --leaflet) and inlined with the data; the \
      background is drawn from the countries and borders in gazetteer/, no tile server. Add \
      #step=N or #date=YYYY-MM-DD to the page's address to open a step.

      SVG: a Lambert azimuthal equal-area projection centred on the data (PROJ), with \
      borders, labels that do not overlap, legend, scale bar and north arrow; the same input \
      gives the same bytes.
      """)

  /// The kinds of map.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case html, svg
  }

  @Argument(
    help: ArgumentHelp(
      "GeoJSON, GeoJSONSeq or ledgers to draw; - for standard input.", valueName: "INPUT"))
  var inputs: [String] = []

  @Option(
    help: ArgumentHelp(
      "A control ledger (NDJSON or CSV) to show as a time series.", valueName: "LEDGER"))
  var ledger: String?

  @Option(help: ArgumentHelp("The step of a ledger's series.", valueName: "day|week|month"))
  var every = "month"

  @Option(help: "html or svg (default: svg when -o ends in .svg, else html).")
  var format: Format?

  @Option(help: "The map's title (default: the input names).")
  var title: String?

  @Option(
    help: ArgumentHelp(
      "Show the series at this date first (the last step on or before it).", valueName: "YYYY-MM-DD"
    ))
  var date: String?

  @Flag(help: "Treat the inputs as one time series grouped by their `date` property.")
  var series = false

  @Option(help: "SVG width, pixels.")
  var width = 1000

  @Option(help: "SVG height, pixels.")
  var height = 700

  @Option(help: ArgumentHelp("The folder holding leaflet.js and leaflet.css.", valueName: "DIR"))
  var leaflet = LeafletAssets.debianDirectory

  @OptionGroup var data: ControlDataOptions

  @OptionGroup var output: OutputOptions

  func validate() throws {
    guard !inputs.isEmpty || ledger != nil else {
      throw ValidationError(
        "give a GeoJSON, GeoJSONSeq or ledger input (- for standard input) or --ledger")
    }
    guard DatePrecision(rawValue: every) != nil else {
      throw ValidationError("--every must be day, week or month, got '\(every)'")
    }
    if let date, Day(iso: date) == nil {
      throw ValidationError("--date must be a day YYYY-MM-DD, got '\(date)'")
    }
  }

  func run() throws {
    let catalog = try data.actorCatalog()
    var layers: [MapLayer] = []
    for input in inputs {
      let bytes = try InputFile.read(input)
      let name = InputFile.displayName(input)
      layers.append(
        Self.isLedger(bytes)
          ? try series(ledger: bytes, name: name, actors: catalog)
          : try MapLayer.read(bytes, file: name))
    }
    if let ledger {
      let name = InputFile.displayName(ledger)
      layers.append(try series(ledger: InputFile.read(ledger), name: name, actors: catalog))
    }
    let (staticLayers, timeSeries) = try MapSeries.gather(layers, force: series)
    let document = try MapDocument(
      title: title ?? layers.map { Self.baseName($0.name) }.joined(separator: ", "),
      layers: staticLayers, series: timeSeries, actors: try Self.mapActors(catalog),
      background: try Self.background(),
      initialStep: date.flatMap { date in timeSeries?.stepIndex(onOrBefore: date) })
    let bytes: [UInt8]
    switch resolvedFormat {
    case .html:
      let assets = try LeafletAssets.load(from: leaflet)
      bytes = HTMLMap(leaflet: assets, precision: output.precision).render(document)
    case .svg:
      bytes = try SVGMap(width: width, height: height).render(document)
    }
    try output.write { target in try target.write(bytes) }
  }

  /// The ledger's snapshots at the end of every `--every` period from its first event to
  /// its last, as `frontline snapshot --as-of-each` writes them.
  /// - Throws: `CommandFailure` after printing every problem of a bad ledger.
  private func series(ledger bytes: [UInt8], name: String, actors: ActorCatalog) throws
    -> MapLayer
  {
    let ledger = try data.checkedLedger(bytes, name: name, actors: actors)
    guard let range = ledger.dateRange, let period = DatePrecision(rawValue: every) else {
      throw MapViewError(.invalidSeries, "the ledger has no events to map", file: name)
    }
    var features: [Feature] = []
    ledger.forEachSnapshot(from: range.lowerBound, through: range.upperBound, every: period) {
      features += $0.features(actors: actors)
    }
    return try MapLayer(name: name, features: features)
  }

  /// Whether an input is a ledger rather than GeoJSON: its first record is a JSON object
  /// without a GeoJSON `type` (NDJSON), or it is not JSON at all and its first line names a
  /// `place` column (CSV).
  static func isLedger(_ bytes: [UInt8]) -> Bool {
    let firstLine = bytes.split(separator: UInt8(ascii: "\n")).first {
      $0.contains { ![9, 13, 32].contains($0) }
    }
    guard let firstLine else { return false }
    let text = String(decoding: firstLine, as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    if text.hasPrefix("{") {
      guard let value = try? JSONReader.parse(Array(firstLine)) else { return false }
      return value.objectValue.map { $0["type"] == nil && $0["place"] != nil } ?? false
    }
    guard !text.hasPrefix("["), !text.hasPrefix("\u{1E}") else { return false }
    return text.split(separator: ",").contains {
      $0.trimmingCharacters(in: .whitespaces) == "place"
    }
  }

  private var resolvedFormat: Format {
    format ?? ((output.output?.lowercased().hasSuffix(".svg") ?? false) ? .svg : .html)
  }

  /// The actors as the map shows them.
  static func mapActors(_ catalog: ActorCatalog) throws -> [MapActor] {
    var actors: [MapActor] = []
    for actor in catalog.actors {
      actors.append(
        try MapActor(id: actor.id, name: actor.name, colour: actor.colour, aliases: actor.aliases))
    }
    return actors
  }

  /// `events.geojson` for `/data/events.geojson`.
  static func baseName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  /// Countries and land borders from `gazetteer/`.
  static func background() throws -> MapBackground {
    let countries = try DataLocation.file("countries/ne10m-countries.geojson")
    let borders = try DataLocation.file("borders/ne10m-land-boundaries.geojson")
    return try MapBackground.read(
      countries: InputFile.read(countries), countriesFile: countries,
      borders: InputFile.read(borders), bordersFile: borders)
  }
}
