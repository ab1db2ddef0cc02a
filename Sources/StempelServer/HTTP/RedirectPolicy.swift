import Foundation

/// Decides whether a form's `redirect` may be followed: only to this site, never elsewhere.
///
/// A relative path (`/columns/x#reacties`) is allowed; an absolute URL only when its host is the
/// base URL's or one of the configured redirect hosts. Anything else would make Stempel an open
/// redirector.
struct RedirectPolicy: Sendable {
    let allowedHosts: Set<String>

    init(site: SiteConfiguration) {
        var hosts = Set(site.redirectHosts.map { $0.lowercased() })
        if let host = URL(string: site.baseURL)?.host?.lowercased() { hosts.insert(host) }
        allowedHosts = hosts
    }

    func validated(_ redirect: String) throws(ProblemDetails) -> String {
        let target = redirect.trimmingCharacters(in: .whitespaces)
        if target.hasPrefix("/"), !target.hasPrefix("//"), !target.hasPrefix("/\\"), !target.contains(where: \.isNewline) {
            return target
        }
        if let url = URL(string: target), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host?.lowercased(), allowedHosts.contains(host)
        {
            return url.absoluteString
        }
        throw .invalidFields([.init(field: "redirect", message: "must be a path on this site or a URL on an allowed host")])
    }
}
