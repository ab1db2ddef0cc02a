import Foundation
import GRDB
import Testing

@testable import Storage

@Suite struct StorageTimestampTests {
    /// The stored text must be GRDB's to the character: rows written before and after compare as text.
    @Test func matchesGRDBsTextForEveryKindOfDate() {
        var generator = SystemRandomNumberGenerator()
        var dates: [Date] = [
            Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -0.0005), Date(timeIntervalSince1970: 951_782_400),  // 2000-02-29
            Date(timeIntervalSince1970: 1_795_000_000.9999), Date(timeIntervalSince1970: 4_102_444_799.999_999),  // 2099-12-31 23:59:59.999
            Date(timeIntervalSinceReferenceDate: 0), Date(timeIntervalSince1970: -2_208_988_800),  // 1900-01-01
        ]
        for _ in 0..<100_000 {
            dates.append(Date(timeIntervalSince1970: Double.random(in: -1_000_000_000...5_000_000_000, using: &generator)))
            // Times near a millisecond's edge and halfway between two, where rounding could differ.
            let milliseconds = Double(Int64.random(in: 1_600_000_000_000...1_900_000_000_000, using: &generator))
            dates.append(Date(timeIntervalSince1970: (milliseconds + [0, 0.000_1, 0.5, 0.999, 0.999_9].randomElement(using: &generator)!) / 1000))
        }
        let mismatches = dates.filter { StorageTimestamp.text($0) != String.fromDatabaseValue($0.databaseValue) }
        let examples = mismatches.prefix(3).map {
            "\($0.timeIntervalSince1970): \(StorageTimestamp.text($0)) ≠ \(String.fromDatabaseValue($0.databaseValue) ?? "")"
        }
        #expect(mismatches.count == 0, "\(examples)")
    }
}
