import Foundation

/// Runs the built `stempel` executable, as a user would.
struct StempelProcess {
    /// The repository root, for the sample feed.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable beside the test bundle (`swift test` builds it first).
    static var executable: URL {
        var directory = Bundle.main.bundleURL
        if directory.pathExtension == "xctest" { directory.deleteLastPathComponent() }
        return directory.appendingPathComponent("stempel")
    }

    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `stempel arguments…` with `input` on standard input and waits for it.
    static func run(_ arguments: [String], input: String = "", in directory: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        // Tests run side by side on two cores: a slow moment must not hold a comment (deadlines
        // are tested in ModerationTests).
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["STEMPEL_RULE_TIMEOUT_MS": "10000", "STEMPEL_RATE_LIMITS": "off"].merging(environment) { $1 }
        ) { $1 }
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        _ = ignoreBrokenPipes
        try process.run()
        // A command that fails before reading its input closes the pipe: that is not an error here.
        try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            output: String(decoding: output, as: UTF8.self),
            errors: String(decoding: errors, as: UTF8.self)
        )
    }

    /// Writing to a process that already exited must fail the write, not kill the test runner.
    private static let ignoreBrokenPipes: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stempel-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
