import Foundation
import Syndication
import Testing

/// Names are matched by namespace URI; prefixes are arbitrary and must not matter.
@Suite("Namespaces")
struct NamespaceTests {
    @Test func atomUnderAnOddPrefix() throws {
        let feed = try FeedParser().parse(
            Data(
                """
                <x:feed xmlns:x="http://www.w3.org/2005/Atom" xmlns:q="http://purl.org/dc/elements/1.1/">
                  <x:title>Prefixed</x:title>
                  <x:entry><x:id>e</x:id><x:title>Entry</x:title><q:subject>klachten</q:subject>
                    <x:content type="xhtml"><h:div xmlns:h="http://www.w3.org/1999/xhtml"><h:p>Tekst</h:p></h:div></x:content>
                  </x:entry>
                </x:feed>
                """.utf8
            )
        )
        #expect(feed.format == .atom && feed.title == "Prefixed")
        #expect(feed.entries.first?.title == "Entry")
        #expect(feed.entries.first?.categories == ["klachten"])
        #expect(feed.entries.first?.content?.type == .xhtml)
        #expect(feed.entries.first?.content?.text == "<p>Tekst</p>")
    }

    @Test func extensionsUnderOddPrefixesAndFamiliarPrefixesBoundElsewhere() throws {
        let feed = try FeedParser().parse(
            Fixtures.rss(
                """
                <item><title>x</title>
                  <zz:creator>Right Namespace</zz:creator>
                  <dc:creator>Wrong Namespace</dc:creator>
                  <c:encoded>&lt;p&gt;Body&lt;/p&gt;</c:encoded>
                  <content:encoded>not content</content:encoded>
                </item>
                """,
                extraNamespaces: """
                     xmlns:zz="http://purl.org/dc/elements/1.1/" xmlns:dc="https://example.com/not-dublin-core"
                     xmlns:c="http://purl.org/rss/1.0/modules/content/" xmlns:content="https://example.com/other"
                    """
            )
        )
        let item = try #require(feed.entries.first)
        #expect(item.authors == [FeedPerson(name: "Right Namespace")])
        #expect(item.content == FeedContent(text: "<p>Body</p>", type: .html))
    }

    @Test(arguments: [
        "<feed xmlns=\"http://example.com/not-atom\"><title>x</title></feed>",
        "<rss xmlns=\"http://example.com/ns\" version=\"2.0\"><channel/></rss>",
    ])
    func familiarNamesInOtherNamespacesAreNotFeeds(document: String) throws {
        let error = #expect(throws: FeedParsingError.self) { try FeedParser().parse(Data(document.utf8)) }
        #expect(error?.code == .unsupportedFormat)
    }

    @Test func undefinedPrefixIsAProblemNotACrash() throws {
        let feed = try FeedParser().parse(Fixtures.atom("<entry><id>e</id><nope:thing>x</nope:thing></entry>"))
        #expect(feed.entries.count == 1)
        #expect(feed.problems.contains { $0.contains("nope") })
    }
}
