/// Renders a `MapDocument` as one HTML file that opens offline in any browser: Leaflet, the
/// page's script and stylesheet and the data are all inlined, and the background is drawn
/// from the countries and borders instead of map tiles.
public struct HTMLMap: Sendable {
  /// Leaflet's code, inlined into every page.
  public var leaflet: LeafletAssets
  /// Decimals of the embedded coordinates (6 is about 0.1 m); `nil` for shortest round-trip.
  public var precision: Int?

  /// - Parameters:
  ///   - leaflet: Leaflet's script and stylesheet (`LeafletAssets.load()`).
  ///   - precision: decimals for embedded coordinates.
  public init(leaflet: LeafletAssets, precision: Int? = 6) {
    self.leaflet = leaflet
    self.precision = precision
  }

  /// The page, UTF-8.
  public func render(_ document: MapDocument) -> [UInt8] {
    let title = HTMLText.escape(document.title)
    var page: [UInt8] = []
    page +=
      """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="frontline">
      <title>\(title)</title>
      <style>
      \(leaflet.stylesheet)
      </style>
      <style>
      \(HTMLText.styleSafe(MapPage.stylesheet))
      </style>
      </head>
      <body>
      <div id="map" data-ready="false"></div>
      <noscript>This map needs JavaScript to draw the data embedded in it.</noscript>
      <script type="application/json" id="frontline-data">
      """.utf8
    page += HTMLText.scriptSafeJSON(MapPageData.encode(document, precision: precision))
    page +=
      """
      </script>
      <script>
      \(leaflet.script)
      </script>
      <script>
      \(HTMLText.scriptSafe(MapPage.script))
      </script>
      </body>
      </html>

      """.utf8
    return page
  }
}
