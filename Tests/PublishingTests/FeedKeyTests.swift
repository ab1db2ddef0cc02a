import Publishing
import Testing

@Suite struct FeedKeyTests {
    @Test(arguments: [
        "/feeds/columns.atom", "/feeds/columns.rss", "/feeds/columns.json", "/feeds/comments.atom", "/feeds/columns/archive/3.rss",
        "/tags/klantbeleving.atom", "/tags/caf%C3%A9%20eten.json", "/columns/de-bakker/comments.rss",
    ])
    func pathsRoundTrip(path: String) throws {
        let key = try #require(FeedKey(path: path))
        #expect(key.path == path)
    }

    @Test func pathsNameWhatTheyList() {
        #expect(FeedKey(path: "/feeds/columns/archive/2.atom") == FeedKey(subject: .columns(archivePage: 2), format: .atom))
        #expect(FeedKey(path: "/tags/café.rss")?.subject == .tag("café"))
        #expect(FeedKey(path: "/columns/de-bakker/comments.json")?.subject == .columnComments(slug: "de-bakker"))
        #expect(FeedKey(path: "/feeds/columns/archive/2.atom")?.isArchive == true)
    }

    @Test(arguments: [
        "/feeds/columns.xml", "/feeds/columns", "/feeds/other.atom", "/feeds/columns/archive/0.atom", "/feeds/columns/archive/02.atom",
        "/feeds/columns/archive/x.atom", "/tags/.atom", "/tags/a/b.atom", "/columns//comments.atom", "/columns/a/replies.atom", "/",
    ])
    func otherPathsAreNoFeed(path: String) {
        #expect(FeedKey(path: path) == nil)
    }
}
