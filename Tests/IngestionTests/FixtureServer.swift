import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A small HTTP/1.1 server on 127.0.0.1 for the tests: each connection gets one response from
/// `route`, delivered whole, slowly, endlessly or cut short, then the connection closes.
///
/// Blocking sockets on threads: simple enough to be obviously right, and a misbehaving response
/// (a slow or endless one) is just a loop with a sleep.
final class FixtureServer: Sendable {
    struct Request: Sendable {
        var method: String
        var path: String
        var headers: [String: String]
    }

    struct Response: Sendable {
        enum Delivery: Sendable {
            case whole
            /// `chunkSize` bytes every `delay`.
            case slow(chunkSize: Int, delay: Duration)
            /// The body over and over, without end, until the client goes away.
            case endless
            /// Announces the whole body's length and closes after half of it.
            case truncated
        }

        var status: Int = 200
        var headers: [(String, String)] = []
        var body = Data()
        var delivery = Delivery.whole

        static func feed(_ text: String, type: String = "application/atom+xml", headers: [(String, String)] = []) -> Response {
            Response(headers: [("Content-Type", type)] + headers, body: Data(text.utf8))
        }

        static func redirect(_ status: Int, to location: String) -> Response {
            Response(status: status, headers: [("Location", location)])
        }
    }

    let port: UInt16
    private let socket: Int32
    private let route: @Sendable (Request) -> Response
    private let log = Mutex<[Request]>([])

    /// Starts listening on a free port.
    init(route: @escaping @Sendable (Request) -> Response) throws {
        self.route = route
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(socket, 64) == 0 else {
            close(socket)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot listen on 127.0.0.1"])
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        self.socket = socket
        port = UInt16(bigEndian: address.sin_port)
        let listener = socket
        Thread.detachNewThread { [self] in
            while case let client = accept(listener, nil, nil), client >= 0 {
                Thread.detachNewThread { self.serve(client) }
            }
        }
    }

    /// `http://127.0.0.1:port` followed by `path`.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// The requests received so far.
    var requests: [Request] { log.withLock { $0 } }

    /// Stops accepting connections (the accepting thread ends with the socket).
    func stop() {
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        guard let request = readRequest(client) else { return }
        log.withLock { $0.append(request) }
        let response = route(request)
        var head = "HTTP/1.1 \(response.status) Fixture\r\nConnection: close\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        switch response.delivery {
        case .whole, .slow, .truncated: head += "Content-Length: \(response.body.count)\r\n\r\n"
        case .endless: head += "\r\n"
        }
        guard send(client, Data(head.utf8)) else { return }
        switch response.delivery {
        case .whole:
            _ = send(client, response.body)
        case .slow(let size, let delay):
            var offset = 0
            while offset < response.body.count {
                guard send(client, response.body[offset..<min(offset + size, response.body.count)]) else { return }
                offset += size
                Thread.sleep(forTimeInterval: Double(delay.components.attoseconds) / 1e18 + Double(delay.components.seconds))
            }
        case .endless:
            while send(client, response.body) {}
        case .truncated:
            _ = send(client, response.body.prefix(response.body.count / 2))
        }
    }

    private func send(_ client: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let sent = Glibc.send(client, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                if sent <= 0 { return false }
                offset += sent
            }
            return true
        }
    }

    private func readRequest(_ client: Int32) -> Request? {
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while received.range(of: Data("\r\n\r\n".utf8)) == nil {
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0, received.count < 65_536 else { return nil }
            received.append(contentsOf: buffer[0..<count])
        }
        let lines = String(decoding: received, as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ")
        guard parts.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Request(method: String(parts[0]), path: String(parts[1]), headers: headers)
    }
}
