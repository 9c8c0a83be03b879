import CasebookContent

/// One entry of the main navigation.
public struct NavLink: Sendable, Encodable {
    /// The text shown.
    public let label: String
    /// The link, root prefix included.
    public let url: String
    /// Whether it leads to the page shown (or its section).
    public let current: Bool
    /// Whether it is hidden from the one-row header at 1024 px (it is behind 「更多」 there).
    public var extra: Bool

    /// Stores each field as given; the page builders compute them.
    public init(label: String, url: String, current: Bool, extra: Bool = false) {
        self.label = label
        self.url = url
        self.current = current
        self.extra = extra
    }
}
