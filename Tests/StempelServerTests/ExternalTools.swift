import Foundation

/// The reference validators some tests run: jing (RELAX NG) and Python with feedparser and
/// jsonschema. `.ci/run` installs them and sets `STEMPEL_REQUIRE_VALIDATORS=1`, which turns a
/// missing tool into a failure; under plain `swift test` without them those tests are skipped
/// with a note saying what to install.
enum ExternalTools {
    /// Whether CI demands the tools.
    static let required = ProcessInfo.processInfo.environment["STEMPEL_REQUIRE_VALIDATORS"] == "1"

    /// The path of `jing`, if it is installed.
    static let jing = executable(named: "jing")

    /// Whether `python3` can import feedparser and jsonschema.
    static let hasPythonValidators: Bool = {
        guard let python = executable(named: "python3") else { return false }
        return (try? run(python, ["-c", "import feedparser, jsonschema"]).status) == 0
    }()

    /// Whether the validators run: installed, or demanded (so that their absence fails).
    static var validatorsRun: Bool { required || (jing != nil && hasPythonValidators) }

    /// An executable on `PATH`.
    static func executable(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a program to its end; returns its exit status and standard output and error.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read before waiting: a full pipe would block the child forever.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }

    /// A file in this target's `Fixtures` folder.
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)").path
    }
}
