import ArgumentParser
import Foundation
import Storage

/// `stempel webhook failed|retry`: the webhook deliveries that were given up.
struct WebhookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "webhook",
        abstract: "List webhook deliveries that were given up, and send one again.",
        subcommands: [Failed.self, Retry.self]
    )

    struct Failed: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List given-up deliveries, newest first, with their last error.")
        @OptionGroup var common: CommonOptions
        @Option(help: "At most this many (1 to 1000).") var limit = 100

        func validate() throws {
            guard (1...1_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 1000, not \(limit)") }
        }

        func run() async throws {
            let deliveries = try await common.withStore { store in try await store.failedWebhookDeliveries(limit: limit) }
            if deliveries.isEmpty { print("no given-up webhook deliveries") }
            let dates = ISO8601DateFormatter()
            for delivery in deliveries {
                // The error came from a remote server: no control character reaches the terminal.
                let error = (delivery.lastError ?? "no error recorded").unicodeScalars
                    .map { $0.properties.generalCategory == .control ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
                print(
                    "\(delivery.id)\t\(delivery.isColumn ? delivery.submissionID : "comment " + delivery.submissionID)\theld \(dates.string(from: delivery.createdAt))\t"
                        + "\(delivery.attempts) attempts\t\(error)")
            }
        }
    }

    struct Retry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send a given-up delivery again (the running server's notifier picks it up within a second).")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The delivery's id, from `stempel webhook failed`.") var id: Int64

        func run() async throws {
            switch try await common.withStore({ store in try await store.retryWebhookDelivery(id: id, at: Date()) }) {
            case .scheduled: print("delivery \(id) will be sent again")
            case .stillPending: throw ValidationError("delivery \(id) was not given up: it is still pending")
            case .notFound: throw ValidationError("there is no webhook delivery \(id)")
            }
        }
    }
}
