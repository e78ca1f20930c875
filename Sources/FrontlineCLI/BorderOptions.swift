import ArgumentParser

/// The options of `frontline distance --border`: which border, and where the output goes.
struct BorderOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Measure to a land border: two countries in ISO 3166 alpha-2 or alpha-3, either order "
        + "(IQ-SY, SY-IQ, IRQ-SYR), or one country for all its land borders (SY).",
      discussion: """
        Arguments are places, LAT,LON points, or one GeoJSON/GeoJSONSeq file (- for standard \
        input). Each place or point prints its distance in km (3 decimals) on the WGS 84 \
        ellipsoid to Natural Earth's 10m line, the nearest border point, and the side: the \
        country polygon it is in, "border zone" when it is closer to the line than sources \
        disagree about it (the zone width is printed; for IQ-SY it is measured against the \
        DCW and WDB-II lines, elsewhere 5.08 km, the 1:10m map accuracy), or "outside". \
        --format table|csv|json|geojson|geojsonseq; GeoJSON adds a line to the nearest \
        border point. A file gets border_distance_km, border_nearest and border_side on \
        every feature (lines and polygons: at their vertex nearest the border) and comes \
        back as GeoJSON, or GeoJSONSeq for GeoJSONSeq input, unless --format csv or json.
        """,
      valueName: "XX-YY|XX"))
  var border: String?

  @Option(
    name: .customLong("border-file"),
    help: ArgumentHelp(
      "Measure to your own line(s): GeoJSON LineStrings, MultiLineStrings or Polygon rings.",
      valueName: "FILE"))
  var borderFile: String?

  @OptionGroup var output: OutputOptions

  /// Whether the border mode is asked for.
  var isRequested: Bool { border != nil || borderFile != nil }

  func validate() throws {
    if border != nil, borderFile != nil {
      throw ValidationError("give either --border or --border-file, not both")
    }
  }
}
