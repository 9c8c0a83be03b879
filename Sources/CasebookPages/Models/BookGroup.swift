/// A group of cases of one year (by enterprise type).
public struct BookGroup: Sendable, Encodable {
    /// The anchor.
    public let id: String
    /// The heading.
    public let heading: String
    /// Its named page style.
    public let sheet: String
    /// The cases.
    public let cases: [BookCase]

    /// Stores each field as given; the page builders compute them.
    public init(id: String, heading: String, sheet: String, cases: [BookCase]) {
        self.id = id
        self.heading = heading
        self.sheet = sheet
        self.cases = cases
    }
}
