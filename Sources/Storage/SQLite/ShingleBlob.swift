import Foundation
import ModerationKit

/// A ``ShingleFingerprint`` as stored in `comments.shingles` (SQLite `BLOB`, PostgreSQL `bytea`): the word count as a 32-bit
/// little-endian integer, then each shingle hash as a 64-bit little-endian integer.
package enum ShingleBlob {
    /// The blob of a fingerprint.
    package static func encode(_ fingerprint: ShingleFingerprint) -> Data {
        var data = Data(capacity: 4 + 8 * fingerprint.shingles.count)
        withUnsafeBytes(of: UInt32(clamping: fingerprint.wordCount).littleEndian) { data.append(contentsOf: $0) }
        for shingle in fingerprint.shingles {
            withUnsafeBytes(of: shingle.littleEndian) { data.append(contentsOf: $0) }
        }
        return data
    }

    /// The fingerprint, or nil for a blob of the wrong length (never written by Stempel).
    package static func decode(_ data: Data) -> ShingleFingerprint? {
        guard data.count >= 4, (data.count - 4) % 8 == 0 else { return nil }
        return data.withUnsafeBytes { raw in
            let wordCount = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt32.self)))
            let shingles = (0..<((raw.count - 4) / 8)).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 4 + 8 * $0, as: UInt64.self)) }
            return ShingleFingerprint(wordCount: wordCount, shingles: shingles)
        }
    }
}
