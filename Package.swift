// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "frontline",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "frontline", targets: ["frontline"]),
    .library(name: "GeoJSON", targets: ["GeoJSON"]),
    .library(name: "Projection", targets: ["Projection"]),
    .library(name: "Gazetteer", targets: ["Gazetteer"]),
    .library(name: "Borders", targets: ["Borders"]),
    .library(name: "Control", targets: ["Control"]),
    .library(name: "Territory", targets: ["Territory"]),
    .library(name: "Extraction", targets: ["Extraction"]),
    .library(name: "MapView", targets: ["MapView"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(name: "CPROJ", pkgConfig: "proj", providers: [.apt(["libproj-dev"])]),
    .systemLibrary(name: "CGEOS", pkgConfig: "geos", providers: [.apt(["libgeos-dev"])]),
    .target(name: "GeoJSON"),
    .target(name: "Projection", dependencies: ["GeoJSON", "CPROJ"]),
    .target(name: "Gazetteer", dependencies: ["GeoJSON", "Projection"]),
    .target(name: "Borders", dependencies: ["GeoJSON", "Projection"]),
    .target(name: "Control", dependencies: ["GeoJSON", "Gazetteer"]),
    .target(name: "Extraction", dependencies: ["GeoJSON", "Gazetteer", "Control"]),
    .target(
      name: "Territory", dependencies: ["GeoJSON", "Projection", "Borders", "Control", "CGEOS"]),
    .target(name: "MapView", dependencies: ["GeoJSON", "Projection"]),
    .target(
      name: "FrontlineCLI",
      dependencies: [
        "GeoJSON", "Projection", "Gazetteer", "Borders", "Control", "Territory", "Extraction",
        "MapView",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "frontline", dependencies: ["FrontlineCLI"]),
    .testTarget(name: "GeoJSONTests", dependencies: ["GeoJSON"], exclude: ["Fixtures"]),
    .testTarget(
      name: "ProjectionTests", dependencies: ["Projection", "GeoJSON"], exclude: ["Fixtures"]),
    .testTarget(
      name: "GazetteerTests", dependencies: ["Gazetteer", "GeoJSON"], exclude: ["Fixtures"]),
    .testTarget(
      name: "BordersTests", dependencies: ["Borders", "Projection", "GeoJSON"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "ControlTests", dependencies: ["Control", "Gazetteer", "GeoJSON"]),
    .testTarget(
      name: "ExtractionTests", dependencies: ["Extraction", "Gazetteer", "Control", "GeoJSON"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "TerritoryTests",
      dependencies: ["Territory", "Control", "Borders", "Projection", "GeoJSON"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "MapViewTests", dependencies: ["MapView", "GeoJSON"], exclude: ["Fixtures"]),
    .testTarget(
      name: "FrontlineCLITests", dependencies: ["FrontlineCLI", "frontline"],
      exclude: ["Fixtures"]),
  ]
)
