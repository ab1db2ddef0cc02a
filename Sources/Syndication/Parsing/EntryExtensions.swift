/// The extension elements read inside an entry of any dialect: Dublin Core and `content:encoded`.
enum EntryExtensions {
    private static let creator = XMLName(FeedNamespace.dublinCore, "creator")
    private static let date = XMLName(FeedNamespace.dublinCore, "date")
    private static let subject = XMLName(FeedNamespace.dublinCore, "subject")
    private static let encoded = XMLName(FeedNamespace.content, "encoded")

    /// Whether to gather the element's text: yes for the four elements read.
    static func capture(for name: XMLName) -> TextCapture {
        [creator, date, subject, encoded].contains(name) ? .text : .none
    }

    /// Applies an ended extension element to the open entry. The dialect's own elements win:
    /// `dc:date` only fills an empty `published`, and `content:encoded` an empty content.
    static func end(_ name: XMLName, text: String, line: Int?, into builder: inout FeedBuilder) {
        guard builder.entry != nil, !text.isEmpty else { return }
        switch name {
        case creator:
            builder.entry?.authors.append(FeedPerson(name: text))
        case subject:
            builder.entry?.categories.append(text)
        case date:
            if let date = builder.date(text, in: name, line: line), builder.entry?.published == nil {
                builder.entry?.published = date
            }
        case encoded:
            if builder.entry?.content == nil {
                builder.entry?.content = FeedContent(text: text, type: .html)
            }
        default:
            break
        }
    }
}
