/// The breadcrumb trail (`breadcrumb`): the steps above a case or unit page and their schema.org list.
public struct BreadcrumbTrail: Sendable, Encodable {
    /// The steps, home first, the page itself last.
    public let breadcrumbs: [Crumb]
    /// The schema.org BreadcrumbList as JSON; absent without `base_url`.
    public let breadcrumbJSON: String?

    /// Stores each field as given; the page builders compute them.
    public init(breadcrumbs: [Crumb], breadcrumbJSON: String? = nil) {
        self.breadcrumbs = breadcrumbs
        self.breadcrumbJSON = breadcrumbJSON
    }
}
