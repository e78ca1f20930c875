import Foundation
import Testing

/// Debian's Chromium without a window, to see a page as a person would: the DOM after its
/// scripts ran (`--dump-dom`), a screenshot, and the colours in a screenshot.
enum HeadlessChromium {
  /// What a screenshot shows, counted by the browser itself.
  struct PixelStatistics: Decodable {
    var width: Int
    var height: Int
    /// Colours after dropping the low 3 bits of each channel.
    var distinctColours: Int
    /// The share of the most common of those colours, 0–1.
    var dominantShare: Double
    /// Pixels within ±8 per channel of each watched `#rrggbb` colour.
    var watched: [String: Int]
  }

  /// The browser's path: `chromium` (Debian), else `chromium-browser` or `google-chrome`.
  static let executable: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for name in ["chromium", "chromium-browser", "google-chrome"] {
      for directory in path.split(separator: ":") {
        let candidate = "\(directory)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      }
    }
    return nil
  }()

  /// Why the browser tests are skipped, when they are.
  static let missingNote: Comment =
    "chromium is not installed; scripts/test.sh installs it (apt-get install chromium)"

  /// The page's DOM after its scripts ran for up to 5 s of virtual time.
  static func dumpDOM(_ url: String) throws -> String {
    String(decoding: try run(["--dump-dom", url]), as: UTF8.self)
  }

  /// A PNG screenshot of the page at `width` × `height` pixels.
  static func screenshot(_ url: String, to file: URL, width: Int, height: Int) throws {
    _ = try run(["--screenshot=\(file.path)", "--window-size=\(width),\(height)", url])
    guard FileManager.default.fileExists(atPath: file.path) else {
      throw failure("chromium wrote no screenshot for \(url)")
    }
  }

  /// Counts the colours of a PNG by drawing it on a canvas in the browser: no image
  /// library is needed, and the PNG is decoded exactly as a browser shows it.
  /// - Parameters:
  ///   - png: the image.
  ///   - watched: `#rrggbb` colours to count.
  static func pixelStatistics(of png: Data, watching watched: [String]) throws -> PixelStatistics {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("frontline-pixels-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let page = directory.appendingPathComponent("pixels.html")
    let watchedJSON = "[" + watched.map { "\"\($0)\"" }.joined(separator: ",") + "]"
    try """
    <!DOCTYPE html><html><body><pre id="stats">pending</pre><script>
    var watched = \(watchedJSON);
    var image = new Image();
    image.onload = function () {
      var canvas = document.createElement('canvas');
      canvas.width = image.width; canvas.height = image.height;
      var context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      var pixels = context.getImageData(0, 0, image.width, image.height).data;
      var targets = watched.map(function (hex) {
        return [1, 3, 5].map(function (i) { return parseInt(hex.substr(i, 2), 16); });
      });
      var counts = {}, hits = watched.map(function () { return 0; }), total = pixels.length / 4;
      for (var i = 0; i < pixels.length; i += 4) {
        var r = pixels[i], g = pixels[i + 1], b = pixels[i + 2];
        var key = ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);
        counts[key] = (counts[key] || 0) + 1;
        for (var t = 0; t < targets.length; t++) {
          var c = targets[t];
          var near = Math.abs(r - c[0]) <= 8 && Math.abs(g - c[1]) <= 8;
          if (near && Math.abs(b - c[2]) <= 8) { hits[t]++; }
        }
      }
      var dominant = 0;
      Object.keys(counts).forEach(function (key) { dominant = Math.max(dominant, counts[key]); });
      var found = {};
      watched.forEach(function (hex, t) { found[hex] = hits[t]; });
      document.getElementById('stats').textContent = JSON.stringify({
        width: image.width, height: image.height, distinctColours: Object.keys(counts).length,
        dominantShare: dominant / total, watched: found });
    };
    image.src = 'data:image/png;base64,\(png.base64EncodedString())';
    </script></body></html>
    """.write(to: page, atomically: true, encoding: .utf8)
    let dom = try dumpDOM(page.absoluteString)
    guard let start = dom.range(of: "<pre id=\"stats\">"),
      let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex)
    else { throw failure("the pixel page did not run") }
    let json = dom[start.upperBound..<end.lowerBound]
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    return try JSONDecoder().decode(PixelStatistics.self, from: Data(json.utf8))
  }

  /// Runs the browser headless with its own profile, killing it after two minutes.
  private static func run(_ arguments: [String]) throws -> Data {
    guard let executable else { throw failure("chromium is not installed") }
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("frontline-chromium-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("stdout")
    try Data().write(to: output)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments =
      [
        "--headless", "--disable-gpu", "--no-sandbox", "--disable-dev-shm-usage",
        "--no-first-run", "--hide-scrollbars", "--mute-audio",
        "--user-data-dir=\(directory.appendingPathComponent("profile").path)",
        "--virtual-time-budget=5000",
      ] + arguments
    process.standardOutput = try FileHandle(forWritingTo: output)
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(120)
    while process.isRunning, Date() < deadline { usleep(50_000) }
    if process.isRunning {
      process.terminate()
      throw failure("chromium did not finish within 120 s: \(arguments.joined(separator: " "))")
    }
    return try Data(contentsOf: output)
  }

  private static func failure(_ message: String) -> Error {
    CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: message])
  }
}
