import AsyncHTTPClient
import Foundation
import NIOCore

/// A moderator's API client for `stempel bench queue`: pages through the queue and decides in bulk.
struct QueueClient {
    let base: String
    let token: String

    private struct Page: Decodable {
        struct Item: Decodable { var id: String }
        var items: [Item]
        var next: String?
    }

    /// Reads the whole queue a page at a time, following `next`; the time of each page, in ms,
    /// from sending the request to having decoded the body.
    func pageTimings(limit: Int) async throws -> [Double] {
        var samples: [Double] = []
        var cursor: String?
        repeat {
            let query = "limit=\(limit)" + (cursor.map { "&cursor=\($0)" } ?? "")
            let start = ContinuousClock.now
            let body = try await send("GET", "/api/v1/queue?\(query)", body: nil)
            let page = try JSONDecoder().decode(Page.self, from: body)
            samples.append((ContinuousClock.now - start).milliseconds)
            guard page.items.count == limit || page.next == nil else { throw BenchFailure("a short page with a cursor") }
            cursor = page.next
        } while cursor != nil
        return samples
    }

    /// One bulk spam decision on `ids` through `POST /api/v1/decisions`; its time in ms.
    func bulkDecision(_ ids: [String]) async throws -> Double {
        let payload = try JSONSerialization.data(withJSONObject: ["ids": ids, "action": "spam"])
        let start = ContinuousClock.now
        let body = try await send("POST", "/api/v1/decisions", body: payload)
        let elapsed = (ContinuousClock.now - start).milliseconds
        let decided = String(decoding: body, as: UTF8.self).components(separatedBy: "\"decided\"").count - 1
        guard decided == ids.count else { throw BenchFailure("only \(decided) of \(ids.count) were decided") }
        return elapsed
    }

    private func send(_ method: String, _ path: String, body: Data?) async throws -> Data {
        var request = HTTPClientRequest(url: base + path)
        request.method = .init(rawValue: method)
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let bytes = try await response.body.collect(upTo: 64 << 20)
        guard response.status == .ok else {
            throw BenchFailure("\(method) \(path) answered \(response.status.code): \(String(buffer: bytes))")
        }
        return Data(bytes.readableBytesView)
    }
}
