import Foundation
import Storage
import Yams

/// `Feeds/sources.yaml`: sources listed in a file, subscribed at start.
///
/// ```yaml
/// sources:
///   - url: Feeds/samples/vakblad.rss      # a path, file:, http: or https: URL
///     name: Vakblad Bakkerij
///     trusted: true                        # default false: columns go through the rules
///     interval: 30m                        # default: the feed's ttl, Cache-Control, or 1h
///     comments: true                       # follow comment feeds; default true
/// ```
///
/// Paths are relative to the file's folder. Sources already subscribed (by URL) are left as
/// they are, and removing a line does not unsubscribe: `stempel source remove` does.
public struct SourceListFile: Sendable {
    /// The file.
    public let path: String

    /// Creates a reader for `path`.
    public init(path: String) {
        self.path = path
    }

    /// The drafts the file lists.
    ///
    /// - Throws: ``SourceInputError`` naming the file and the key at fault.
    public func drafts() throws -> [SourceDraft] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw SourceInputError(file: path, field: "(file)", message: "cannot be read: \(error.localizedDescription)")
        }
        let list: SourceList
        do {
            list = try YAMLDecoder().decode(SourceList.self, from: text)
        } catch let error as SourceInputError {
            throw SourceInputError(file: path, field: error.field, message: error.message)
        } catch let DecodingError.keyNotFound(key, context) {
            throw SourceInputError(file: path, field: Self.keyPath(context.codingPath + [key]), message: "is missing")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context),
            let DecodingError.dataCorrupted(context)
        {
            throw SourceInputError(file: path, field: Self.keyPath(context.codingPath), message: context.debugDescription)
        } catch {
            throw SourceInputError(file: path, field: "(file)", message: "is not valid YAML: \(error)")
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try list.sources.enumerated().map { index, entry in
            do {
                return try entry.input.draft(allowLocalFiles: true, relativeTo: directory)
            } catch let error as SourceInputError {
                throw SourceInputError(file: path, field: "sources[\(index)].\(error.field)", message: error.message)
            }
        }
    }

    /// Subscribes every listed source not subscribed yet; returns how many were added.
    public func subscribe(in store: any SourceStore) async throws -> Int {
        let known = Set(try await store.sources().map(\.url))
        var added = 0
        for draft in try drafts() where !known.contains(draft.url) {
            do {
                _ = try await store.addSource(draft)
                added += 1
            } catch let error as StoreError where error.isConflict {
                // Another instance starting at the same moment subscribed it first.
                continue
            }
        }
        return added
    }

    private static func keyPath(_ path: [any CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
}

/// The file's shape; unknown keys are errors, not silent typos.
private struct SourceList: Decodable {
    var sources: [Entry]

    struct Entry: Decodable {
        var input: SourceInput

        enum Keys: String, CodingKey, CaseIterable {
            case url, name, trusted, interval, comments
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            for key in container.allKeys where Keys(rawValue: key.stringValue) == nil {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container,
                    debugDescription: "unknown key; expected one of \(Keys.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let keyed = try decoder.container(keyedBy: Keys.self)
            let interval: String? =
                try (try? keyed.decodeIfPresent(Int.self, forKey: .interval)).flatMap { $0.map(String.init) }
                ?? keyed.decodeIfPresent(String.self, forKey: .interval)
            input = SourceInput(
                url: try keyed.decode(String.self, forKey: .url),
                name: try keyed.decodeIfPresent(String.self, forKey: .name),
                trusted: try keyed.decodeIfPresent(Bool.self, forKey: .trusted) ?? false,
                interval: interval,
                followComments: try keyed.decodeIfPresent(Bool.self, forKey: .comments) ?? true
            )
        }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
