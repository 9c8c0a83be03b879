/// One file of the output folder as it will be stored.
public struct LocalFile: Sendable, Hashable {
    /// Path relative to the output folder (`cases/a/index.html`).
    public var path: String
    /// The object key: the target's prefix and the path.
    public var key: String
    /// Bytes as built, before any gzip.
    public var size: Int
    /// Lower-case hex MD5 of the file's bytes.
    public var md5: String
    /// The Content-Type, Cache-Control and gzip the object is stored with.
    public var headers: ObjectHeaders
    /// When it goes up, so no page links to a file that is not there yet.
    public var phase: UploadPhase

    /// A file with these properties.
    public init(path: String, key: String, size: Int, md5: String, headers: ObjectHeaders) {
        self.path = path
        self.key = key
        self.size = size
        self.md5 = md5
        self.headers = headers
        phase = UploadPhase(path: path)
    }

    /// The stamp this file carries once stored.
    public var stamp: ObjectStamp { ObjectStamp(md5: md5, headers: headers.digest) }
}
