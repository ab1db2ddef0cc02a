import Hummingbird

/// The languages the moderation UI speaks, and how a request picks one.
enum UILanguage: String, Sendable, CaseIterable {
    case dutch = "nl"
    case english = "en"

    /// The cookie that remembers a language chosen with `?lang=`.
    static let cookieName = "stempel_lang"

    /// The other language, for the switch in the header.
    var other: UILanguage { self == .dutch ? .english : .dutch }

    /// `?lang=` first (the switch), then the remembered choice, then `Accept-Language`, then Dutch.
    static func negotiate(_ request: Request) -> UILanguage {
        if let choice = request.uri.queryParameters["lang"].flatMap({ UILanguage(rawValue: String($0)) }) { return choice }
        if let cookie = request.cookies[cookieName].flatMap({ UILanguage(rawValue: $0.value) }) { return cookie }
        return request.headers[.acceptLanguage].flatMap(fromAcceptLanguage) ?? .dutch
    }

    /// The supported language with the highest weight in an `Accept-Language` value (RFC 9110).
    static func fromAcceptLanguage(_ header: String) -> UILanguage? {
        var best: (language: UILanguage, weight: Double)?
        for (position, part) in header.split(separator: ",").enumerated() {
            let fields = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = fields.first?.lowercased(), !tag.isEmpty else { continue }
            let primary = String(tag.split(separator: "-").first ?? "")
            guard let language = UILanguage(rawValue: primary) else { continue }
            let weight = fields.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            // Earlier entries win ties: subtract a little per position.
            let ranked = weight - Double(position) * 1e-6
            if weight > 0, ranked > (best?.weight ?? 0) { best = (language, ranked) }
        }
        return best?.language
    }
}
