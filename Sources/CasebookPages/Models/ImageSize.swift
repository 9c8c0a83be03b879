/// The pixel size of an image, for its `width` and `height` attributes.
public struct ImageSize: Sendable, Encodable {
    /// The width in pixels.
    public let width: Int
    /// The height in pixels.
    public let height: Int

    /// Stores each field as given; the page builders compute them.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}
