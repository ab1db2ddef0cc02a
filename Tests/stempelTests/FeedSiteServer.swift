import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Another site's feeds, served on 127.0.0.1 for the end-to-end test: fixed documents by path,
/// each with an ETag that a matching `If-None-Match` turns into a 304.
final class FeedSiteServer: Sendable {
    let port: UInt16
    private let socket: Int32
    private let documents: [String: (type: String, body: String)]

    init(documents: [String: (type: String, body: String)]) throws {
        self.documents = documents
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(socket, 16) == 0 else {
            close(socket)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot listen on 127.0.0.1"])
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) } }
        self.socket = socket
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { [self] in
            while case let client = accept(socket, nil, nil), client >= 0 {
                answer(client)
                close(client)
            }
        }
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    func stop() {
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    private func answer(_ client: Int32) {
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while received.range(of: Data("\r\n\r\n".utf8)) == nil {
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { return }
            received.append(contentsOf: buffer[0..<count])
        }
        let lines = String(decoding: received, as: UTF8.self).components(separatedBy: "\r\n")
        let path = lines[0].split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        let ifNoneMatch = lines.first { $0.lowercased().hasPrefix("if-none-match:") }?.dropFirst("if-none-match:".count)
            .trimmingCharacters(in: .whitespaces)
        let response: String
        if let document = documents[path] {
            let etag = "\"\(document.body.utf8.count)\""
            response =
                ifNoneMatch == etag
                ? "HTTP/1.1 304 Not Modified\r\nETag: \(etag)\r\nConnection: close\r\n\r\n"
                : "HTTP/1.1 200 OK\r\nContent-Type: \(document.type)\r\nETag: \(etag)\r\nContent-Length: \(document.body.utf8.count)\r\nConnection: close\r\n\r\n"
                    + document.body
        } else {
            response = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        }
        _ = Data(response.utf8).withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }
}
