import Crypto
import Foundation

/// The stored headers of one object.
public struct ObjectHeaders: Sendable, Hashable {
    /// The `Content-Type`: by extension, with `charset=utf-8` for text, unless a matcher says otherwise.
    public var contentType: String
    /// The `Cache-Control`, one of the policy's three or a matcher's own.
    public var cacheControl: String
    /// Stored gzip-compressed with `Content-Encoding: gzip`.
    public var gzip: Bool

    /// Headers with these values.
    public init(contentType: String, cacheControl: String, gzip: Bool) {
        self.contentType = contentType
        self.cacheControl = cacheControl
        self.gzip = gzip
    }

    /// A short digest of the three, stored in the object's metadata, so a change of policy re-uploads.
    public var digest: String {
        let text = "\(contentType)\n\(cacheControl)\n\(gzip ? "gzip" : "identity")"
        return String(SigV4Signer.sha256Hex(Data(text.utf8)).prefix(16))
    }

    /// The request headers of a PutObject carrying a file with this MD5.
    func request(md5: String) -> [(name: String, value: String)] {
        var list: [(name: String, value: String)] = [("Content-Type", contentType), ("Cache-Control", cacheControl)]
        if gzip { list.append(("Content-Encoding", "gzip")) }
        list.append((ObjectStamp.md5Header, md5))
        list.append((ObjectStamp.headersHeader, digest))
        return list
    }
}
