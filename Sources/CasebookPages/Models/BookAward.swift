import CasebookContent

/// One award of one year and its holders, as one line.
public struct BookAward: Sendable, Encodable {
    /// The award.
    public let label: String
    /// The holders in official order, with ranks.
    public let units: String
    /// The number of holders.
    public let count: String

    /// Stores each field as given; the page builders compute them.
    public init(label: String, units: String, count: String) {
        self.label = label
        self.units = units
        self.count = count
    }
}
