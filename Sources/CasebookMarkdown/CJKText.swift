/// Character classes behind the two CJK corrections, and UTF-8 decoding at the edges of byte runs.
enum CJKText {
    /// Full-width and CJK punctuation (all of it CommonMark punctuation), next to which CommonMark refuses
    /// emphasis that Chinese writers expect: `**高度重视，**并且`, `**「引号」**后文`.
    static func isPunctuation(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3001...0x3003, 0x3008...0x3011, 0x3014...0x301F, 0x3030, 0x303D, 0x30A0, 0x30FB:
            true // 、。〃 〈〉《》「」『』【】 〔〕〖〗〘〙〚〛〜〝〞〟 〰 〽 ゠ ・
        case 0xFF01...0xFF03, 0xFF05...0xFF0A, 0xFF0C...0xFF0F, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF20,
            0xFF3B...0xFF3D, 0xFF3F, 0xFF5B, 0xFF5D, 0xFF5F...0xFF65:
            true // ！＂＃ ％＆＇（）＊ ，－．／ ：；？＠ ［＼］＿ ｛｝ ｟｠｡｢｣､･
        case 0xFE10...0xFE19, 0xFE30...0xFE52, 0xFE54...0xFE61, 0xFE63, 0xFE68, 0xFE6A, 0xFE6B:
            true // vertical, compatibility and small forms
        case 0x00B7, 0x2014, 0x2015, 0x2018...0x201F, 0x2025, 0x2026:
            true // · — ― ‘’‚‛“”„‟ ‥ … as typed by Chinese input methods
        default:
            false
        }
    }

    /// Whether CommonMark counts `scalar` as neither whitespace nor punctuation (a "letter" for flanking).
    static func isWordLike(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 {
            let byte = UInt8(scalar)
            return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }
        if isPunctuation(scalar) { return false }
        if isWide(scalar) { return scalar != 0x3000 } // the common case, without a Unicode property lookup
        guard let value = Unicode.Scalar(scalar) else { return false }
        switch value.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator,
            .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return false
        default:
            return true
        }
    }

    /// Han, kana, bopomofo, CJK punctuation and full-width forms: text written without spaces between words.
    /// Hangul is left out on purpose, since Korean separates words with spaces.
    static func isWide(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2E80...0x2FDF, 0x2FF0...0x30FF, 0x3100...0x312F, 0x3190...0x33FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFE10...0xFE1F, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFF:
            true
        default:
            false
        }
    }

    /// Han, kana, Hangul, bopomofo, CJK punctuation and full-width forms: where the emphasis correction applies.
    static func isCJK(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7FF: true // Hangul
        default: isWide(scalar)
        }
    }

    /// The number of UTF-8 bytes that encode `scalar`.
    static func utf8Length(_ scalar: UInt32) -> Int {
        switch scalar {
        case 0..<0x80: 1
        case 0..<0x800: 2
        case 0..<0x10000: 3
        default: 4
        }
    }

    /// Punctuation shared with Western text (curly quotes, dashes, ellipsis) that joins only next to wide text.
    static func isAmbiguous(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x00B7, 0x2014, 0x2015, 0x2018...0x201F, 0x2025, 0x2026: true
        default: false
        }
    }

    /// Whether a soft line break between `before` and `after` should vanish instead of becoming a space.
    static func joinsAcrossLineBreak(_ before: UInt32, _ after: UInt32) -> Bool {
        if isWide(before) { return isWide(after) || isAmbiguous(after) }
        return isAmbiguous(before) && isWide(after)
    }

    /// The scalar that starts at `index` (which must not be a continuation byte), or nil past the end.
    static func scalar(startingAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard index >= 0, index < bytes.count else { return nil }
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0..<0x80: return UInt32(lead)
        case 0xC0..<0xE0:
            length = 2
            value = UInt32(lead & 0x1F)
        case 0xE0..<0xF0:
            length = 3
            value = UInt32(lead & 0x0F)
        case 0xF0..<0xF8:
            length = 4
            value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return value
    }

    /// The scalar that ends just before `end`, or nil at the start.
    static func scalar(endingBefore end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard end > 0, end <= bytes.count else { return nil }
        var start = end - 1
        while start > 0, end - start < 4, bytes[start] & 0xC0 == 0x80 {
            start -= 1
        }
        return scalar(startingAt: start, in: bytes)
    }
}
