/// How much a form may hold before it is refused as a zip bomb or an oversized attachment.
public struct FormLimits: Sendable {
    /// The most entries a package may list.
    public var entries = 2_000
    /// The most bytes all the entries read may unpack to.
    public var unpackedBytes = 200 * 1024 * 1024
    /// The largest image taken into the site.
    public var imageBytes = 10 * 1024 * 1024
    /// The largest file accepted at all.
    public var fileBytes = 100 * 1024 * 1024

    /// The limits used by `casebook import form`.
    public static let standard = FormLimits()

    /// Limits as given, for tests that must not build huge files.
    public init(entries: Int = 2_000, unpackedBytes: Int = 200 * 1024 * 1024, imageBytes: Int = 10 * 1024 * 1024, fileBytes: Int = 100 * 1024 * 1024) {
        self.entries = entries
        self.unpackedBytes = unpackedBytes
        self.imageBytes = imageBytes
        self.fileBytes = fileBytes
    }

    /// A size for messages: `200 MiB`, `195 KiB`.
    static func describe(_ bytes: Int) -> String {
        bytes >= 1024 * 1024 ? "\(bytes / 1024 / 1024) MiB" : "\(max(1, bytes / 1024)) KiB"
    }
}
