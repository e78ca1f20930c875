import GeoJSON

/// How wide the band around a border line is inside which the side of a point is not
/// asserted: where sources disagree about the line, a point closer to it than the
/// disagreement may be on either side.
///
/// With cross-check lines for the border, the width is the largest distance from the
/// reference line to a cross-check line at the foot point (sampled every `sampleSpacing`
/// along the reference line and interpolated), never less than `minimumWidth`. A cross-check
/// line whose nearest point is one of its ends does not cover that stretch and is ignored
/// there. Without cross-checks the width is `defaultWidth`.
public struct BorderZone: Sendable {
  /// Where a zone width came from.
  public enum Basis: Hashable, Sendable, CustomStringConvertible {
    /// Measured against these cross-check sources.
    case crossCheck([String])
    /// The sources agree more closely than the floor; the floor applies.
    case minimum
    /// No cross-check: the default for Natural Earth's 1:10m scale.
    case mapScale
    /// A user's own line: only the country polygons' precision applies.
    case polygonPrecision

    /// `cross-check dcw-gmt-2.1.1, gshhg-2.3.7-wdb2`, `minimum`, `NE 1:10m scale`,
    /// `polygon precision`.
    public var description: String {
      switch self {
      case .crossCheck(let sources): "cross-check " + sources.joined(separator: ", ")
      case .minimum: "minimum"
      case .mapScale: "NE 1:10m scale"
      case .polygonPrecision: "polygon precision"
      }
    }
  }

  /// The floor, metres: Natural Earth's 10m country polygons sit on a grid of about
  /// 330 m × 190 m, so point-in-polygon is not trusted within about a kilometre of a border.
  public static let minimumWidth = 1_000.0  // m
  /// The width where no second source exists, metres: the US National Map Accuracy
  /// Standard's 1/50 inch (0.508 mm) at 1:10,000,000, within which 90 % of well-defined
  /// points of a map at that scale lie. The Iraq–Syria cross-checks agree: a mean
  /// disagreement of about 2 km and a maximum of 5.6 km.
  public static let defaultWidth = 5_080.0  // m
  /// Spacing of the width samples along the reference line, metres.
  public static let sampleSpacing = 500.0  // m

  private struct SegmentSamples: Sendable {
    var first: Int
    var count: Int
    var length: Double
  }

  private let samples: [SegmentSamples]
  private let widths: [Double]
  private let bases: [Basis]
  /// Per sample, an index into `bases`.
  private let basisOfSample: [Int32]

  /// - Parameters:
  ///   - reference: the measured lines, in the order `BorderDistance` was built from them.
  ///   - countries: per reference polyline, the countries of its border (sorted alpha-3), to
  ///     pick the cross-checks that apply; empty for a user line.
  ///   - crossChecks: the available cross-check lines.
  ///   - defaultWidth: the width without a cross-check, metres.
  init(
    reference: BorderDistance, countries: [[String]], crossChecks: [CrossCheckLine],
    defaultWidth: Double = BorderZone.defaultWidth
  ) throws(BordersError) {
    var engines: [[String]: [(String, BorderDistance)]] = [:]
    for check in crossChecks {
      engines[check.countries, default: []].append(
        (
          check.source,
          // A few queries per kilometre of the reference line: not worth a candidate grid.
          try BorderDistance(polylines: check.parts, manyQueries: false)
        ))
    }
    var bases: [Basis] = [.mapScale, .minimum, .polygonPrecision]
    var samples: [SegmentSamples] = []
    var widths: [Double] = []
    var basisOfSample: [Int32] = []
    let geodesicLines = reference.store.lines
    for (index, segment) in reference.store.segments.enumerated() {
      let polyline = Int(segment.polyline)
      let lineCountries = countries[polyline]
      let applicable = engines[lineCountries] ?? []
      let count = max(1, Int((segment.length / Self.sampleSpacing).rounded(.up)))
      samples.append(SegmentSamples(first: widths.count, count: count, length: segment.length))
      for k in 0...count {
        guard !applicable.isEmpty else {
          widths.append(lineCountries.isEmpty ? Self.minimumWidth : defaultWidth)
          basisOfSample.append(lineCountries.isEmpty ? 2 : 0)
          continue
        }
        let foot = geodesicLines.position(
          index, distance: segment.length * Double(k) / Double(count))
        let point = Position(longitude: foot.longitude, latitude: foot.latitude)
        var width = 0.0
        var sources: [String] = []
        for (source, engine) in applicable {
          guard let nearest = engine.nearest(to: point), Self.covers(nearest, engine) else {
            continue
          }
          width = max(width, nearest.distance)
          sources.append(source)
        }
        if sources.isEmpty {
          widths.append(defaultWidth)
          basisOfSample.append(0)
        } else if width < Self.minimumWidth {
          widths.append(Self.minimumWidth)
          basisOfSample.append(1)
        } else {
          let basis = Basis.crossCheck(sources)
          if let known = bases.firstIndex(of: basis) {
            basisOfSample.append(Int32(known))
          } else {
            basisOfSample.append(Int32(bases.count))
            bases.append(basis)
          }
          widths.append(width)
        }
      }
    }
    self.samples = samples
    self.widths = widths
    self.bases = bases
    self.basisOfSample = basisOfSample
  }

  /// Whether a cross-check line runs past the point, rather than ending short of it.
  private static func covers(_ nearest: BorderDistance.Nearest, _ engine: BorderDistance) -> Bool {
    guard nearest.isVertex else { return true }
    let parts = engine.polylines
    let atStart = nearest.segment == 0 && nearest.along == 0
    let atEnd =
      nearest.segment == parts[nearest.polyline].count - 2 && nearest.along > 0
    return !(atStart || atEnd)
  }

  /// The zone width at a point of the reference line and where it came from; the larger of
  /// the two samples around the point, so the zone never narrows between samples.
  /// - Parameters:
  ///   - segment: the global segment index (`PolylineSet` order).
  ///   - along: metres from the segment start.
  func width(segment: Int, along: Double) -> (width: Double, basis: Basis) {
    let entry = samples[segment]
    let position = entry.length > 0 ? along / entry.length * Double(entry.count) : 0
    let low = entry.first + min(entry.count, max(0, Int(position.rounded(.down))))
    let high = entry.first + min(entry.count, max(0, Int(position.rounded(.up))))
    let pick = widths[low] >= widths[high] ? low : high
    return (widths[pick], bases[Int(basisOfSample[pick])])
  }
}
