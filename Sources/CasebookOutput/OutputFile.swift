/// One file of the built site, in memory.
public struct OutputFile: Sendable, Hashable {
    /// Path relative to the output folder.
    public let path: String
    /// The file's content.
    public let bytes: [UInt8]

    /// A file of the given bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// A file of `text` in UTF-8.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
