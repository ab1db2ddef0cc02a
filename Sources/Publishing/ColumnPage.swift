import Foundation
import Storage
import Syndication

/// A column's own HTML page at `/columns/{slug}`: the column, its approved comments, links to its
/// comment feeds, and a plain HTML form for a new comment (no JavaScript), which posts to the
/// comment API and comes back here.
///
/// It is the `alternate` link of columns that have no page elsewhere. The column's HTML was
/// sanitized when it was stored; every other string is escaped here.
struct ColumnPage {
    let site: FeedSite
    let summary: ColumnSummary
    let comments: [StoredComment]

    private var dutch: Bool { site.language.hasPrefix("nl") }

    func html() -> String {
        let column = summary.column
        let slug = column.slug
        let feeds = [FeedFormat.atom, .rss, .json].map { format in
            (format, site.url(FeedKey(subject: .columnComments(slug: slug), format: format).path))
        }
        var page = """
            <!DOCTYPE html>
            <html lang="\(e(site.language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(column.title)) · \(e(site.title))</title>

            """
        for (format, url) in feeds {
            let title = dutch ? "Reacties (\(format.label))" : "Comments (\(format.label))"
            page += "<link rel=\"alternate\" type=\"\(format.mediaType)\" title=\"\(e(title))\" href=\"\(e(url))\">\n"
        }
        page += "</head>\n<body>\n<header><p><a href=\"/\">\(e(site.title))</a></p></header>\n<main>\n<article>\n"
        page += "<h1>\(e(column.title))</h1>\n"
        page += "<p>\(e(column.author)), <time datetime=\"\(timestamp(column.publishedAt))\">\(day(column.publishedAt))</time></p>\n"
        if !column.tags.isEmpty {
            let tags = column.tags.map { "<a href=\"\(e(FeedKey(subject: .tag($0), format: .atom).path))\">\(e($0))</a>" }
            page += "<p>\(tags.joined(separator: ", "))</p>\n"
        }
        page += column.contentHTML + "\n"
        if let link = column.link {
            page += "<p><a href=\"\(e(link))\">\(dutch ? "Oorspronkelijke column" : "Original column")</a></p>\n"
        }
        page += "</article>\n<section id=\"reacties\" aria-labelledby=\"reacties-kop\">\n"
        page += "<h2 id=\"reacties-kop\">\(dutch ? "Reacties" : "Comments") (\(comments.count))</h2>\n"
        for comment in comments {
            page += "<article id=\"reactie-\(e(comment.id))\">\n<p><strong>\(e(comment.submission.author.name))</strong>, "
            page += "<time datetime=\"\(timestamp(comment.createdAt))\">\(day(comment.createdAt))</time></p>\n"
            page +=
                comment.submission.body.split(separator: "\n", omittingEmptySubsequences: true).map { "<p>\(e(String($0)))</p>" }
                .joined(separator: "\n") + "\n</article>\n"
        }
        page += form(slug: slug)
        page += "<p>" + feeds.map { "<a href=\"\(e($0.1))\">\($0.0.label)</a>" }.joined(separator: " · ") + "</p>\n"
        page += "</section>\n</main>\n</body>\n</html>\n"
        return page
    }

    private func form(slug: String) -> String {
        let labels =
            dutch
            ? (
                title: "Reageer", name: "Naam", email: "E-mailadres (niet zichtbaar)", url: "Website", body: "Reactie", send: "Plaats reactie",
                note: "Reacties worden gecontroleerd voordat ze verschijnen."
            )
            : (
                title: "Comment", name: "Name", email: "Email address (not shown)", url: "Website", body: "Comment", send: "Post comment",
                note: "Comments are checked before they appear."
            )
        let path = "/columns/\(FeedKey.encode(slug))"
        return """
            <form method="post" action="/api/v1/columns/\(e(FeedKey.encode(slug)))/comments">
            <h3>\(labels.title)</h3>
            <p><label for="author">\(labels.name)</label><br><input id="author" name="author" required maxlength="100" autocomplete="name"></p>
            <p><label for="email">\(labels.email)</label><br><input id="email" name="email" type="email" maxlength="254" autocomplete="email"></p>
            <p><label for="url">\(labels.url)</label><br><input id="url" name="url" type="url" maxlength="2048" autocomplete="url"></p>
            <p><label for="body">\(labels.body)</label><br><textarea id="body" name="body" required rows="6" cols="60" maxlength="5000"></textarea></p>
            <input type="hidden" name="redirect" value="\(e(path))#reacties">
            <p><button type="submit">\(labels.send)</button> \(labels.note)</p>
            </form>

            """
    }

    private func e(_ text: String) -> String {
        HTMLText.escape(text)
    }

    private func timestamp(_ date: Date) -> String {
        Timestamp.rfc3339(date)
    }

    /// `27-11-2026` in Dutch, `2026-11-27` otherwise, in UTC.
    private func day(_ date: Date) -> String {
        let iso = Timestamp.rfc3339(date)
        let parts = iso.prefix(10).split(separator: "-")
        return dutch && parts.count == 3 ? "\(parts[2])-\(parts[1])-\(parts[0])" : String(iso.prefix(10))
    }
}
