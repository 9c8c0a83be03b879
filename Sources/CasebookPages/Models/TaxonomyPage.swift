/// The terms of one taxonomy (`taxonomy`).
public struct TaxonomyPage: Sendable, Encodable {
    /// The taxonomy.
    public let heading: String
    /// Its terms.
    public let terms: [TermCount]
    /// What is counted.
    public let countUnit: String

    /// Stores each field as given; the page builders compute them.
    public init(heading: String, terms: [TermCount], countUnit: String) {
        self.heading = heading
        self.terms = terms
        self.countUnit = countUnit
    }
}
