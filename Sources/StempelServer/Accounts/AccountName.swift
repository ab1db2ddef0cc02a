import Foundation

/// Login names: 1 to 64 letters, digits, `.`, `_` or `-`, as `stempel moderator add` accepts them.
public enum AccountName {
    /// Whether `name` is an acceptable login name.
    public static func isValid(_ name: String) -> Bool {
        (1...64).contains(name.count)
            && name.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0) }
    }
}
