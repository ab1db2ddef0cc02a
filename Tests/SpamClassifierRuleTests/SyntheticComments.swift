/// A labelled set written for these tests: reader comments on customer-experience columns (ham)
/// and the spam such a site gets, in Dutch and English, built by combining sentence parts so
/// that there are enough of each to pass the classifier's minimum.
enum SyntheticComments {
    /// 288 comments: 144 Dutch and 144 English, a few with a link to a news site.
    static let ham: [String] =
        combine(
            [
                "Wat een herkenbaar verhaal.", "Mooi geschreven!", "Ik moest hierom lachen.", "Wat vervelend voor je.",
                "Heel herkenbaar.", "Goed dat je dit opschrijft.",
            ],
            [
                "Bij mijn bank ging het precies zo, ik stond een half uur in de wacht.",
                "Mijn pakketje werd ook bij de verkeerde buren afgeleverd.",
                "De bakker bij ons om de hoek is net zo vriendelijk.",
                "Bij de gemeente moest ik ook drie keer terugkomen voor een paspoort.",
                "Mijn internet lag vorige week ook twee dagen plat, zie https://nos.nl/artikel/2500123 over die storing.",
                "Mijn moeder had precies hetzelfde met haar energieleverancier.",
            ],
            ["Dank je voor het delen.", "Hopelijk wordt het snel beter.", "Ik kijk uit naar je volgende column.", ""]
        )
        + combine(
            [
                "What a familiar story.", "Nicely written!", "That made me laugh.", "How annoying for you.", "So recognisable.",
                "Good of you to write this down.",
            ],
            [
                "Exactly the same happened at my bank, I was on hold for half an hour.",
                "My parcel was also left with the wrong neighbours.",
                "The baker around the corner from us is just as friendly.",
                "I also had to go back to the council three times for a passport.",
                "Our internet was down for two days last week too, see https://en.wikipedia.org/wiki/Internet_outage for how common it is.",
                "My mother had the very same thing with her energy supplier.",
            ],
            ["Thanks for sharing.", "Hope it gets sorted soon.", "Looking forward to your next column.", ""]
        )

    /// 288 comments: link spam, "check my channel", crypto, pills and casino, in both languages.
    static let spam: [String] = combine(
        [
            "Cheap %@ without prescription, order now at", "Goedkope %@ zonder recept, bestel nu op",
            "Best prices for %@, fast delivery from", "Check out my channel for %@ reviews",
            "Earn money fast with %@, join us at", "Verdien snel geld met %@, kijk op",
        ],
        ["viagra", "bitcoin trading", "free spins", "weight loss pills", "crypto signals", "cialis"],
        [
            "http://cheap-meds.example/shop", "www.crypto-profit.example", "https://casino-wins.example/bonus",
            "http://bit.ly/2xYzAbc", "www.followers4u.example/free", "https://mychannel.example/subscribe",
            "http://bestpills.example/order", "https://win-big.example",
        ]
    ) { template, topic, link in
        template.replacing("%@", with: topic, maxReplacements: 1) + " " + link + " !!"
    }

    /// Every opening followed by every middle and every ending, joined by spaces.
    private static func combine(_ openings: [String], _ middles: [String], _ endings: [String]) -> [String] {
        combine(openings, middles, endings) { [$0, $1, $2].filter { !$0.isEmpty }.joined(separator: " ") }
    }

    private static func combine(_ first: [String], _ second: [String], _ third: [String], _ join: (String, String, String) -> String)
        -> [String]
    {
        first.flatMap { a in second.flatMap { b in third.map { c in join(a, b, c) } } }
    }
}
