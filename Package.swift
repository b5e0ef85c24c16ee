// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "fazhi",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "fazhi", targets: ["fazhi"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // C libraries, each behind a system-library target named after us, not the library.
        .systemLibrary(name: "COpenCC", pkgConfig: "opencc",
                       providers: [.apt(["libopencc-dev"])]),
        .systemLibrary(name: "CUchardet", pkgConfig: "uchardet",
                       providers: [.apt(["libuchardet-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),

        // Shared records, artifact store, config, hashing, CSV writing.
        .target(name: "PipelineCore", dependencies: [
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Yams", package: "Yams"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),

        // Stages, in pipeline order; a stage never imports a later one.
        .target(name: "Ingest", dependencies: [
            "PipelineCore", "CUchardet", "CLibXML2",
            .product(name: "CSV", package: "CSV.swift"),  // manifest.csv
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),  // .docx
        ]),
        .target(name: "Normalize", dependencies: ["PipelineCore", "Ingest", "COpenCC"]),
        .target(name: "Extract", dependencies: ["PipelineCore", "Normalize"]),
        .target(name: "Aggregate", dependencies: ["PipelineCore", "Extract"]),
        .target(name: "Export", dependencies: [
            "PipelineCore", "Extract", "Aggregate", "CLibXML2",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),  // report.xlsx
        ]),

        // Scoring against hand-made gold (`fazhi eval`), with shared/tools/score.py's rules.
        .target(name: "Evaluation", dependencies: [
            "PipelineCore", "Aggregate", .product(name: "CSV", package: "CSV.swift"),
        ]),

        .executableTarget(name: "fazhi", dependencies: [
            "PipelineCore", "Ingest", "Normalize", "Extract", "Aggregate", "Export", "Evaluation",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        // `make bench`: the XLSX writer on a synthetic million-row sheet.
        .executableTarget(name: "xlsx-bench", dependencies: ["Export"], path: "Benchmarks/XLSXBench"),

        .testTarget(name: "PipelineCoreTests", dependencies: ["PipelineCore"]),
        .testTarget(name: "IngestTests", dependencies: [
            "Ingest", .product(name: "PropertyBased", package: "swift-property-based"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),  // hostile .docx files made in tests
        ]),
        .testTarget(name: "NormalizeTests", dependencies: [
            "Normalize", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "ExtractTests", dependencies: [
            "Extract", "Normalize", "PipelineCore", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "AggregateTests", dependencies: ["Aggregate", "Extract", "PipelineCore"]),
        .testTarget(name: "ExportTests", dependencies: [
            "Export", "Aggregate", "PipelineCore", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "Aggregate", "Normalize"]),
        .testTarget(name: "FazhiEndToEndTests", dependencies: [
            "fazhi", .product(name: "CSV", package: "CSV.swift"),
        ]),
    ]
)
