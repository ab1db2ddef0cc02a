import Foundation
import Yams

/// The operations `docs/openapi.yaml` documents, as `METHOD /path` lines.
struct OpenAPIDocument {
    /// The HTTP methods OpenAPI allows as keys of a path item.
    static let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    let root: [String: Any]

    /// Reads the description from the repository's `docs/`.
    static func load() throws -> OpenAPIDocument {
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: repository.appendingPathComponent("docs/openapi.yaml"), encoding: .utf8)
        guard let root = try Yams.load(yaml: text) as? [String: Any] else { throw DocumentError(message: "not a YAML mapping") }
        return OpenAPIDocument(root: root)
    }

    /// The `openapi` version field.
    var version: String? { root["openapi"] as? String }

    /// Every documented operation, `GET /api/v1/columns/{slug}` style.
    var operations: Set<String> {
        let paths = root["paths"] as? [String: Any] ?? [:]
        var operations: Set<String> = []
        for (path, item) in paths {
            for key in (item as? [String: Any] ?? [:]).keys where Self.methods.contains(key) {
                operations.insert("\(key.uppercased()) \(path)")
            }
        }
        return operations
    }

    /// The names of the security schemes the description declares.
    var securitySchemes: Set<String> {
        let components = root["components"] as? [String: Any]
        return Set((components?["securitySchemes"] as? [String: Any] ?? [:]).keys)
    }

    struct DocumentError: Error {
        var message: String
    }
}
