import Foundation
import Moderation
import ModerationKit
import Storage
import Testing

@Suite struct StoreUndoTests {
    @Test(arguments: StoreBackend.available) func undoingRestoresTheStatusTheCountAndWhatWasLearned(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.saveColumns([Fixtures.column("a")])
            let comment = Fixtures.comment(on: "a", status: .held)
            try await store.insertComment(comment)
            let learner = Learner(rule: "spam-classifier") { _ in ["woord"] }
            _ = try await store.decide(
                commentIDs: [comment.id], action: .ham, actor: "anja", note: nil, expecting: .held, at: Date(), learners: [learner])
            #expect(try await store.columnSummary(slug: "a")?.approvedCommentCount == 1)
            #expect(try await store.learnedCounts(rule: "spam-classifier", features: ["woord"]).hamExamples == 1)

            guard
                case .undone(let undone, let entry) = try await store.undoLastDecision(
                    commentID: comment.id, actor: "bram", at: Date(), learners: [learner])
            else {
                Issue.record("not undone")
                return
            }
            #expect(undone.status == .held)
            #expect(entry.action == "ham" && entry.actor == "anja")
            #expect(try await store.columnSummary(slug: "a")?.approvedCommentCount == 0)
            #expect(try await store.learnedCounts(rule: "spam-classifier", features: ["woord"]).hamExamples == 0)
            let history = try await store.decisions(forComment: comment.id)
            #expect(history.map(\.action) == ["verdict", "ham", "undo"])
            #expect(history.last?.actor == "bram" && history.last?.fromStatus == .approved && history.last?.toStatus == .held)

            // An undo is not undone, and the rules' verdict cannot be.
            guard case .nothingToUndo = try await store.undoLastDecision(commentID: comment.id, actor: "bram", at: Date(), learners: []) else {
                Issue.record("undid an undo")
                return
            }
            let fresh = Fixtures.comment(on: "a", body: "Nog een", status: .held)
            try await store.insertComment(fresh)
            guard case .nothingToUndo = try await store.undoLastDecision(commentID: fresh.id, actor: "bram", at: Date(), learners: []) else {
                Issue.record("undid the verdict")
                return
            }
            #expect(try await store.undoLastDecision(commentID: "nope", actor: "bram", at: Date(), learners: []) == .notFound)
            #expect(try await store.labelledSubmissions().isEmpty)
        }
    }
}

@Suite struct StoreLabelledTests {
    @Test(arguments: StoreBackend.available) func labelledSubmissionsAreTheLatestModeratorDecisions(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.saveColumns([Fixtures.column("a")])
            let spam = Fixtures.comment(on: "a", body: "Koop nu", status: .held)
            let ham = Fixtures.comment(on: "a", body: "Mooi verhaal", status: .held)
            let rejected = Fixtures.comment(on: "a", body: "Onaardig", status: .held)
            for comment in [spam, ham, rejected] { try await store.insertComment(comment) }
            _ = try await store.decide(commentID: spam.id, action: .spam, actor: "anja")
            _ = try await store.decide(commentID: ham.id, action: .approve, actor: "anja")
            _ = try await store.decide(commentID: rejected.id, action: .reject, actor: "anja")
            let labelled = try await store.labelledSubmissions()
            #expect(Set(labelled.map { "\($0.submission.body):\($0.label.rawValue)" }) == ["Koop nu:spam", "Mooi verhaal:ham"])
        }
    }
}
