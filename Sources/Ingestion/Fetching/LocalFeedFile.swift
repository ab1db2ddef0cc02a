import Foundation

/// A feed on disk (`file:` URLs and plain paths), for the samples and local tests.
///
/// Its modification time stands in for `Last-Modified`, so an unchanged file costs a poll no parse.
struct LocalFeedFile {
    let path: String
    let maxBytes: Int

    /// The path `location` names, or nil when it is a network URL.
    static func path(of location: String) -> String? {
        if location.lowercased().hasPrefix("file:") {
            return URL(string: location).map(\.path)
        }
        return location.contains("://") ? nil : location
    }

    func read(validators: Validators) throws -> FetchedFeed {
        let url = URL(fileURLWithPath: path)
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw FetchError.transport("the file '\(path)' cannot be read")
        }
        let modified = (attributes[.modificationDate] as? Date).map { String(Int($0.timeIntervalSince1970 * 1000)) }
        if let modified, modified == validators.lastModified {
            return FetchedFeed(body: nil, finalURL: url.absoluteString, statusCode: 304, headers: ["last-modified": modified])
        }
        if let size = attributes[.size] as? Int, size > maxBytes { throw FetchError.tooLarge(limit: maxBytes) }
        do {
            let data = try Data(contentsOf: url)
            return FetchedFeed(body: data, finalURL: url.absoluteString, statusCode: 200, headers: modified.map { ["last-modified": $0] } ?? [:])
        } catch {
            throw FetchError.transport("the file '\(path)' cannot be read")
        }
    }
}
