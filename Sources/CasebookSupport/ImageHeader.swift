import Foundation

/// The pixel size of a PNG, JPEG, GIF or WebP image, read from the first bytes of its file, so that
/// pages can reserve the image's room before it loads.
public struct ImageHeader: Sendable, Hashable, Codable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int

    /// File extensions of the images whose size can be read.
    package static let extensions: Set<String> = ["png", "jpg", "jpeg", "gif", "webp"]

    /// The size of the image in `bytes`, or nil when they are not a PNG, JPEG, GIF or WebP header.
    public init?(_ bytes: [UInt8]) {
        guard let (width, height) = Self.size(bytes), width > 0, height > 0 else { return nil }
        self.width = width
        self.height = height
    }

    /// Width and height as the format's header gives them.
    private static func size(_ bytes: [UInt8]) -> (Int, Int)? {
        func be16(_ at: Int) -> Int { Int(bytes[at]) << 8 | Int(bytes[at + 1]) }
        func le16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func be32(_ at: Int) -> Int { be16(at) << 16 | be16(at + 2) }
        func le24(_ at: Int) -> Int { le16(at) | Int(bytes[at + 2]) << 16 }
        func starts(_ text: String, at: Int = 0) -> Bool {
            let ascii = Array(text.utf8)
            return bytes.count >= at + ascii.count && Array(bytes[at..<at + ascii.count]) == ascii
        }
        if bytes.count >= 24, bytes[0] == 0x89, starts("PNG", at: 1) { return (be32(16), be32(20)) }
        if bytes.count >= 10, starts("GIF8") { return (le16(6), le16(8)) }
        if bytes.count >= 30, starts("RIFF"), starts("WEBP", at: 8) {
            if starts("VP8 ", at: 12) { return (le16(26) & 0x3FFF, le16(28) & 0x3FFF) }
            if starts("VP8L", at: 12) {
                let bits = Int(bytes[21]) | Int(bytes[22]) << 8 | Int(bytes[23]) << 16 | Int(bytes[24]) << 24
                return ((bits & 0x3FFF) + 1, (bits >> 14 & 0x3FFF) + 1)
            }
            if starts("VP8X", at: 12) { return (le24(24) + 1, le24(27) + 1) }
            return nil
        }
        if bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 { return jpegSize(bytes) }
        return nil
    }

    /// The size in a JPEG's first start-of-frame segment.
    private static func jpegSize(_ bytes: [UInt8]) -> (Int, Int)? {
        var at = 2
        while at + 9 < bytes.count {
            guard bytes[at] == 0xFF else { return nil }
            let marker = bytes[at + 1]
            if marker == 0xFF {
                at += 1
                continue
            }
            let length = Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                return (Int(bytes[at + 7]) << 8 | Int(bytes[at + 8]), Int(bytes[at + 5]) << 8 | Int(bytes[at + 6]))
            }
            at += 2 + length
        }
        return nil
    }

    /// The size of the image file at `path`, reading at most its first 64 KB; nil when it is not a known image.
    public static func read(path: String) -> ImageHeader? {
        guard extensions.contains(Paths.fileExtension(of: path)), let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 65_536) else { return nil }
        return ImageHeader([UInt8](data))
    }
}
