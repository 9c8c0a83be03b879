import CasebookContent

/// A term of a taxonomy with its number of entries.
public struct TermCount: Sendable, Encodable {
    /// The term.
    public let label: String
    /// Its list, after `root`.
    public let href: String
    /// Its cases (or regions, for awards).
    public let count: Int

    /// Stores each field as given; the page builders compute them.
    public init(label: String, href: String, count: Int) {
        self.label = label
        self.href = href
        self.count = count
    }
}
