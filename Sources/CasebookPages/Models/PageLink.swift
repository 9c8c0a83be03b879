/// One item of the pagination: a page, or a gap between pages.
public struct PageLink: Sendable, Encodable {
    /// Whether this is a gap (…) rather than a page.
    public let gap: Bool
    /// The page number; absent for a gap.
    public let number: Int?
    /// The page, after `root`; absent for a gap.
    public let href: String?
    /// Whether it is the page shown.
    public let current: Bool

    /// Stores each field as given; the page builders compute them.
    public init(gap: Bool, number: Int? = nil, href: String? = nil, current: Bool) {
        self.gap = gap
        self.number = number
        self.href = href
        self.current = current
    }
}
