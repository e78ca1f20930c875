// swift-tools-version: 6.1
// Benchmarks for frontline, kept in a nested package so that the main package does not depend
// on package-benchmark. Run from this folder:
//   swift package benchmark
// Add a suite by adding an executable target below whose sources are in
// Benchmarks/<TargetName>/ (package-benchmark's layout).
import PackageDescription

/// Products of the frontline package, by name.
func frontline(_ products: String...) -> [Target.Dependency] {
  products.map { .product(name: $0, package: "frontline") }
}

/// A benchmark suite: an executable target using package-benchmark's plugin.
func benchmarkTarget(_ name: String, dependencies: [Target.Dependency]) -> Target {
  .executableTarget(
    name: name,
    dependencies: [.product(name: "Benchmark", package: "benchmark")] + dependencies,
    path: "Benchmarks/\(name)",
    plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
  )
}

/// A command-line tool that a script in this folder times against a peer; in Tools/, outside
/// Benchmarks/, so that `swift package benchmark` does not take it for a suite.
func toolTarget(_ name: String, dependencies: [Target.Dependency]) -> Target {
  .executableTarget(name: name, dependencies: dependencies, path: "Tools/\(name)")
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
    // Helpers shared by the suites (a rate metric) and by a suite and its tool (the same
    // synthetic places); libraries, so package-benchmark does not run them.
    .target(
      name: "BenchmarkSupport",
      dependencies: [.product(name: "Benchmark", package: "benchmark")],
      path: "Benchmarks/BenchmarkSupport"),
    .target(
      name: "SyntheticTerritory",
      dependencies: frontline("Borders", "Control", "GeoJSON", "Territory"),
      path: "Benchmarks/SyntheticTerritory"),
    benchmarkTarget(
      "GeoJSONBenchmarks", dependencies: ["BenchmarkSupport"] + frontline("GeoJSON")),
    benchmarkTarget(
      "BordersBenchmarks", dependencies: ["BenchmarkSupport"] + frontline("Borders", "GeoJSON")),
    toolTarget(
      "BordersThroughput", dependencies: frontline("Borders", "GeoJSON", "Projection")),
    benchmarkTarget("ControlBenchmarks", dependencies: frontline("Control", "GeoJSON")),
    benchmarkTarget(
      "ProjectionBenchmarks",
      dependencies: ["BenchmarkSupport"] + frontline("Projection", "GeoJSON")),
    benchmarkTarget(
      "TerritoryBenchmarks",
      dependencies: ["SyntheticTerritory"] + frontline("Territory", "Borders", "GeoJSON")),
    toolTarget(
      "TerritoryPipeline",
      dependencies: ["SyntheticTerritory"]
        + frontline("Territory", "Borders", "Control", "GeoJSON")),
    benchmarkTarget(
      "GazetteerBenchmarks",
      dependencies: ["BenchmarkSupport"] + frontline("Gazetteer", "GeoJSON")),
    benchmarkTarget(
      "ExtractionBenchmarks", dependencies: frontline("Extraction", "Gazetteer", "Control")),
    toolTarget("GazetteerThroughput", dependencies: frontline("Gazetteer", "GeoJSON")),
  ]
)
