import CasebookSupport

/// The cover of the book.
public struct BookCover: Sendable, Encodable {
    /// The line above the title.
    public let kicker: String
    /// The title.
    public let title: String
    /// The subtitle.
    public let subtitle: String
    /// The numbers of cases and regions, as a sentence.
    public let counts: String
    /// The years covered; absent without any.
    public let years: String?
    /// The publisher; absent when neither the book nor site.yaml names one.
    public let publisher: String?

    /// Stores each field as given; the page builders compute them.
    public init(kicker: String, title: String, subtitle: String, counts: String, years: String? = nil, publisher: String? = nil) {
        self.kicker = kicker
        self.title = title
        self.subtitle = subtitle
        self.counts = counts
        self.years = years
        self.publisher = publisher
    }
}
