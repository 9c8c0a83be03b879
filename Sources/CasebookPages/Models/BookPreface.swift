/// The preface of the book.
public struct BookPreface: Sendable, Encodable {
    /// The heading.
    public let heading: String
    /// The rendered Markdown (HTML).
    public let body: String
    /// Its named page style.
    public let sheet: String

    /// Stores each field as given; the page builders compute them.
    public init(heading: String, body: String, sheet: String) {
        self.heading = heading
        self.body = body
        self.sheet = sheet
    }
}
