/// The settings of site.yaml that pages show, as `site.title` and so on.
public struct SiteInfo: Sendable, Encodable {
    /// The site title.
    public let title: String
    /// The site's name in the header: its `short_title`, else its title.
    public let brand: String
    /// The site description; absent when site.yaml has none.
    public let description: String?
    /// The ICP filing number; absent when there is none.
    public let icp: String?
    /// The copyright holder; absent when there is none.
    public let copyright: String?

    /// Stores each field as given; the page builders compute them.
    public init(title: String, brand: String? = nil, description: String? = nil, icp: String? = nil, copyright: String? = nil) {
        self.title = title
        self.brand = brand ?? title
        self.description = description
        self.icp = icp
        self.copyright = copyright
    }
}
