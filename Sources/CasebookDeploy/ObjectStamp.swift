/// What Casebook writes into each object's metadata (`x-amz-meta-casebook-md5` and
/// `x-amz-meta-casebook-headers`), and so what tells its objects from others: the MD5 of the
/// file and a digest of the headers it was stored with.
public struct ObjectStamp: Sendable, Hashable, Codable {
    /// Lower-case hex MD5 of the file as built.
    public var md5: String
    /// The digest of the headers the object was stored with, so a change of policy re-uploads.
    public var headers: String

    /// A stamp of these digests.
    public init(md5: String, headers: String) {
        self.md5 = md5
        self.headers = headers
    }

    static let md5Header = "x-amz-meta-casebook-md5"
    static let headersHeader = "x-amz-meta-casebook-headers"

    /// The stamp in a HeadObject answer; nil for an object Casebook did not write.
    init?(responseHeaders: [String: String]) {
        guard let md5 = responseHeaders[Self.md5Header], let headers = responseHeaders[Self.headersHeader] else { return nil }
        self.init(md5: md5, headers: headers)
    }
}
