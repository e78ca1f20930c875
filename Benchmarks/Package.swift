// swift-tools-version: 6.1
// Benchmarks for frontline, kept in a nested package so that the main package does not depend
// on package-benchmark. Run from this folder:
//   swift package benchmark
// Add a suite by adding an executable target below whose sources are in
// Benchmarks/<TargetName>/ (package-benchmark's layout).
import PackageDescription

/// A benchmark suite: an executable target using package-benchmark's plugin.
func benchmarkTarget(_ name: String, dependencies: [Target.Dependency]) -> Target {
  .executableTarget(
    name: name,
    dependencies: [.product(name: "Benchmark", package: "benchmark")] + dependencies,
    path: "Benchmarks/\(name)",
    plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
  )
}

let package = Package(
  name: "FrontlineBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "frontline", path: ".."),
    .package(
      url: "https://github.com/ordo-one/benchmark", from: "1.38.1",
      traits: ["MallocInterposer"]),
  ],
  targets: [
    benchmarkTarget(
      "GeoJSONBenchmarks", dependencies: [.product(name: "GeoJSON", package: "frontline")]),
    benchmarkTarget(
      "BordersBenchmarks",
      dependencies: [
        .product(name: "Borders", package: "frontline"),
        .product(name: "GeoJSON", package: "frontline"),
      ]),
    .executableTarget(
      name: "BordersThroughput",
      dependencies: [
        .product(name: "Borders", package: "frontline"),
        .product(name: "GeoJSON", package: "frontline"),
        .product(name: "Projection", package: "frontline"),
      ],
      path: "Benchmarks/BordersThroughput"),
    benchmarkTarget(
      "ControlBenchmarks",
      dependencies: [
        .product(name: "Control", package: "frontline"),
        .product(name: "GeoJSON", package: "frontline"),
      ]),
    benchmarkTarget(
      "ProjectionBenchmarks",
      dependencies: [
        .product(name: "Projection", package: "frontline"),
        .product(name: "GeoJSON", package: "frontline"),
      ]),
    benchmarkTarget(
      "TerritoryBenchmarks",
      dependencies: [
        .product(name: "Territory", package: "frontline"),
        .product(name: "Borders", package: "frontline"),
        .product(name: "Control", package: "frontline"),
        .product(name: "GeoJSON", package: "frontline"),
      ]),
    .executableTarget(
      name: "TerritoryPipeline",
      dependencies: [
        .product(name: "Territory", package: "frontline"),
        .product(name: "Borders", package: "frontline"),
        .product(name: "Control", package: "frontline"),
        .product(name: "GeoJSON", package: "frontline"),
      ],
      path: "Benchmarks/TerritoryPipeline"),
    benchmarkTarget(
      "GazetteerBenchmarks",
      dependencies: [
        .product(name: "Gazetteer", package: "frontline"),
        .product(name: "GeoJSON", package: "frontline"),
      ]),
    benchmarkTarget(
      "ExtractionBenchmarks",
      dependencies: [
        .product(name: "Extraction", package: "frontline"),
        .product(name: "Gazetteer", package: "frontline"),
        .product(name: "Control", package: "frontline"),
      ]),
    .executableTarget(
      name: "GazetteerThroughput",
      dependencies: [
        .product(name: "Gazetteer", package: "frontline"),
        .product(name: "GeoJSON", package: "frontline"),
      ],
      path: "Benchmarks/GazetteerThroughput"),
  ]
)
