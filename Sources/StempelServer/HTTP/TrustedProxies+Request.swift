import Hummingbird

extension TrustedProxies {
    /// The client's address for a request: the peer, or the one a trusted proxy names.
    func clientAddress(of request: Request, context: StempelRequestContext) -> String? {
        let values = request.headers.filter { $0.name.canonicalName == "x-forwarded-for" }.map(\.value)
        return clientAddress(peer: context.clientAddress, forwardedFor: values.isEmpty ? nil : values.joined(separator: ","))
    }

    /// Whether a trusted proxy says that the client reached it over https (`X-Forwarded-Proto`).
    func forwardedHTTPS(_ request: Request, context: StempelRequestContext) -> Bool {
        guard let peer = context.clientAddress, contains(peer), let proto = request.headers[.init("X-Forwarded-Proto")!] else { return false }
        return proto.split(separator: ",").first?.trimmingCharacters(in: .whitespaces).lowercased() == "https"
    }
}
