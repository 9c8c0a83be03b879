/// The links between the pages of a long list (`pagination`).
public struct Pagination: Sendable, Encodable {
    /// The first, last and nearby pages, with gaps between.
    public let items: [PageLink]
    /// The number of this page.
    public let page: Int
    /// The number of pages.
    public let count: Int
    /// The previous page, after `root`; absent on the first.
    public let prev: String?
    /// The next page, after `root`; absent on the last.
    public let next: String?

    /// Stores each field as given; the page builders compute them.
    public init(items: [PageLink], page: Int, count: Int, prev: String? = nil, next: String? = nil) {
        self.items = items
        self.page = page
        self.count = count
        self.prev = prev
        self.next = next
    }
}
