/// An object as ListObjectsV2 shows it.
public struct RemoteObject: Sendable, Hashable {
    /// The full key, the target's prefix included.
    public var key: String
    /// Bytes as stored (compressed, for a gzip object).
    public var size: Int
    /// The ETag without quotes; an identity of the stored bytes, not an MD5 (multipart uploads differ).
    public var etag: String

    /// An object with this key, size and ETag.
    public init(key: String, size: Int, etag: String) {
        self.key = key
        self.size = size
        self.etag = etag
    }
}
