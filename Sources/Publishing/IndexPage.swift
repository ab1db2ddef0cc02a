import Foundation
import Storage

/// The small HTML page at `/`: what the site publishes, with `<link rel="alternate">` tags so that
/// a feed reader given the site's address finds the feeds.
struct IndexPage {
    let site: FeedSite
    /// Published tags with how many columns carry each, by name.
    let tags: [(tag: String, count: Int)]
    /// The newest published columns, newest first.
    let columns: [ColumnSummary]

    func html() -> String {
        let feeds: [(String, FeedKey)] =
            FeedFormat.allCases.map { ("Columns (\($0.label))", FeedKey(subject: .columns(archivePage: nil), format: $0)) }
            + FeedFormat.allCases.map { ("Reacties (\($0.label))", FeedKey(subject: .recentComments, format: $0)) }
        var page = """
            <!DOCTYPE html>
            <html lang="\(escape(site.language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(site.title))</title>

            """
        for (title, key) in feeds {
            page += "<link rel=\"alternate\" type=\"\(key.format.mediaType)\" title=\"\(escape(title))\" href=\"\(escape(site.url(key.path)))\">\n"
        }
        if let hub = site.hub {
            page += "<link rel=\"hub\" href=\"\(escape(hub))\">\n"
        }
        page += "</head>\n<body>\n<main>\n<h1>\(escape(site.title))</h1>\n"
        if !columns.isEmpty {
            page += "<h2>Columns</h2>\n<ul>\n"
            for summary in columns {
                let column = summary.column
                page += "<li><a href=\"/columns/\(escape(FeedKey.encode(column.slug)))\">\(escape(column.title))</a>"
                page += " (\(escape(column.author)), \(summary.approvedCommentCount))</li>\n"
            }
            page += "</ul>\n"
        }
        page += "<h2>Feeds</h2>\n<ul>\n"
        for (title, key) in feeds {
            page += "<li><a href=\"\(escape(site.url(key.path)))\">\(escape(title))</a></li>\n"
        }
        page += "</ul>\n"
        if !tags.isEmpty {
            page += "<h2>Tags</h2>\n<ul>\n"
            for (tag, count) in tags {
                let links = FeedFormat.allCases.map { format in
                    "<a href=\"\(escape(site.url(FeedKey(subject: .tag(tag), format: format).path)))\">\(format.label)</a>"
                }
                page += "<li>\(escape(tag)) (\(count)): \(links.joined(separator: " · "))</li>\n"
            }
            page += "</ul>\n"
        }
        page += "</main>\n</body>\n</html>\n"
        return page
    }

    private func escape(_ text: String) -> String {
        HTMLText.escape(text)
    }
}

extension FeedFormat {
    /// The name people know the format by.
    var label: String {
        switch self {
        case .atom: "Atom"
        case .rss: "RSS"
        case .json: "JSON Feed"
        }
    }
}
