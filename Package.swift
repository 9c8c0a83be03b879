// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Casebook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "casebook", targets: ["casebook"]),
        .library(name: "Casebook", targets: ["Casebook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "Casebook",
            dependencies: [
                "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Resources"],
            plugins: ["EmbedResources"]
        ),
        .executableTarget(name: "embed-resources", path: "Sources/embed-resources"),
        .plugin(
            name: "EmbedResources",
            capability: .buildTool(),
            dependencies: ["embed-resources"]
        ),
        .target(
            name: "CasebookServer",
            dependencies: [
                "Casebook",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "CasebookForms", dependencies: ["Casebook", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(
            name: "CasebookDeploy",
            dependencies: [
                "Casebook",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(
            name: "casebook",
            dependencies: [
                "Casebook",
                "CasebookServer",
                "CasebookForms",
                "CasebookDeploy",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Runs a build with a pause at one moment of the write, for the tests that kill it there.
        .executableTarget(name: "casebook-build-harness", dependencies: ["Casebook"], path: "Tests/BuildHarness"),
        .testTarget(
            name: "CasebookTests",
            dependencies: ["Casebook"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "CasebookFormsTests", dependencies: ["CasebookForms", "Casebook"]),
        .testTarget(name: "CasebookDeployTests", dependencies: ["CasebookDeploy", "Casebook"]),
        .testTarget(
            name: "CasebookServerTests",
            dependencies: [
                "CasebookServer",
                "Casebook",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
