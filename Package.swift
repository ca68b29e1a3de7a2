// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ergraph",
    products: [
        .library(name: "EntityGraph", targets: ["EntityGraph"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "Analysis", targets: ["Analysis"]),
        .library(name: "Rendering", targets: ["Rendering"]),
        .executable(name: "ergraph", targets: ["ergraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "EntityGraph"),
        .target(
            name: "Extraction",
            dependencies: ["EntityGraph"],
            resources: [.copy("Resources/lexicon")]
        ),
        .target(name: "Analysis", dependencies: ["EntityGraph"]),
        .target(name: "Rendering", dependencies: ["EntityGraph", "CGraphviz"]),
        .executableTarget(
            name: "ergraph",
            dependencies: [
                "EntityGraph", "Extraction", "Analysis", "Rendering",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "ergraph-bench",
            dependencies: ["Analysis", "EntityGraph"],
            path: "Benchmarks/AnalysisBench"
        ),
        .executableTarget(
            name: "ergraph-render-bench",
            dependencies: ["Rendering"],
            path: "Benchmarks/RenderBench"
        ),
        .testTarget(name: "EntityGraphTests", dependencies: ["EntityGraph"]),
        .target(name: "GoldScoring", path: "Tests/GoldScoring"),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "EntityGraph", "GoldScoring"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "EntityGraph"]),
        .testTarget(name: "RenderingTests", dependencies: ["Rendering", "EntityGraph"]),
        .testTarget(name: "CLITests", dependencies: ["ergraph", "GoldScoring"]),
        .testTarget(
            name: "EmbeddingTests",
            dependencies: ["EntityGraph", "Extraction", "Analysis", "Rendering"]
        ),
    ]
)
