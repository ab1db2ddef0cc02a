import Foundation
import ModerationKit

/// libFuzzer entry: any bytes as the JSON body of a comment, decoded and validated as
/// `POST /api/v1/columns/{slug}/comments` does (`CommentPayload`, `CommentValidator`, built from
/// the server's own sources). Decoding may fail and validation may refuse; neither may crash.
/// A submission that passes must hold the limits the validator promises.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCommentDecoding(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    guard let payload = try? JSONDecoder().decode(CommentPayload.self, from: data) else { return 0 }
    let limits = CommentLimits()
    for source in [Submission.Source.api, .form] {
        var form = payload.form
        if source == .form { form.redirect = payload.body }
        guard
            let submission = try? CommentValidator(limits: limits).submission(
                from: form, column: "fuzz", clientAddress: "192.0.2.1", source: source, now: Date(timeIntervalSince1970: 0))
        else { continue }
        precondition(!submission.body.isEmpty && submission.body.count <= limits.bodyMaxCharacters, "body outside its limits")
        precondition(!submission.author.name.isEmpty && submission.author.name.count <= limits.authorNameMaxCharacters, "name outside its limits")
        precondition(submission.body.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\t" || $0.properties.generalCategory != .control })
    }
    return 0
}
