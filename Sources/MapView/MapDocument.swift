import GeoJSON

/// Everything one map shows: the inputs, an optional time series, the actors that colour them
/// and the background. Rendered by `HTMLMap` and `SVGMap`.
public struct MapDocument: Hashable, Sendable {
  /// The page's and the SVG's title.
  public var title: String
  /// Inputs shown all the time.
  public var layers: [MapLayer]
  /// A series shown one step at a time, when there is one.
  public var series: MapSeries?
  /// The actors table (`gazetteer/actors.tsv`), for colours and the legend.
  public var actors: [MapActor]
  /// The countries and borders drawn under the data.
  public var background: MapBackground
  /// The series step shown first (the HTML slider's start, the step the SVG draws).
  public var initialStep: Int

  /// - Parameters:
  ///   - title: the map's title.
  ///   - layers: inputs always shown.
  ///   - series: a time series, if any.
  ///   - actors: the actors table.
  ///   - background: countries and borders.
  ///   - initialStep: the series step to show first; `nil` for the last (the latest state).
  /// - Throws: `.invalidOption` when `initialStep` is not a step of `series`.
  public init(
    title: String, layers: [MapLayer], series: MapSeries? = nil, actors: [MapActor],
    background: MapBackground, initialStep: Int? = nil
  ) throws(MapViewError) {
    let stepCount = series?.steps.count ?? 1
    let step = initialStep ?? stepCount - 1
    guard (0..<stepCount).contains(step) else {
      throw MapViewError(
        .invalidOption, "step \(step) does not exist; the series has \(stepCount) steps")
    }
    self.title = title
    self.layers = layers
    self.series = series
    self.actors = actors
    self.background = background
    self.initialStep = step
  }

  /// A feature with the style it is drawn with.
  struct StyledFeature: Hashable, Sendable {
    var feature: Feature
    var style: FeatureStyle
  }

  /// What the renderers draw, styled once so that HTML and SVG agree.
  struct Styled: Hashable, Sendable {
    var layers: [[StyledFeature]]
    var steps: [[StyledFeature]]
    /// The data's extent over all layers and steps, else the background's.
    var extent: BoundingBox?
    var legendActors: [MapActor]
    var changeKinds: [MapChange.Kind]
    var hasFrontLine: Bool
    /// Whether some feature is drawn in the default grey, for want of an actor.
    var hasUncoloured: Bool
    /// Whether some place is contested, besieged or advanced on.
    var hasChallenged: Bool
  }

  func styled() -> Styled {
    let table = ActorTable(actors)
    let layers = self.layers.map { layer in
      layer.features.map { StyledFeature(feature: $0, style: FeatureStyle($0, actors: table)) }
    }
    var steps: [[StyledFeature]] = []
    if let series {
      for (step, changes) in zip(series.steps, series.changes()) {
        steps.append(
          step.features.enumerated().map { index, feature in
            StyledFeature(
              feature: feature, style: FeatureStyle(feature, actors: table, change: changes[index]))
          })
      }
    }
    let all = (layers + steps).joined()
    let legend = SVGLegend(all.map(\.style), table: table)
    return Styled(
      layers: layers, steps: steps,
      extent: BoundingBox(features: all.map(\.feature)) ?? background.extent,
      legendActors: legend.actors, changeKinds: legend.changes,
      hasFrontLine: legend.hasFrontLine, hasUncoloured: legend.hasUncoloured,
      hasChallenged: legend.hasChallenged)
  }

  /// The date of the step shown first, when there is a series.
  var initialDate: String? { series?.steps[initialStep].date }
}
