/// The 404 page (`404`).
public struct NotFoundPage: Sendable, Encodable {
    /// Always true.
    public let notFound: Bool

    public init(notFound: Bool) {
        self.notFound = notFound
    }
}
