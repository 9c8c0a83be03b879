/// The 404 page (`404`).
public struct NotFoundPage: Sendable, Encodable {
    /// Always true.
    public let notFound: Bool

    /// Stores each field as given; the page builders compute them.
    public init(notFound: Bool) {
        self.notFound = notFound
    }
}
