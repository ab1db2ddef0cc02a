import ArgumentParser
import Foundation
import StempelServer
import Storage

/// `stempel moderator`: manages the accounts of the people who decide on held submissions.
struct ModeratorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "moderator",
        abstract: "Manage moderator accounts and their API tokens.",
        subcommands: [Add.self, List.self, Remove.self, ResetPassword.self, Token.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an account; reads the password from standard input (or asks on a terminal) and prints its API token once."
        )
        @OptionGroup var common: CommonOptions
        @Argument(help: "The login name.") var name: String
        @Flag(help: "Make the account an admin (manages accounts, sources and configuration).") var admin = false

        func run() async throws {
            let name = try ModeratorName.validated(self.name)
            let password = try PasswordInput.read()
            let token = Credentials.newToken()
            let moderator = Moderator(
                name: name, role: admin ? .admin : .moderator, passwordHash: Credentials().hash(password: password), createdAt: Date())
            do {
                try await common.withStore { store in try await store.addModerator(moderator, tokenHash: Credentials.tokenHash(token)) }
            } catch let error as StoreError {
                throw ValidationError(error.description)
            }
            print("added \(moderator.role.rawValue) \(name); API token (shown once): \(token)")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts.")
        @OptionGroup var common: CommonOptions

        func run() async throws {
            for moderator in try await common.withStore({ store in try await store.moderators() }) {
                print("\(moderator.name)\t\(moderator.role.rawValue)\tsince \(ISO8601DateFormatter().string(from: moderator.createdAt))")
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an account; its token stops working at once.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The login name.") var name: String

        func run() async throws {
            guard try await common.withStore({ store in try await store.removeModerator(named: name) }) else {
                throw ValidationError("there is no moderator named '\(name)'")
            }
            print("removed \(name)")
        }
    }

    struct ResetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set a new password, read like `add` reads it.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The login name.") var name: String

        func run() async throws {
            let password = try PasswordInput.read()
            let hash = Credentials().hash(password: password)
            guard try await common.withStore({ store in try await store.updateModerator(named: name, passwordHash: hash, tokenHash: nil) }) else {
                throw ValidationError("there is no moderator named '\(name)'")
            }
            print("password of \(name) changed")
        }
    }

    struct Token: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make a new API token; the old one is revoked.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The login name.") var name: String

        func run() async throws {
            let token = Credentials.newToken()
            let hash = Credentials.tokenHash(token)
            guard try await common.withStore({ store in try await store.updateModerator(named: name, passwordHash: nil, tokenHash: hash) }) else {
                throw ValidationError("there is no moderator named '\(name)'")
            }
            print("new API token for \(name) (shown once; the old one no longer works): \(token)")
        }
    }
}

/// Login names: 1 to 64 letters, digits, `.`, `_` or `-`.
enum ModeratorName {
    static func validated(_ name: String) throws -> String {
        let allowed = name.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0) }
        guard (1...64).contains(name.count), allowed else {
            throw ValidationError("a moderator name is 1 to 64 letters, digits, '.', '_' or '-', not '\(name)'")
        }
        return name
    }
}

/// Reads a new password: from standard input when it is not a terminal (one line), else asked twice.
enum PasswordInput {
    static func read() throws -> String {
        let password: String
        if isatty(STDIN_FILENO) != 0 {
            guard let first = getpass("Password: ").map({ String(cString: $0) }),
                let second = getpass("Again: ").map({ String(cString: $0) }), first == second
            else { throw ValidationError("the passwords differ") }
            password = first
        } else {
            password = readLine(strippingNewline: true) ?? ""
        }
        guard password.count >= Credentials.minimumPasswordLength else {
            throw ValidationError("a password needs at least \(Credentials.minimumPasswordLength) characters")
        }
        return password
    }
}
