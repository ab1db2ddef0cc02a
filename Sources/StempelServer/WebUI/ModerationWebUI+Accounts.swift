import Foundation
import Hummingbird
import Storage

extension ModerationWebUI {
    func accounts(_ pages: PageRenderer, request: Request, context: StempelRequestContext) async throws -> Response {
        let session = try signedIn(context, admin: true)
        let language = UILanguage.negotiate(request)
        let flash = request.uri.queryParameters["removed"] != nil ? UIText.text("account_removed", language) : nil
        let content = try await accountsContent(session, language: language, flash: flash)
        return pages.render("accounts", content: content, request: request, context: context)
    }

    func addAccount(_ pages: PageRenderer, request: Request, context: StempelRequestContext) async throws -> Response {
        let session = try signedIn(context, admin: true)
        let form = try await form(request, session: session)
        let language = UILanguage.negotiate(request)
        let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
        let role: Moderator.Role = form["role"] == Moderator.Role.admin.rawValue ? .admin : .moderator
        let password = form["password"] ?? ""
        var content = try await accountsContent(session, language: language, flash: nil)
        content.name = name
        content.adminSelected = role == .admin
        func refuse(_ message: WebError.Message) -> Response {
            content.error = UIText.text(message.rawValue, language)
            return pages.render("accounts", content: content, status: .unprocessableContent, request: request, context: context)
        }
        guard AccountName.isValid(name) else { return refuse(.invalidName) }
        guard password.count >= Credentials.minimumPasswordLength else { return refuse(.passwordTooShort) }
        let token = Credentials.newToken()
        do {
            let moderator = Moderator(name: name, role: role, passwordHash: credentials.hash(password: password), createdAt: Date())
            try await store.addModerator(moderator, tokenHash: Credentials.tokenHash(token))
        } catch is StoreError {
            // The only refusal adding an account has: the name is taken (in any case).
            return refuse(.nameTaken)
        }
        content = try await accountsContent(session, language: language, flash: UIText.text("account_added", language))
        content.tokenIntro = UIText.text("token_once", language, name)
        content.newToken = token
        return pages.render("accounts", content: content, status: .created, request: request, context: context)
    }

    func removeAccount(_ request: Request, context: StempelRequestContext) async throws -> Response {
        let session = try signedIn(context, admin: true)
        _ = try await form(request, session: session)
        let name = try context.parameters.require("name")
        guard name.lowercased() != session.moderator.name.lowercased() else { throw WebError(.unprocessableContent, message: .notYourself) }
        guard try await store.removeModerator(named: name) else { throw WebError(.notFound, message: .notFound) }
        return Self.redirect("/moderate/accounts?removed=1")
    }

    private func accountsContent(_ session: ModeratorSession, language: UILanguage, flash: String?) async throws -> AccountsContent {
        let accounts = try await store.moderators().map { moderator in
            AccountsContent.Account(
                name: moderator.name,
                role: UIText.text("role_\(moderator.role.rawValue)", language),
                created: WebDates.text(moderator.createdAt),
                isSelf: moderator.name.lowercased() == session.moderator.name.lowercased()
            )
        }
        return AccountsContent(accounts: accounts, flash: flash, error: nil, tokenIntro: nil, newToken: nil, name: "", adminSelected: false)
    }
}
