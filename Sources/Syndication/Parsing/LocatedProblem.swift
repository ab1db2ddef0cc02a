/// A recoverable problem and the line it was found on, before it is written into ``ParsedFeed/problems``.
struct LocatedProblem: Hashable {
    var message: String
    var line: Int?
}
