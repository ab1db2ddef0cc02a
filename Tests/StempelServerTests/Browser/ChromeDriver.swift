import AsyncHTTPClient
import Foundation
import TestSupport

/// Debian's chromedriver, started on a free port for one test and stopped after it.
final class ChromeDriver {
    /// Where Debian's packages put the driver and the browser.
    static let driverPath = "/usr/bin/chromedriver"
    static let chromiumPath = "/usr/bin/chromium"

    /// Whether the browser test runs: when `STEMPEL_BROWSER_TEST=1` (CI, where a missing driver
    /// must fail the test rather than skip it), or when the driver is installed.
    static var shouldRun: Bool {
        ProcessInfo.processInfo.environment["STEMPEL_BROWSER_TEST"] == "1" || FileManager.default.isExecutableFile(atPath: driverPath)
    }

    let endpoint: URL
    private let process: Process

    init() async throws {
        guard FileManager.default.isExecutableFile(atPath: Self.driverPath), FileManager.default.isExecutableFile(atPath: Self.chromiumPath) else {
            throw WebDriver.Failure(
                error: "chromedriver", message: "needs \(Self.driverPath) and \(Self.chromiumPath): apt-get install chromium chromium-driver")
        }
        let port = try FreePort.pick()
        process = Process()
        process.executableURL = URL(fileURLWithPath: Self.driverPath)
        process.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        endpoint = URL(string: "http://127.0.0.1:\(port)")!
        // Ready when /status answers; give a busy machine up to 30 seconds.
        for _ in 0..<300 {
            let status = HTTPClientRequest(url: endpoint.appendingPathComponent("status").absoluteString)
            if let response = try? await HTTPClient.shared.execute(status, timeout: .seconds(5)), response.status == .ok {
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        stop()
        throw WebDriver.Failure(error: "chromedriver", message: "did not start on port \(port)")
    }

    /// Stops the driver once the test has quit its browser session. SIGKILL: the driver inherits
    /// the test process's ignored SIGTERM. Not waited for: on Linux, Foundation's `isRunning` and
    /// `waitUntilExit` can miss the driver's exit and spin.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
    }
}
