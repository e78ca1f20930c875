import GeoJSON

/// The data embedded in an HTML map, as JSON for the page's script: the styled features of
/// every layer and step, the background, the legend and the extent.
enum MapPageData {
  /// - Parameters:
  ///   - document: what to show.
  ///   - precision: decimals of embedded coordinates; `nil` for shortest round-trip.
  static func encode(_ document: MapDocument, precision: Int?) -> [UInt8] {
    let styled = document.styled()
    let writer = GeoJSONWriter(precision: precision)
    let background =
      styled.extent.map { document.background.cropped(to: $0.expanded(by: 10)) }
      ?? document.background
    var members: [(String, [UInt8])] = [
      ("title", writer.encode(.string(document.title))),
      ("initialStep", writer.encode(.number(Double(document.initialStep)))),
      ("extent", writer.encode(extentJSON(styled.extent))),
      ("actors", writer.encode(actorsJSON(styled.legendActors))),
      ("changeKinds", writer.encode(.array(styled.changeKinds.map { .string($0.rawValue) }))),
      ("changeStyles", writer.encode(changeStylesJSON())),
      ("hasFrontLine", writer.encode(.bool(styled.hasFrontLine))),
      ("hasUncoloured", writer.encode(.bool(styled.hasUncoloured))),
      ("hasChallenged", writer.encode(.bool(styled.hasChallenged))),
      ("uncolouredColour", writer.encode(.string(FeatureStyle.defaultPointColour))),
      ("countries", writer.encode(.featureCollection(countries(background, near: styled.extent)))),
      ("borders", writer.encode(.featureCollection(borders(background)))),
    ]
    let layers = zip(document.layers, styled.layers).map { layer, features in
      collection(features, member: ("name", .string(layer.name)))
    }
    members.append(("layers", list(layers.map { writer.encode(.featureCollection($0)) })))
    let steps = zip(document.series?.steps ?? [], styled.steps).map { step, features in
      collection(features, member: ("date", .string(step.date)))
    }
    members.append(("steps", list(steps.map { writer.encode(.featureCollection($0)) })))
    var bytes: [UInt8] = Array("{".utf8)
    for (index, (key, value)) in members.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      bytes += writer.encode(.string(key))
      bytes.append(UInt8(ascii: ":"))
      bytes += value
    }
    bytes.append(UInt8(ascii: "}"))
    return bytes
  }

  private static func list(_ items: [[UInt8]]) -> [UInt8] {
    var bytes: [UInt8] = Array("[".utf8)
    for (index, item) in items.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      bytes += item
    }
    bytes.append(UInt8(ascii: "]"))
    return bytes
  }

  private static func collection(
    _ features: [MapDocument.StyledFeature], member: (String, JSONValue)
  ) -> FeatureCollection {
    let embedded = features.filter { $0.feature.geometry != nil }.map { styled in
      var feature = styled.feature
      feature.foreignMembers["frontline"] = .object(styled.style.json)
      return feature
    }
    return FeatureCollection(features: embedded, foreignMembers: JSONObject([member]))
  }

  private static func extentJSON(_ box: BoundingBox?) -> JSONValue {
    guard let box else { return .null }
    return .array([box.west, box.south, box.east, box.north].map(JSONValue.number))
  }

  private static func actorsJSON(_ actors: [MapActor]) -> JSONValue {
    .array(
      actors.map {
        .object(
          JSONObject([
            ("id", .string($0.id)), ("name", .string($0.name)), ("colour", .string($0.colour)),
          ]))
      })
  }

  private static func changeStylesJSON() -> JSONValue {
    var styles = JSONObject()
    for kind in MapChange.Kind.allCases {
      var style = JSONObject([("colour", .string(kind.colour)), ("text", .string(kind.legendText))])
      if let dash = kind.dash { style["dash"] = .string(dash) }
      styles[kind.rawValue] = .object(style)
    }
    return .object(styles)
  }

  /// The countries, each with where its name goes: inside the part of it near the data,
  /// which the page shows first, when it reaches there.
  private static func countries(_ background: MapBackground, near extent: BoundingBox?)
    -> FeatureCollection
  {
    FeatureCollection(
      features: background.countries.map { country in
        let position =
          extent.flatMap { LabelPoint.inside(country.geometry, within: $0.expanded(by: 0.5)) }
          ?? country.labelPosition
        let label = JSONValue.array([.number(position.longitude), .number(position.latitude)])
        return Feature(
          geometry: country.geometry,
          properties: JSONObject([
            ("name", .string(country.name)), ("iso_a2", .string(country.isoCode)),
          ]),
          foreignMembers: JSONObject([("label", label)]))
      })
  }

  private static func borders(_ background: MapBackground) -> FeatureCollection {
    FeatureCollection(
      features: background.borders.map { border in
        var properties = JSONObject()
        if let pair = border.properties?["pair"] { properties["pair"] = pair }
        return Feature(geometry: border.geometry, properties: properties)
      })
  }
}
