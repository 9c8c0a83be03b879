import CasebookContent

/// One step of the breadcrumb trail above a case or unit page.
public struct Crumb: Sendable, Encodable {
    /// The text shown.
    public let label: String
    /// The link, root prefix included.
    public let href: String
    /// Whether it is the page itself (shown as text, not a link).
    public let current: Bool

    /// Stores each field as given; the page builders compute them.
    public init(label: String, href: String, current: Bool) {
        self.label = label
        self.href = href
        self.current = current
    }
}
