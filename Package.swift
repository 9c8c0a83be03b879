// swift-tools-version:6.1
import PackageDescription

// The targets, bottom-up: each depends only on targets above it in this file, never on one below.
// docs/architecture.md draws the graph.
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
        // One trait, not the default two: SwiftPM passes a package's traits in an order that can change
        // whenever the manifests are read again (any change of environment), and then recompiles it.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        // The build tool that compiles files into the binary, and the plugin that runs it.
        .executableTarget(name: "embed-resources", path: "Sources/embed-resources"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["embed-resources"]),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),

        // Small shared utilities: diagnostics and the message catalogue (embedded), paths, slugs, hashes, escaping, the file system, parallel work.
        .target(name: "CasebookSupport", exclude: ["Resources"], plugins: ["EmbedResources"]),
        // Markdown to HTML: the only importer of cmark-gfm; the CJK corrections, heading ids, URL safety.
        .target(name: "CasebookMarkdown", dependencies: ["CasebookSupport", "CCmarkGFM"]),
        // The content: site.yaml, front matter, entries, units (with the embedded unit table), vocabularies.
        .target(
            name: "CasebookContent",
            dependencies: ["CasebookSupport", "CasebookMarkdown", .product(name: "Yams", package: "Yams")],
            exclude: ["Resources"],
            plugins: ["EmbedResources"]
        ),
        // Themes: the Mustache engine, template values, i18n strings, theme loading over the embedded default theme.
        .target(
            name: "CasebookTheme",
            dependencies: ["CasebookSupport", "CasebookContent", .product(name: "Yams", package: "Yams")],
            plugins: ["EmbedResources"]
        ),
        // `casebook verify`: a built site read as files (broken links, fragments, foreign loads, the 404 page).
        .target(name: "CasebookVerify", dependencies: ["CasebookSupport", "CasebookContent"]),
        // The summary table in and out (CSV, XLSX) and the scaffolds of `casebook new`.
        .target(
            name: "CasebookExport",
            dependencies: ["CasebookSupport", "CasebookContent", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // The output folder: the built files in memory, the staging folder, the patch journal and manifest,
        // the writer that swaps or patches them in, and the refusal of folders a build must not replace.
        .target(name: "CasebookOutput", dependencies: ["CasebookSupport"]),
        // The published site as pages: the `Site` selected from the content, routes, taxonomies, link
        // resolution, the rendered bodies, the page jobs, and the typed page models shared by the site,
        // the book and search.
        .target(
            name: "CasebookPages",
            dependencies: ["CasebookSupport", "CasebookMarkdown", "CasebookContent", "CasebookTheme", "CasebookOutput"]
        ),
        // The offline search: documents, the tokenizer, postings, the index files, and the base segment
        // kept between builds with the delta of what changed since.
        .target(name: "CasebookSearch", dependencies: ["CasebookSupport", "CasebookContent", "CasebookOutput", "CasebookPages"]),
        // The checks that span files: slugs, regions, quota, media, ranks, the book's settings, every
        // body's links against the pages a build makes, raw HTML, the theme's templates.
        .target(
            name: "CasebookValidation",
            dependencies: ["CasebookSupport", "CasebookMarkdown", "CasebookContent", "CasebookTheme", "CasebookPages"]
        ),
        // The compilation book (案例汇编): what it holds and in which order, its page and its links,
        // one page of the site and the document `casebook book` prints.
        .target(
            name: "CasebookBook",
            dependencies: ["CasebookSupport", "CasebookMarkdown", "CasebookContent", "CasebookTheme", "CasebookOutput", "CasebookPages"]
        ),
        // Everything made from the published site: page builders, charts, feeds, open data, the
        // pipeline and the build cache, and `casebook book` (the book checked and printed to PDF).
        .target(
            name: "Casebook",
            dependencies: [
                "CasebookSupport",
                "CasebookMarkdown",
                "CasebookContent",
                "CasebookTheme",
                "CasebookOutput",
                "CasebookPages",
                "CasebookSearch",
                "CasebookValidation",
                "CasebookBook",
            ],
            plugins: ["EmbedResources"]
        ),

        // The capabilities on top of the library: the preview server, forms import, deploy.
        .target(
            name: "CasebookServer",
            dependencies: [
                "Casebook",
                "CasebookOutput",
                "CasebookPages",
                "CasebookSearch",
                "CasebookSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "CasebookForms",
            dependencies: ["Casebook", "CasebookSupport", "CasebookContent", "CasebookExport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "CasebookDeploy",
            dependencies: [
                "Casebook",
                "CasebookSupport",
                "CasebookContent",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The command line: thin commands over the targets above.
        .executableTarget(
            name: "casebook",
            dependencies: [
                "CasebookSupport",
                "CasebookContent",
                "CasebookVerify",
                "CasebookExport",
                "CasebookOutput",
                "CasebookPages",
                "CasebookBook",
                "Casebook",
                "CasebookServer",
                "CasebookForms",
                "CasebookDeploy",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Runs a build with a pause at one moment of the write, for the tests that kill it there.
        .executableTarget(name: "casebook-build-harness", dependencies: ["Casebook", "CasebookOutput"], path: "Tests/BuildHarness"),
        .testTarget(
            name: "CasebookTests",
            dependencies: [
                "CasebookSupport", "CasebookMarkdown", "CasebookContent", "CasebookTheme", "CasebookVerify", "CasebookExport",
                "CasebookOutput", "CasebookPages", "CasebookSearch", "CasebookValidation", "CasebookBook", "Casebook",
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "CasebookFormsTests",
            dependencies: ["CasebookForms", "Casebook", "CasebookSupport", "CasebookContent", "CasebookExport"]
        ),
        .testTarget(name: "CasebookDeployTests", dependencies: ["CasebookDeploy", "Casebook", "CasebookSupport", "CasebookContent"]),
        .testTarget(
            name: "CasebookServerTests",
            dependencies: [
                "CasebookServer",
                "Casebook",
                "CasebookOutput",
                "CasebookSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
