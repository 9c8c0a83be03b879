/// One entry of the main navigation.
public struct NavLink: Sendable, Encodable {
    /// The text shown.
    public let label: String
    /// The link, root prefix included.
    public let url: String
    /// Whether it leads to the page shown (or its section).
    public let current: Bool

    public init(label: String, url: String, current: Bool) {
        self.label = label
        self.url = url
        self.current = current
    }
}
