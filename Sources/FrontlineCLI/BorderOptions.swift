import ArgumentParser

/// The options of `frontline distance --border`: which border, and where the output goes.
struct BorderOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Measure to a land border: two countries in ISO 3166 alpha-2 or alpha-3, either order "
        + "(IQ-SY, SY-IQ, IRQ-SYR), or one country for all its land borders (SY).",
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
