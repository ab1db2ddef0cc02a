import Foundation
import Ingestion
import Syndication
import Testing

@Suite struct EntryMapperTests {
    private let mapper = EntryMapper()

    @Test func anEntryIsKnownByItsIdElseItsLinkElseItsTitleAndDate() {
        let date = Date(timeIntervalSince1970: 1_790_000_000)
        let link = FeedLink(href: "https://vakblad.example/columns/een")
        #expect(mapper.key(of: FeedEntry(id: "urn:x:1", title: "Een", links: [link])) == "id:urn:x:1")
        #expect(mapper.key(of: FeedEntry(title: "Een", links: [link])) == "link:https://vakblad.example/columns/een")
        let first = FeedEntry(title: "Een", content: FeedContent(text: "versie 1"), published: date)
        let edited = FeedEntry(title: "Een", content: FeedContent(text: "versie 2"), published: date)
        #expect(mapper.key(of: first) == mapper.key(of: edited), "an edit keeps the key, so it updates the column")
        #expect(mapper.key(of: first) != mapper.key(of: FeedEntry(title: "Twee", published: date)))
        #expect(mapper.key(of: FeedEntry(content: FeedContent(text: "a"))) != mapper.key(of: FeedEntry(content: FeedContent(text: "b"))))
    }

    @Test func columnsAreSanitizedAndKeepLinkAuthorAndTags() throws {
        let entry = FeedEntry(
            id: "urn:x:1", title: "De <b>bakker</b>",
            content: FeedContent(text: #"<p onclick="x()">Tekst</p><script>alert(1)</script><a href="/over">over</a>"#, type: .html),
            links: [FeedLink(href: "https://vakblad.example/columns/de-bakker.html")], authors: [FeedPerson(name: "Anja")],
            categories: ["Klantbeleving", "klantbeleving", " "])
        let (column, _) = try #require(mapper.column(from: entry, fallbackAuthor: "Vakblad"))
        #expect(column.slug == "de-bakker" && column.link == "https://vakblad.example/columns/de-bakker.html")
        #expect(column.author == "Anja" && column.tags == ["klantbeleving"])
        #expect(!column.contentHTML.contains("script") && !column.contentHTML.contains("onclick"))
        #expect(column.contentHTML.contains("https://vakblad.example/over"), "\(column.contentHTML)")
        #expect(mapper.column(from: FeedEntry(), fallbackAuthor: "x") == nil)
    }
}
