// swift-tools-version:6.1
import Foundation
import PackageDescription

/// Rule modules live in `Plugins/`: one folder, one target, depending only on the SDK.
let ruleModules = [
    "ShoutingRule", "LinkLimitRule", "WordListRule", "DuplicateRule", "FloodRule", "FirstTimeAuthorRule", "PersonalDataRule",
    "LanguageRule", "SpamClassifierRule", "ColumnRelevanceRule", "ShortLinkRule", "BlockedAuthorRule",
]

/// The names among `names` that exist in `folder`: test fixtures and READMEs are read by the
/// tests and people, not compiled, and SwiftPM warns about files it does not handle.
func existing(_ names: [String], in folder: String) -> [String] {
    names.filter { FileManager.default.fileExists(atPath: "\(Context.packageDirectory)/\(folder)/\($0)") }
}

let package = Package(
    name: "stempel",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "stempel", targets: ["stempel"]),
        .library(name: "ModerationKit", targets: ["ModerationKit"]),
        .library(name: "ModerationKitTesting", targets: ["ModerationKitTesting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "ModerationKit"),
        .target(name: "ModerationKitTesting", dependencies: ["ModerationKit"]),
        .target(name: "Syndication", dependencies: ["CLibXML2"]),
        .target(
            name: "Moderation",
            dependencies: [
                "ModerationKit",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ]
        ),
        .target(
            name: "Storage",
            dependencies: [
                "ModerationKit", "Moderation",
                // SHA-256 of the email addresses of marked authors: the addresses are not kept.
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // PostgreSQL beside SQLite, in its own module: the modules that only use the store
        // protocols (Publishing, Ingestion, the server) do not compile or link PostgresNIO.
        .target(
            name: "PostgresStorage",
            dependencies: [
                "ModerationKit", "Moderation", "Storage",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "Publishing",
            dependencies: [
                "Storage", "Syndication",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "Ingestion",
            dependencies: [
                "ModerationKit", "Moderation", "Storage", "Syndication",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "RuleCatalog", dependencies: ["ModerationKit", "Moderation"] + ruleModules.map { .target(name: $0) }),
        .target(
            name: "StempelServer",
            dependencies: [
                "ModerationKit", "Moderation", "Publishing", "Storage", "Syndication", "Ingestion",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Yams", package: "Yams"),
            ],
            // The moderation web UI's templates, stylesheet and script.
            resources: [.copy("WebAssets")]
        ),
        .executableTarget(
            name: "stempel",
            dependencies: [
                "ModerationKit", "Moderation", "Publishing", "Storage", "PostgresStorage", "StempelServer", "RuleCatalog", "Syndication",
                "Ingestion",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // `stempel bench queue` times the moderation API through a real HTTP client.
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(name: "ModerationKitTests", dependencies: ["ModerationKit", "ModerationKitTesting"]),
        .testTarget(name: "SyndicationTests", dependencies: ["Syndication"], exclude: existing(["Fixtures"], in: "Tests/SyndicationTests")),
        .testTarget(
            name: "ModerationTests",
            dependencies: [
                "ModerationKit", "ModerationKitTesting", "Moderation",
                .product(name: "MetricsTestKit", package: "swift-metrics"),
            ]
        ),
        .testTarget(
            name: "StorageTests",
            dependencies: ["ModerationKit", "Moderation", "Storage", "PostgresStorage", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "PublishingTests",
            dependencies: [
                "ModerationKit", "Moderation", "Publishing", "Storage", "Syndication",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            exclude: existing(["Fixtures"], in: "Tests/PublishingTests")
        ),
        .testTarget(
            name: "StempelServerTests",
            dependencies: [
                "ModerationKit", "Moderation", "Publishing", "Storage", "StempelServer", "RuleCatalog", "Syndication", "PostgresStorage",
                "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                // docs/openapi.yaml is read to compare it with the routes.
                .product(name: "Yams", package: "Yams"),
                // The browser test's WebDriver client: chromedriver's headers ("Content-Length:250",
                // no space) defeat Foundation's URLSession on Linux.
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            exclude: existing(["Fixtures"], in: "Tests/StempelServerTests")
        ),
        // Storage: some command tests seed the database the command then reads.
        // Helpers the test targets share (test targets cannot import one another).
        .target(name: "TestSupport", path: "Tests/Support"),
        .testTarget(name: "stempelTests", dependencies: ["stempel", "Storage", "Moderation", "ModerationKit", "TestSupport"]),
        .testTarget(
            name: "IngestionTests",
            dependencies: [
                "Ingestion", "Storage", "Moderation", "ModerationKit", "Syndication",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "MetricsTestKit", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            exclude: existing(["Fixtures"], in: "Tests/IngestionTests")
        ),
    ]
)

for module in ruleModules {
    // A module's README.md documents it (its options, its data's licence); it is not a source.
    package.targets.append(
        .target(name: module, dependencies: ["ModerationKit"], path: "Plugins/\(module)", exclude: existing(["README.md"], in: "Plugins/\(module)"))
    )
    package.targets.append(
        .testTarget(
            name: "\(module)Tests",
            dependencies: [.target(name: module), "ModerationKit", "ModerationKitTesting"],
            path: "Tests/\(module)Tests",
            exclude: existing(["Fixtures"], in: "Tests/\(module)Tests")
        )
    )
}

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    target.swiftSettings = settings
}
