import Hummingbird
import Logging
import NIOCore
import Storage

/// The per-request context: Hummingbird's core storage plus the client's address.
public struct StempelRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The connected client's address (the proxy's, behind a reverse proxy).
    public let remoteAddress: SocketAddress?
    /// The moderator the request authenticated as, if any.
    public var moderator: Moderator?
    /// The web UI session the request came with, if any (the moderator is then its account).
    public var session: ModeratorSession?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The client's IP address as text, if known.
    var clientAddress: String? { remoteAddress?.ipAddress }
}
