/// One year of cases in the book.
public struct BookPart: Sendable, Encodable {
    /// The anchor.
    public let id: String
    /// The heading.
    public let heading: String
    /// Its named page style (its first group's).
    public let sheet: String
    /// The groups of cases.
    public let groups: [BookGroup]

    /// Stores each field as given; the page builders compute them.
    public init(id: String, heading: String, sheet: String, groups: [BookGroup]) {
        self.id = id
        self.heading = heading
        self.sheet = sheet
        self.groups = groups
    }
}
