import Foundation

/// Leaflet's script and stylesheet, read at run time from Debian's `libjs-leaflet` so that the
/// repository carries none of Leaflet's code, and inlined into every HTML map.
public struct LeafletAssets: Hashable, Sendable {
  /// Where Debian's `libjs-leaflet` installs Leaflet.
  public static let debianDirectory = "/usr/share/javascript/leaflet"

  /// The JavaScript, safe to put between `<script>` tags.
  public let script: String
  /// The CSS with its images inlined as `data:` URLs, safe to put between `<style>` tags.
  public let stylesheet: String

  /// - Parameters:
  ///   - script: Leaflet's JavaScript.
  ///   - stylesheet: Leaflet's CSS.
  public init(script: String, stylesheet: String) {
    self.script = HTMLText.scriptSafe(script)
    self.stylesheet = HTMLText.styleSafe(stylesheet)
  }

  /// Reads `leaflet.min.js` (else `leaflet.js`), `leaflet.css` and the images the CSS names
  /// from `directory`.
  /// - Parameter directory: a folder laid out as Debian's `libjs-leaflet`.
  /// - Throws: `.leafletMissing` naming the package to install.
  public static func load(from directory: String = debianDirectory) throws(MapViewError)
    -> LeafletAssets
  {
    let scriptFile = ["leaflet.min.js", "leaflet.js"].map { "\(directory)/\($0)" }
      .first { FileManager.default.fileExists(atPath: $0) }
    guard let scriptFile, let script = text(scriptFile),
      let stylesheet = text("\(directory)/leaflet.css")
    else {
      throw MapViewError(
        .leafletMissing,
        "Leaflet is not installed: \(directory)/leaflet.js and leaflet.css are missing; "
          + "install Debian's libjs-leaflet (`apt-get install libjs-leaflet`) or run "
          + "scripts/setup.sh")
    }
    let notice =
      "/* Leaflet (https://leafletjs.com), BSD 2-Clause licence, (c) Vladimir Agafonkin and "
      + "contributors; inlined from \(scriptFile) */\n"
    return LeafletAssets(
      script: notice + withoutSourceMaps(script),
      stylesheet: inliningImages(withoutSourceMaps(stylesheet), from: directory))
  }

  private static func text(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Drops `sourceMappingURL` comments: the map files are not inlined, and a browser would
  /// look for them beside the HTML file.
  private static func withoutSourceMaps(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.contains("sourceMappingURL=") }.joined(separator: "\n")
  }

  /// Replaces `url(images/x.png)` with a `data:` URL of the file, so that the page needs no
  /// file beside it; references to missing files stay as they are.
  private static func inliningImages(_ css: String, from directory: String) -> String {
    var result = ""
    var rest = Substring(css)
    while let start = rest.range(of: "url(images/"),
      let end = rest[start.upperBound...].firstIndex(of: ")")
    {
      let name = String(rest[start.upperBound..<end])
      result += rest[..<start.lowerBound]
      if !name.contains("/"), name.hasSuffix(".png"),
        let image = FileManager.default.contents(atPath: "\(directory)/images/\(name)")
      {
        result += "url(data:image/png;base64,\(image.base64EncodedString()))"
      } else {
        result += rest[start.lowerBound...end]
      }
      rest = rest[rest.index(after: end)...]
    }
    return result + rest
  }
}
