/// What the accounts page shows (admins only).
struct AccountsContent: Sendable {
    /// One account in the list.
    struct Account: Sendable {
        var name: String
        var role: String
        var created: String
        var isSelf: Bool
    }

    var accounts: [Account]
    var flash: String?
    var error: String?
    /// The new account's API token and the sentence introducing it, shown once right after adding it.
    var tokenIntro: String?
    var newToken: String?
    /// What was typed, kept when adding failed.
    var name: String
    var adminSelected: Bool
}
