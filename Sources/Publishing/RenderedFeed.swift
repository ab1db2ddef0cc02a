import CompressNIO
import Crypto
import Foundation
import NIOCore
import Syndication

/// A feed document ready to serve: its bytes, plain and gzip-compressed, and its validators.
public struct RenderedFeed: Sendable {
    /// The document as served without content coding.
    public let body: ByteBuffer
    /// The same bytes gzip-compressed, when that made them smaller.
    public let gzipBody: ByteBuffer?
    /// A strong entity tag of ``body``, quoted (`"3f2a…"`); the gzip variant appends `-gz`.
    public let entityTag: String
    /// The newest change the document shows, never earlier than a previous rendering of the same
    /// feed with different bytes, so that `If-Modified-Since` cannot hide a removal.
    public let lastModified: Date
    /// ``lastModified`` as an HTTP date, formatted once instead of on every request.
    public let lastModifiedHeader: String
    /// The `Content-Type`.
    public let contentType: String
    /// Whether it is an archive page, cached for long.
    public let isArchive: Bool

    /// The entity tag of the gzip variant: a strong tag names one representation.
    public var gzipEntityTag: String {
        String(entityTag.dropLast()) + "-gz\""
    }

    /// Renders bytes with their validators.
    public init(bytes: [UInt8], contentType: String, lastModified: Date, isArchive: Bool) {
        let digest = SHA256.hash(data: bytes)
        entityTag = "\"" + digest.prefix(16).map { String(format: "%02x", $0) }.joined() + "\""
        body = ByteBuffer(bytes: bytes)
        gzipBody = Self.gzip(body)
        self.contentType = contentType
        self.lastModified = Date(timeIntervalSince1970: lastModified.timeIntervalSince1970.rounded(.down))
        lastModifiedHeader = HTTPDate.string(from: self.lastModified)
        self.isArchive = isArchive
    }

    private init(copying other: RenderedFeed, lastModified: Date) {
        body = other.body
        gzipBody = other.gzipBody
        entityTag = other.entityTag
        contentType = other.contentType
        isArchive = other.isArchive
        self.lastModified = lastModified
        lastModifiedHeader = HTTPDate.string(from: lastModified)
    }

    /// This rendering with a later `lastModified`, when it replaces `previous` with other bytes.
    func notEarlier(than previous: RenderedFeed?) -> RenderedFeed {
        guard let previous, previous.entityTag != entityTag, previous.lastModified >= lastModified else { return self }
        return RenderedFeed(copying: self, lastModified: max(previous.lastModified.addingTimeInterval(1), Self.now()))
    }

    private static func now() -> Date {
        Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
    }

    /// Small documents are not worth compressing: the header overhead eats the gain.
    private static func gzip(_ buffer: ByteBuffer) -> ByteBuffer? {
        guard buffer.readableBytes > 1_024 else { return nil }
        var input = buffer
        guard let compressed = try? input.compress(with: .gzip()), compressed.readableBytes < buffer.readableBytes else { return nil }
        return compressed
    }
}
