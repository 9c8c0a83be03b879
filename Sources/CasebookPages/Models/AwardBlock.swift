import CasebookContent

/// One award of one year and its holders.
public struct AwardBlock: Sendable, Encodable {
    /// The award.
    public let label: String
    /// The award's list, after `root`.
    public let href: String
    /// Its holders in official order.
    public let entries: [AwardEntry]
    /// The number of holders.
    public let count: Int

    /// Stores each field as given; the page builders compute them.
    public init(label: String, href: String, entries: [AwardEntry], count: Int) {
        self.label = label
        self.href = href
        self.entries = entries
        self.count = count
    }
}
