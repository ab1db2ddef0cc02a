import Testing

@testable import ShortLinkRule

@Suite struct LinkHostsTests {
    /// Texts of only ASCII, read byte by byte; each again with a trailing "é", which sends it
    /// through the general reading by characters. Both must find the same hosts.
    @Test(arguments: [
        "Lees meer op https://bit.ly/3xYzAb voor korting",
        "http://tinyurl.com/abc en www.bit.ly/x en https://go.rebrand.ly/y",
        "HTTPS://WWW.Example.COM/Pad?x=1#y en HtTp://a.b:8080/c",
        "ftp://bit.ly/x mailto:bit.ly/x xhttp://bit.ly/y https://bit.ly/z",
        "\"https://bit.ly/q\" <a href='http://t.co/r'>link</a>",
        "regel\r\nhttp://bit.ly/s\tbit.ly/t\u{0B}bit.ly/u\u{0C}v.w/x",
        "www./x www.x/y x/y.z a.b/c d_e.f/g -h.i/j 1.2.3.4/k :// ://x.y/z http://",
        "https://bit.ly",
        "",
    ])
    func asciiAndCharacterReadingsAgree(text: String) {
        #expect(LinkHosts.in(text) == LinkHosts.in(text + " é"))
    }

    @Test func findsTheHosts() {
        #expect(LinkHosts.in("HTTPS://WWW.Bit.LY/a en tinyurl.com/b, niet bit.ly en niet ftp://t.co/c") == ["bit.ly", "tinyurl.com"])
    }
}
