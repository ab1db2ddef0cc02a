/// Words that say nothing about what a comment is about, in their folded form: Dutch and English
/// function words, the words people use for any column ("artikel", "story", "schrijver"), and
/// generic praise ("mooi", "great"), so that "Mooi verhaal!" shares nothing with a column that
/// happens to contain "mooi".
///
/// Words of one or two letters never count, so they are not listed.
enum StopWords {
    static let all: Set<String> = dutch.union(english).union(generic)

    static let dutch: Set<String> = [
        "aan", "aangezien", "achter", "al", "alle", "alleen", "alles", "als", "altijd", "ander", "andere", "anders", "bij", "binnen",
        "daar", "daarom", "dan", "dat", "de", "den", "der", "deze", "die", "dit", "doch", "doen", "doet", "door", "dus", "echter",
        "een", "eens", "eigen", "eigenlijk", "elk", "elke", "en", "er", "erg", "ben", "bent", "geen", "geweest", "had", "hadden",
        "heb", "hebben", "hebt", "heeft", "hem", "hen", "het", "hier", "hij", "hoe", "hun", "iemand", "iets", "ik", "in", "is",
        "jij", "jou", "jouw", "jullie", "kan", "kon", "konden", "kun", "kunnen", "kunt", "laat", "later", "maar", "meer", "men",
        "met", "mij", "mijn", "moet", "moeten", "na", "naar", "niet", "niets", "nog", "nooit", "nou", "nu", "of", "om", "omdat",
        "ons", "onze", "ook", "op", "over", "reeds", "sinds", "toch", "toen", "tot", "tussen", "uit", "van", "veel", "voor",
        "waar", "waarom", "wanneer", "want", "was", "waren", "wat", "we", "wel", "werd", "werden", "wie", "wij", "wil", "wilde",
        "word", "worden", "wordt", "zal", "ze", "zei", "zelf", "zich", "zij", "zijn", "zo", "zoals", "zonder", "zou", "zouden",
        "zullen", "haar", "hare", "jaar", "keer", "soms", "steeds", "weer", "gaan", "gaat", "ging", "gingen", "komen", "komt",
        "kwam", "zeggen", "zegt", "weet", "weten", "vind", "vinden", "vindt", "denk", "denken", "gewoon", "heel", "echt",
        "precies", "hetzelfde", "zelfde", "misschien", "natuurlijk", "eerst", "daarna", "dankzij", "tegen", "onder", "boven",
        "zeer", "helemaal", "beetje", "uw", "oke", "hoor", "even", "iedereen", "niemand", "moest", "moesten", "mocht", "mochten",
        "mag", "mogen", "kreeg", "kregen", "krijg", "krijgen", "krijgt", "zag", "zagen", "zien", "ziet", "wou", "wilt", "willen",
        "ging", "zit", "zat", "staat", "stond", "heel", "hele", "veel", "vaak", "nooit", "ooit", "alweer", "toe", "dacht",
    ]

    static let english: Set<String> = [
        "about", "above", "after", "again", "against", "all", "also", "always", "and", "any", "are", "because", "been", "before",
        "being", "below", "between", "both", "but", "can", "could", "did", "does", "doing", "done", "down", "during", "each",
        "even", "ever", "every", "few", "for", "from", "further", "get", "gets", "got", "had", "has", "have", "having", "her",
        "here", "hers", "herself", "him", "himself", "his", "how", "into", "its", "itself", "just", "know", "let", "like", "made",
        "make", "many", "may", "more", "most", "much", "must", "myself", "never", "nor", "not", "now", "off", "once", "one",
        "only", "other", "our", "ours", "ourselves", "out", "over", "own", "really", "said", "same", "say", "says", "she",
        "should", "since", "some", "still", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
        "there", "these", "they", "thing", "things", "think", "this", "those", "through", "too", "under", "until", "very", "was",
        "way", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "yes", "yet",
        "you", "your", "yours", "yourself", "yourselves", "went", "going", "come", "came", "take", "took", "see", "saw", "seen",
        "want", "wanted", "back", "well", "exactly", "quite", "though", "anyway", "maybe", "sure", "time", "times", "people",
    ]

    static let generic: Set<String> = [
        "artikel", "artikelen", "column", "columns", "verhaal", "verhalen", "stuk", "stukje", "blog", "blogs", "post", "posts",
        "bericht", "berichten", "schrijver", "schrijfster", "auteur", "geschreven", "schrijft", "schrijven", "lezen", "gelezen",
        "lees", "site", "website", "pagina", "reactie", "reacties", "mooi", "mooie", "leuk", "leuke", "goed", "goede", "top",
        "super", "geweldig", "prachtig", "fijn", "fijne", "interessant", "interessante", "informatief", "herkenbaar", "bedankt",
        "dank", "dankjewel", "delen", "gedeeld", "groet", "groeten",
        "article", "articles", "story", "stories", "piece", "writer", "author", "written", "writes", "writing", "read", "reading",
        "page", "comment", "comments", "great", "nice", "good", "awesome", "amazing", "excellent", "wonderful", "beautiful",
        "interesting", "informative", "helpful", "useful", "love", "loved", "thanks", "thank", "sharing", "share", "shared",
        "content", "information", "info", "best", "cool",
    ]
}
