// The starter word lists, embedded so that the default options work from any working directory.
// Generated from Feeds/wordlists/nl.txt and en.txt (entries only, in file order); keep them equal:
// a test in WordListRuleTests compares them.
//
// Trimmed from the "List of Dirty, Naughty, Obscene, and Otherwise Bad Words" (LDNOOBW),
// © LDNOOBW contributors, licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/),
// https://github.com/LDNOOBW/List-of-Dirty-Naughty-Obscene-and-Otherwise-Bad-Words.
// What was changed, and why, is in Plugins/WordListRule/README.md.

/// The word lists built into the rule, by name.
enum StarterLists {
    /// Every starter list by the name ``WordListMatcher/Options/starterLists`` uses.
    static let all: [String: [String]] = ["nl": nl, "en": en]

    /// Dutch: LDNOOBW's list without the ordinary words, with three entries corrected and two made stems.
    static let nl = [
        "afberen", "aflebberen", "afrukken", "afwerkplaats", "afzeiken", "bagger schijten", "befborstel", "beffen", "besodemieterd", "besodemieteren",
        "boerelul", "boerenpummel", "bokkelul", "botergeil", "da's kloten van de bok", "de hoer spelen", "dombo", "draaikont", "drol", "drooggeiler",
        "droogkloot", "een nummertje maken", "een wip maken", "eikel", "engerd", "flamoes", "flikker", "galbak", "geilneef", "gesodemieter",
        "godverdomme", "gratenkut", "greppeldel", "hoempert", "hoer", "hoerenbuurt", "hoerenloper", "hoerig", "hufter", "kettingzeug", "klaarkomen",
        "klerebeer", "klojo", "klootoog", "klootzak", "klote*", "kontneuken", "krentekakker", "kut*", "kuttelikkertje", "liefdesgrot", "lul",
        "lul-de-behanger", "lulhannes", "lummel", "mafketel", "matennaaier", "neuken", "neukstier", "oetlul", "opgeilen", "opkankeren", "oprotten",
        "opsodemieteren", "op z'n hondjes", "op z'n sodemieter geven", "opzouten", "ouwehoer", "ouwe rukker", "paardelul", "pijpbekkie",
        "pleurislaaier", "portiekslet", "reet", "reetridder", "rothoer", "rotzak", "rukhond", "schijt", "schijten", "schoft", "shit", "slet",
        "sletterig", "slik mijn zaad", "snol", "standje-69", "stoephoer", "stront", "tapijtnek", "teef", "temeier", "teringlijer", "triootje",
        "trottoirteef", "verkloten", "verneuken", "viespeuk", "vingeren", "vleesroos", "voor jan lul", "wijf", "zakkenwasser", "zeiken", "zeiker",
        "zuiplap",
    ]

