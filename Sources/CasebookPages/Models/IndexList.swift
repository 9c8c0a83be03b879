/// One index of the book.
public struct IndexList: Sendable, Encodable {
    /// The anchor.
    public let id: String
    /// The heading.
    public let heading: String
    /// Its entries.
    public let entries: [IndexEntry]

    /// Stores each field as given; the page builders compute them.
    public init(id: String, heading: String, entries: [IndexEntry]) {
        self.id = id
        self.heading = heading
        self.entries = entries
    }
}
