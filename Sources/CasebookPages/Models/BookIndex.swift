/// The back-matter indexes of the book.
public struct BookIndex: Sendable, Encodable {
    /// The heading.
    public let heading: String
    /// Its named page style.
    public let sheet: String
    /// By unit, then by industry.
    public let lists: [IndexList]

    /// Stores each field as given; the page builders compute them.
    public init(heading: String, sheet: String, lists: [IndexList]) {
        self.heading = heading
        self.sheet = sheet
        self.lists = lists
    }
}