    /// English: LDNOOBW's list without the words that are harmless in Dutch or everyday text.
    static let en = [
        "2g1c", "2 girls 1 cup", "acrotomophilia", "alabama hot pocket", "alaskan pipeline", "anal", "anilingus", "apeshit", "arsehole", "ass",
        "asshole", "assmunch", "auto erotic", "autoerotic", "babeland", "baby batter", "baby juice", "ball gag", "ball gravy", "ball kicking",
        "ball licking", "ball sack", "ball sucking", "bangbros", "bangbus", "bareback", "barely legal", "barenaked", "bastard", "bastardo",
        "bastinado", "bbw", "bdsm", "beaner", "beaners", "beaver cleaver", "beaver lips", "beastiality", "bestiality", "big breasts", "big knockers",
        "big tits", "bimbos", "birdlock", "bitch", "bitches", "black cock", "blonde action", "blonde on blonde action", "blowjob", "blow job",
        "blow your load", "blue waffle", "blumpkin", "bollocks", "bondage", "boner", "boob", "boobs", "booty call", "brown showers",
        "brunette action", "bukkake", "bulldyke", "bullet vibe", "bullshit", "bung hole", "bunghole", "busty", "butt", "buttcheeks", "butthole",
        "camel toe", "camgirl", "camslut", "camwhore", "carpet muncher", "carpetmuncher", "chocolate rosebuds", "cialis", "circlejerk",
        "cleveland steamer", "clit", "clover clamps", "clusterfuck", "cock", "cocks", "coprolagnia", "coprophilia", "cornhole", "coon", "coons",
        "creampie", "cumming", "cumshot", "cumshots", "cunnilingus", "cunt", "darkie", "date rape", "daterape", "deep throat", "deepthroat",
        "dendrophilia", "dildo", "dingleberry", "dingleberries", "dirty pillows", "dirty sanchez", "doggie style", "doggiestyle", "doggy style",
        "doggystyle", "dog style", "dolcett", "dominatrix", "dommes", "donkey punch", "double dong", "double penetration", "dp action", "dry hump",
        "dvda", "eat my ass", "ecchi", "ejaculation", "erotic", "erotism", "eunuch", "fag", "faggot", "felch", "fellatio", "feltch",
        "female squirting", "femdom", "figging", "fingerbang", "fingering", "fisting", "foot fetish", "footjob", "frotting", "fuck", "fuck buttons",
        "fuckin", "fucking", "fucktards", "fudge packer", "fudgepacker", "futanari", "gangbang", "gang bang", "gay sex", "giant cock", "girl on top",
        "girls gone wild", "goatcx", "goatse", "god damn", "gokkun", "golden shower", "goodpoop", "goo girl", "goregasm", "grope", "group sex",
        "g-spot", "guro", "hand job", "handjob", "hentai", "homoerotic", "honkey", "hooker", "horny", "hot carl", "hot chick", "how to kill",
        "how to murder", "humping", "incest", "intercourse", "jack off", "jail bait", "jailbait", "jerk off", "jigaboo", "jiggaboo", "jiggerboo",
        "jizz", "juggs", "kike", "kinbaku", "kinkster", "kinky", "knobbing", "leather restraint", "leather straight jacket", "lemon party", "livesex",
        "lolita", "make me come", "male squirting", "masturbate", "masturbating", "masturbation", "menage a trois", "milf", "missionary position",
        "mong", "motherfucker", "mound of venus", "mr hands", "muff diver", "muffdiving", "nambla", "nawashi", "negro", "neonazi", "nigga", "nigger",
        "nig nog", "nimphomania", "nsfw", "nsfw images", "nude", "nudity", "nutten", "nympho", "nymphomania", "octopussy", "omorashi",
        "one cup two girls", "one guy one jar", "orgasm", "orgy", "paedophile", "paki", "panties", "pedobear", "pedophile", "pegging", "phone sex",
        "piece of shit", "pikey", "pissing", "piss pig", "pisspig", "pleasure chest", "pole smoker", "ponyplay", "poof", "poon", "poontang", "punany",
        "poop chute", "poopchute", "porn", "porno", "pornography", "prince albert piercing", "pthc", "pubes", "pussy", "queaf", "queef", "quim",
        "raghead", "raging boner", "rape", "raping", "rapist", "reverse cowgirl", "rimjob", "rimming", "rosy palm", "rosy palm and her 5 sisters",
        "rusty trombone", "sadism", "scat", "schlong", "scissoring", "sex", "sexcam", "sexo", "shaved beaver", "shaved pussy", "shemale", "shibari",
        "shit", "shitblimp", "shitty", "shota", "shrimping", "skeet", "slanteye", "slut", "s&m", "smut", "snatch", "snowballing", "sodomize",
        "sodomy", "spastic", "spic", "splooge", "splooge moose", "spooge", "spread legs", "spunk", "strap on", "strapon", "strappado", "strip club",
        "style doggy", "suicide girls", "sultry women", "swastika", "swinger", "tea bagging", "threesome", "throating", "thumbzilla", "tit", "tits",
        "titties", "titty", "topless", "tosser", "towelhead", "tranny", "tribadism", "tub girl", "tubgirl", "tushy", "twat", "twink",
        "two girls one cup", "undressing", "upskirt", "urethra play", "urophilia", "venus mound", "viagra", "vibrator", "violet wand", "vorarephilia",
        "voyeur", "voyeurweb", "voyuer", "wank", "wetback", "wet dream", "white power", "whore", "worldsex", "wrapping men", "wrinkled starfish",
        "yaoi", "yellow showers", "yiffy", "zoophilia", "🖕",
    ]
}
