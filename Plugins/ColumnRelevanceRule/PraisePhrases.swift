/// Generic praise that fits any column, in Dutch and English: what comment spam opens with to
/// look like a reader before it drops its link. Matched as whole words, folded and lowercased,
/// anywhere in the comment.
enum PraisePhrases {
    static let all: [String] = dutch + english

    static let dutch = [
        "leuk artikel", "mooi artikel", "goed artikel", "interessant artikel", "prachtig artikel", "top artikel", "super artikel",
        "leuk stuk", "mooi stuk", "goed stuk", "leuk verhaal", "mooi verhaal", "interessant verhaal", "mooi geschreven",
        "goed geschreven", "leuk geschreven", "leuke blog", "mooie blog", "goede blog", "leuke post", "goede post", "leuke site",
        "mooie site", "goede site", "leuke website", "mooie website", "bedankt voor het delen", "dank voor het delen",
        "dank je wel voor het delen", "bedankt voor de informatie", "bedankt voor de info", "nuttige informatie",
        "handige informatie", "interessante informatie", "heel informatief", "erg informatief", "zeer informatief", "ga zo door",
        "goed bezig", "echt een aanrader", "top", "super", "geweldig", "prachtig",
    ]

    static let english = [
        "great post", "nice post", "good post", "awesome post", "amazing post", "excellent post", "wonderful post", "great article",
        "nice article", "good article", "awesome article", "great blog", "nice blog", "great site", "nice site", "great website",
        "nice website", "great read", "good read", "great content", "nice content", "great job", "good job", "nice job",
        "great work", "good work", "keep up the good work", "keep it up", "well written", "very informative", "really informative",
        "very helpful", "very useful", "useful information", "nice information", "great information", "thanks for sharing",
        "thank you for sharing", "thanks for the info", "thanks for the information", "i really enjoyed", "i love this",
        "love this", "i like this", "awesome", "amazing", "excellent", "wonderful",
    ]
}
