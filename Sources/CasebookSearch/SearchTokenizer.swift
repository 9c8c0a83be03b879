import Foundation

/// Receives the tokens of a text, in order.
protocol TokenSink {
    /// A CJK character or bigram, as a `SearchKey`.
    mutating func cjk(_ key: UInt64)
    /// A lower-cased word of letters and digits.
    mutating func word(_ word: String)
}

/// Cuts text into search tokens: NFKC-normalised and lower-cased, CJK runs into single characters and
/// bigrams, everything else into words of letters and digits. `search.js` cuts queries by the same
/// rules (`tokenize` there), so the two must change together.
///
/// It reads UTF-8 bytes and classifies each scalar through a table, since it runs over every byte
/// of every body; rendered HTML is read in place, skipping tags and entities.
struct SearchTokenizer {
    /// Words longer than this many scalars are cut to it (long code or hashes would bloat the index).
    static let maxWordLength = 32

    /// Per-scalar NFKC + lower-case mappings of the rare scalars that need Foundation.
    private var mappings: [UInt32: [UInt32]] = [:]
    private var word: [UInt8] = []
    private var wordLength = 0
    private var previousCJK: UInt32 = 0
    /// Whether the text was normalised as a whole, so combining marks left in it are separators.
    private var normalised = false

    /// Feeds every token of `text` to `sink`; `html` skips tags and decodes entities.
    mutating func scan<Sink: TokenSink>(_ text: String, html: Bool = false, into sink: inout Sink) {
        var text = text
        normalised = false
        if !text.withUTF8({ scan($0, html: html, into: &sink) }) {
            // A combining mark composes with the scalar before it: normalise the whole text first.
            var whole = text.precomposedStringWithCompatibilityMapping.lowercased()
            normalised = true
            _ = whole.withUTF8 { scan($0, html: html, into: &sink) }
        }
    }

    /// False when the text holds a combining mark and must be normalised as a whole first.
    private mutating func scan<Sink: TokenSink>(_ bytes: UnsafeBufferPointer<UInt8>, html: Bool, into sink: inout Sink) -> Bool {
        word.removeAll(keepingCapacity: true)
        wordLength = 0
        previousCJK = 0
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if html, byte == UInt8(ascii: "<") {
                    index = skipTag(bytes, from: index, into: &sink)
                    continue
                }
                if html, byte == UInt8(ascii: "&") {
                    let (value, next) = HTMLText.entity(bytes, at: index)
                    index = next
                    if !feed(value, into: &sink) { return false }
                    continue
                }
                feedASCII(byte, into: &sink)
                index += 1
                continue
            }
            let value: UInt32
            if byte < 0xE0 {
                value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else if byte < 0xF0 {
                value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                value =
                    UInt32(byte & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                    | UInt32(bytes[index + 3] & 0x3F)
                index += 4
            }
            if !feed(value, into: &sink) { return false }
        }
        endWord(into: &sink)
        return true
    }

    /// Skips the tag at `start`; a tag that is not inline ends the current word and CJK run.
    private mutating func skipTag<Sink: TokenSink>(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into sink: inout Sink) -> Int {
        var end = start + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: ">") { end += 1 }
        if !HTMLText.isInlineTag(UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end])) { separate(into: &sink) }
        return min(bytes.count, end + 1)
    }

    @inline(__always)
    private mutating func feedASCII<Sink: TokenSink>(_ byte: UInt8, into sink: inout Sink) {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): appendWord(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): appendWord(byte + 0x20)
        default: separate(into: &sink)
        }
    }

    /// Feeds one scalar; false for a combining mark.
    @inline(__always)
    private mutating func feed<Sink: TokenSink>(_ value: UInt32, into sink: inout Sink) -> Bool {
        if value < 0x80 {
            feedASCII(UInt8(value), into: &sink)
            return true
        }
        switch ScalarClass.of(value) {
        case .cjk:
            endWord(into: &sink)
            sink.cjk(SearchKey.unigram(value))
            if previousCJK != 0 { sink.cjk(SearchKey.bigram(previousCJK, value)) }
            previousCJK = value
        case .word:
            appendWord(value)
        case .separator:
            separate(into: &sink)
        case .fullWidth:
            // Full-width ASCII (ＯＰＣ，２０２２): NFKC maps each to its ASCII twin.
            feedASCII(UInt8(value - 0xFEE0), into: &sink)
        case .mapped:
            for mapped in mapping(of: value) {
                if mapped == value {
                    feedStable(value, into: &sink)
                } else if !feed(mapped, into: &sink) {
                    return false
                }
            }
        case .combining:
            if !normalised { return false }
            separate(into: &sink)
        }
        return true
    }

    /// A scalar that NFKC and lower-casing leave as it is (only case folding would change it).
    private mutating func feedStable<Sink: TokenSink>(_ value: UInt32, into sink: inout Sink) {
        if let scalar = Unicode.Scalar(value), ScalarClass.isWordCategory(scalar.properties.generalCategory) {
            appendWord(value)
        } else {
            separate(into: &sink)
        }
    }

    @inline(__always)
    private mutating func separate<Sink: TokenSink>(into sink: inout Sink) {
        previousCJK = 0
        endWord(into: &sink)
    }

    @inline(__always)
    private mutating func appendWord(_ byte: UInt8) {
        previousCJK = 0
        guard wordLength < Self.maxWordLength else { return }
        word.append(byte)
        wordLength += 1
    }

    private mutating func appendWord(_ value: UInt32) {
        previousCJK = 0
        guard wordLength < Self.maxWordLength, let scalar = Unicode.Scalar(value) else { return }
        word.append(contentsOf: String(scalar).utf8)
        wordLength += 1
    }

    @inline(__always)
    private mutating func endWord<Sink: TokenSink>(into sink: inout Sink) {
        guard wordLength > 0 else { return }
        sink.word(String(decoding: word, as: UTF8.self))
        word.removeAll(keepingCapacity: true)
        wordLength = 0
    }

    private mutating func mapping(of value: UInt32) -> [UInt32] {
        if let known = mappings[value] { return known }
        let mapped =
            Unicode.Scalar(value).map {
                String(Character($0)).precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars.map(\.value)
            } ?? []
        mappings[value] = mapped
        return mapped
    }
}
