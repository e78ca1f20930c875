import Foundation
import Testing

@testable import MapView

@Suite struct LeafletAssetsTests {
  static let installed = FileManager.default.fileExists(
    atPath: LeafletAssets.debianDirectory + "/leaflet.css")

  @Test func aMissingFolderNamesTheDebianPackage() {
    let error = #expect(throws: MapViewError.self) {
      try LeafletAssets.load(from: "/nonexistent/leaflet")
    }
    #expect(error?.code == .leafletMissing)
    #expect(error?.message.contains("libjs-leaflet") == true)
  }

  @Test(
    .enabled(
      if: installed, "Debian's libjs-leaflet is not installed (scripts/setup.sh installs it)"))
  func loadsDebiansLeafletWithImagesInlined() throws {
    let assets = try LeafletAssets.load()
    #expect(assets.script.contains("L.version") || assets.script.contains(".version="))
    #expect(assets.stylesheet.contains(".leaflet-container"))
    #expect(!assets.stylesheet.contains("url(images/"))
    #expect(assets.stylesheet.contains("url(data:image/png;base64,"))
    #expect(!assets.script.contains("sourceMappingURL="))
  }

  @Test func inlinedCodeCannotBreakOutOfItsElements() {
    let assets = LeafletAssets(
      script: "x = '</script>'", stylesheet: "a::after{content:'</style>'}")
    #expect(!assets.script.contains("</script"))
    #expect(!assets.stylesheet.contains("</style"))
  }
}
