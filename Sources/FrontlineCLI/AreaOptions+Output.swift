import Borders
import Control
import GeoJSON
import Territory

/// What `--areas` and `--fronts` add to `snapshot` and `diff` output: GeoJSON features
/// styled with simplestyle-spec (`fill`, `stroke`, `title`) in the holders' colours, and
/// summary tables for the text formats.
extension AreaOptions {
  /// Fill of contested land and stroke of front lines.
  static let contestedColour = "#7f7f7f"
  /// Fill of unknown land: a light grey that reads as "no data".
  static let unknownColour = "#d9d9d9"
  static let frontColour = "#000000"

  /// The builder: `--countries` or the shipped countries, `--reach` or Nominatim's radii;
  /// `nil` unless `--areas` or `--fronts` is given, so commands can make it unconditionally
  /// (once: it reads the countries file).
  func builder() throws -> TerritoryBuilder? {
    guard isRequested else { return nil }
    let path = try countriesFile ?? DataLocation.file(BorderLibrary.countryFile)
    let atlas = try CountryAtlas(path: path)
    let reach = try self.reach.map { try ReachOptions(specification: $0) } ?? .nominatim
    return TerritoryBuilder(countries: atlas.countries, reach: reach)
  }

  /// The control areas and front lines of a snapshot.
  func controlAreas(of snapshot: Snapshot, builder: TerritoryBuilder) throws -> ControlAreas {
    try builder.areas(from: ControlPoint.points(of: snapshot), asOf: snapshot.date.description)
  }

  /// The features to append to a snapshot's GeoJSON: areas (`--areas`) then front lines
  /// (`--fronts`), styled; none when neither is asked for (`builder` is `nil`).
  func features(
    for snapshot: Snapshot, actors: ActorCatalog, builder: TerritoryBuilder?
  ) throws -> [Feature] {
    guard let builder else { return [] }
    let result = try controlAreas(of: snapshot, builder: builder)
    var features: [Feature] = []
    if areas {
      for (area, feature) in zip(result.areas, result.areaFeatures) {
        features.append(Self.styled(feature, area: area, actors: actors))
      }
    }
    if fronts {
      for (front, feature) in zip(result.fronts, result.frontFeatures) {
        features.append(Self.styled(feature, front: front, actors: actors))
      }
    }
    return features
  }

  /// One row per area (holder, class, km², places) and per front (sides, km), for the
  /// `table` and `csv` formats.
  func table(for result: ControlAreas, actors: ActorCatalog) -> TextTable {
    var rows: [[String]] = []
    if areas {
      for area in result.areas {
        rows.append([
          Self.name(area.areaClass.label, actors: actors), area.areaClass.name,
          Self.kilometres(area.area / 1e6), String(area.places),
        ])
      }
    }
    if fronts {
      for front in result.fronts {
        rows.append([
          front.between.map { Self.name($0, actors: actors) }.joined(separator: " | "), "front",
          Self.kilometres(front.length / 1000) + " km", "",
        ])
      }
    }
    return TextTable(
      header: ["holder", "class", "km² (estimate)", "places"], rows: rows, rightAligned: [2, 3])
  }

  /// `diff --areas`: land that changed hands between two snapshots.
  func areaDiff(
    from earlier: Snapshot, to later: Snapshot, builder: TerritoryBuilder
  ) throws -> AreaDiff {
    try builder.diff(
      from: ControlPoint.points(of: earlier), asOf: earlier.date.description,
      to: ControlPoint.points(of: later), asOf: later.date.description)
  }

  /// The change features of an area diff, filled with the gaining holder's colour.
  func features(for diff: AreaDiff, actors: ActorCatalog) -> [Feature] {
    zip(diff.changes, diff.changeFeatures).map { change, feature in
      var styled = feature
      let colour = Self.colour(of: change.to, actors: actors)
      styled.properties?["fill"] = .string(colour)
      styled.properties?["fill-opacity"] = 0.5
      styled.properties?["stroke"] = .string(colour)
      styled.properties?["stroke-width"] = 1
      styled.properties?["title"] = .string(
        "\(Self.name(change.from, actors: actors)) → \(Self.name(change.to, actors: actors)): "
          + "\(Self.kilometres(change.area / 1e6)) km² (estimate)")
      return styled
    }
  }

  /// Gained, lost and net km² per holder, for the `table` format and `--summary`.
  func table(for diff: AreaDiff, actors: ActorCatalog) -> TextTable {
    TextTable(
      header: ["holder", "km² gained", "km² lost", "km² net"],
      rows: diff.balances.map { balance in
        [
          Self.name(balance.actor, actors: actors), Self.kilometres(balance.gained / 1e6),
          Self.kilometres(balance.lost / 1e6), Self.kilometres(balance.net / 1e6),
        ]
      }, rightAligned: [1, 2, 3])
  }

  private static func styled(_ feature: Feature, area: ControlArea, actors: ActorCatalog) -> Feature
  {
    var styled = feature
    let colour = colour(of: area.areaClass.label, actors: actors)
    let opacity: Double =
      switch area.areaClass {
      case .controlled: 0.4
      case .besieged, .contested: 0.25
      case .unknown: 0.15
      }
    styled.properties?["fill"] = .string(colour)
    styled.properties?["fill-opacity"] = .number(opacity)
    styled.properties?["stroke"] = .string(colour)
    styled.properties?["stroke-width"] = area.areaClass == .unknown ? 0 : 1
    styled.properties?["title"] = .string(
      "\(name(area.areaClass.label, actors: actors)) (\(area.areaClass.name)): "
        + "\(kilometres(area.area / 1e6)) km², estimate")
    return styled
  }

  private static func styled(_ feature: Feature, front: FrontLine, actors: ActorCatalog) -> Feature
  {
    var styled = feature
    styled.properties?["stroke"] = .string(frontColour)
    styled.properties?["stroke-width"] = 2
    styled.properties?["title"] = .string(
      "front \(front.between.map { name($0, actors: actors) }.joined(separator: " – ")), "
        + "\(kilometres(front.length / 1000)) km, estimate")
    return styled
  }

  /// An actor's colour, or the colours of contested and unknown land.
  static func colour(of label: String, actors: ActorCatalog) -> String {
    switch label {
    case AreaClass.contested.label: contestedColour
    case AreaClass.unknown.label: unknownColour
    default: actors.actor(id: label)?.colour ?? contestedColour
    }
  }

  private static func name(_ label: String, actors: ActorCatalog) -> String {
    actors.actor(id: label)?.name ?? label
  }

  /// A number with one decimal, e.g. `12539.2`.
  private static func kilometres(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    let sign = tenths < 0 ? "-" : ""
    let magnitude = Int(abs(tenths))
    return "\(sign)\(magnitude / 10).\(magnitude % 10)"
  }
}
