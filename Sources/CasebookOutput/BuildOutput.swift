/// What a build writes: generated files, and files copied as they are from the site folder.
public struct BuildOutput: Sendable {
    /// A file copied byte for byte.
    public struct Copy: Sendable, Hashable {
        /// Path relative to the site folder (`content/media/a.jpg`).
        public let source: String
        /// Path relative to the output folder (`media/a.jpg`).
        public let path: String

        /// A copy of `source` to `path`.
        package init(source: String, path: String) {
            self.source = source
            self.path = path
        }
    }

    /// Generated files, sorted by path.
    public let files: [OutputFile]
    /// Media to copy from the site folder, sorted by path.
    public let copies: [Copy]
    /// The key each page was made under, by path; a later render given this output as `previous`
    /// keeps the pages whose key is unchanged.
    public let keys: [String: PageKey]

    /// The output of these files, copies and page keys.
    package init(files: [OutputFile], copies: [Copy], keys: [String: PageKey]) {
        self.files = files
        self.copies = copies
        self.keys = keys
    }

    /// Number of HTML pages.
    public var pageCount: Int { files.filter { $0.path.hasSuffix(".html") }.count }
}
