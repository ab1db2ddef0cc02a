import Foundation
import ModerationKit
import Storage

/// Checks and completes a source as a person gives it (command line, API, `sources.yaml`).
///
/// ```swift
/// let draft = try SourceInput(url: "https://example.nl/feed", interval: "30m").draft(allowLocalFiles: false)
/// ```
public struct SourceInput: Sendable, Hashable {
    /// The feed's URL, or a path to a local file.
    public var url: String
    /// A name; the URL's host (or the file's name) when nil.
    public var name: String?
    /// Whether the source's columns are published as they arrive.
    public var trusted: Bool
    /// The polling interval as text (`"30m"`, `"2h"`, or seconds); nil lets the feed decide.
    public var interval: String?
    /// Whether comment feeds are polled too.
    public var followComments: Bool

    /// Creates an input.
    public init(url: String, name: String? = nil, trusted: Bool = false, interval: String? = nil, followComments: Bool = true) {
        self.url = url
        self.name = name
        self.trusted = trusted
        self.interval = interval
        self.followComments = followComments
    }

    /// The draft to store: an absolute http(s) URL, or a `file:` URL for a local file when
    /// `allowLocalFiles` (the command line and `sources.yaml`, never the API).
    ///
    /// - Throws: ``SourceInputError`` naming the field.
    public func draft(allowLocalFiles: Bool, relativeTo directory: String = FileManager.default.currentDirectoryPath) throws -> SourceDraft {
        let text = url.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw SourceInputError(field: "url", message: "is empty") }
        let normalized: String
        let defaultName: String
        if let parsed = URL(string: text), let scheme = parsed.scheme?.lowercased(), scheme == "http" || scheme == "https" {
            guard let host = parsed.host, !host.isEmpty else { throw SourceInputError(field: "url", message: "'\(text)' has no host") }
            normalized = parsed.absoluteString
            defaultName = host
        } else if text.lowercased().hasPrefix("file:") || !text.contains("://") {
            guard allowLocalFiles else {
                throw SourceInputError(
                    field: "url", message: "must be an http or https URL (local files are added on the command line or in sources.yaml)")
            }
            let path = text.lowercased().hasPrefix("file:") ? (URL(string: text)?.path ?? "") : text
            let file = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: directory, isDirectory: true)).standardizedFileURL
            guard FileManager.default.isReadableFile(atPath: file.path) else {
                throw SourceInputError(field: "url", message: "the file '\(file.path)' does not exist or cannot be read")
            }
            normalized = file.absoluteString
            defaultName = file.lastPathComponent
        } else {
            throw SourceInputError(field: "url", message: "'\(text)' is not an http, https or file URL")
        }
        let name = (name?.trimmingCharacters(in: .whitespacesAndNewlines)).flatMap { $0.isEmpty ? nil : $0 } ?? defaultName
        guard name.count <= 200 else { throw SourceInputError(field: "name", message: "is longer than 200 characters") }
        return SourceDraft(
            url: normalized,
            name: name,
            trust: trusted ? .trusted : .moderated,
            intervalSeconds: try interval.map(Self.seconds(from:)),
            followsComments: followComments
        )
    }

    /// `"90s"`, `"30m"`, `"2h"`, `"1d"` or whole seconds, from one minute to 30 days.
    static func seconds(from text: String) throws -> Int {
        let json = Int(text) != nil ? text : "\"\(text.replacingOccurrences(of: "\"", with: ""))\""
        guard let window = try? JSONDecoder().decode(TimeWindow.self, from: Data(json.utf8)) else {
            throw SourceInputError(field: "interval", message: "expected a length of time such as \"30m\", \"2h\" or whole seconds, not '\(text)'")
        }
        let seconds = Int(window.duration.components.seconds)
        guard (60...2_592_000).contains(seconds) else {
            throw SourceInputError(field: "interval", message: "must be between 1 minute and 30 days, not '\(text)'")
        }
        return seconds
    }
}
