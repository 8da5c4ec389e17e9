// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "ocenka",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ocenka", targets: ["ocenka"]),
        .executable(name: "ocenka-bench", targets: ["OcenkaBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/pointfreeco/swift-custom-dump", from: "1.7.3"),
    ],
    targets: [
        // ncursesw from Debian's libncurses-dev; the module map links it (pkg-config would add
        // -D_XOPEN_SOURCE flags that SwiftPM refuses with a warning, so the shim defines them itself).
        .systemLibrary(name: "CNcursesw"),
        // statfs(2), for the kind of file system a workspace is on (Glibc does not import it).
        .systemLibrary(name: "CFileSystem"),
        .target(name: "EvaluationCore"),
        .target(
            name: "Workspace",
            dependencies: [
                "EvaluationCore",
                "CFileSystem",
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // Made-up workspaces: the demo (`ocenka demo`) and the benchmark's generator. Not the product:
        // the Workspace library holds only what a real workspace needs.
        .target(name: "WorkspaceFixtures", dependencies: ["EvaluationCore", "Workspace"]),
        .target(
            name: "Reports",
            dependencies: ["EvaluationCore"]
        ),
        .target(name: "Terminal", dependencies: ["CNcursesw", "EvaluationCore"]),
        .target(name: "EvaluatorApp", dependencies: ["EvaluationCore", "Terminal"]),
        // The application paths the CLI and the benchmark share: the protocol's input and the
        // evaluator's and the chair's models, as the program builds them from the workspace.
        .target(name: "OcenkaKit", dependencies: ["EvaluationCore", "Workspace", "WorkspaceFixtures", "Reports", "EvaluatorApp", "Terminal"]),
        .executableTarget(
            name: "ocenka",
            dependencies: [
                "EvaluationCore", "Workspace", "WorkspaceFixtures", "Reports", "Terminal", "EvaluatorApp", "OcenkaKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark of Docs/performance.md and its workspace generator: `swift run -c release ocenka-bench run`.
        .executableTarget(
            name: "OcenkaBench",
            dependencies: [
                "EvaluationCore", "Workspace", "WorkspaceFixtures", "Reports", "Terminal", "EvaluatorApp", "OcenkaKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // SHA-256 for floor 3, the same implementation the export record uses.
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Sources/OcenkaBench"
        ),
        .testTarget(
            name: "EvaluationCoreTests",
            dependencies: [
                "EvaluationCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
                // The CSV writer is tested against the reader the register import uses.
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // What the test targets share: golden files with a readable difference, the package's folder and
        // temporary ones, a small workspace made through the library, a child-process runner.
        .target(
            name: "TestSupport",
            dependencies: ["EvaluationCore", "Workspace", .product(name: "CustomDump", package: "swift-custom-dump")],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "WorkspaceTests", dependencies: ["Workspace", "WorkspaceFixtures", "Reports", "EvaluationCore", "TestSupport",
                                                       .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "EvaluationCore", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal"]),
        .testTarget(name: "OcenkaKitTests", dependencies: ["OcenkaKit", "EvaluatorApp", "Terminal", "Workspace", "WorkspaceFixtures", "EvaluationCore", "TestSupport"]),
        .testTarget(name: "EvaluatorAppTests", dependencies: ["EvaluatorApp", "Terminal", "EvaluationCore", "TestSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ocenka", "SaveStress", "Workspace", "WorkspaceFixtures", "EvaluationCore", "TestSupport"]),
        // A test tool, not a product: saves one sheet over and over so that the crash-safety test can
        // kill it at random moments.
        .executableTarget(name: "SaveStress", dependencies: ["Workspace", "EvaluationCore"], path: "Tests/SaveStress"),
    ],
    swiftLanguageModes: [.v6]
)
