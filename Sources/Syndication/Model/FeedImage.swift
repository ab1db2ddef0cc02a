/// A feed's image (RSS `channel/image`): a logo with a caption and the page it links to.
public struct FeedImage: Sendable, Hashable, Codable {
    /// The image itself, resolved.
    public var url: String?
    /// Its caption (RSS requires it to match the channel title; it rarely does).
    public var title: String?
    /// The page the image links to.
    public var link: String?
    /// Width and height in pixels, when the feed gave numbers.
    public var width: Int?
    /// Height in pixels.
    public var height: Int?
    /// A tooltip text.
    public var description: String?

    /// Creates an image.
    public init(url: String? = nil, title: String? = nil, link: String? = nil) {
        self.url = url
        self.title = title
        self.link = link
    }
}
