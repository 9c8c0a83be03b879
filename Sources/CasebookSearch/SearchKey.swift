/// Compact keys for CJK tokens: a single character is its scalar value, a bigram sets the top bit and
/// packs both scalars (21 bits each).
enum SearchKey {
    static let bigramFlag: UInt64 = 1 << 63

    /// Han, kana and Hangul: the scripts written without spaces, indexed by characters and bigrams.
    /// search.js `isCJK` lists the same ranges.
    @inline(__always)
    static func isCJK(_ value: UInt32) -> Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3040...0x30FF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        default: false
        }
    }

    @inline(__always) static func unigram(_ value: UInt32) -> UInt64 { UInt64(value) }

    @inline(__always) static func bigram(_ first: UInt32, _ second: UInt32) -> UInt64 {
        bigramFlag | UInt64(first) << 21 | UInt64(second)
    }

    /// The token text of a key, as it appears in the shard files.
    static func text(of key: UInt64) -> String {
        var scalars = String.UnicodeScalarView()
        if key & bigramFlag != 0 {
            scalars.append(scalar(UInt32((key >> 21) & 0x1F_FFFF)))
        }
        scalars.append(scalar(UInt32(key & 0x1F_FFFF)))
        return String(scalars)
    }

    /// Keys are built from valid scalars only; the replacement character is never reached.
    private static func scalar(_ value: UInt32) -> Unicode.Scalar { Unicode.Scalar(value) ?? "\u{FFFD}" }
}
