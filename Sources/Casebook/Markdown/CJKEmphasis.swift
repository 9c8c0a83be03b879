import Foundation

/// The CJK emphasis correction, done as a pre-pass over the source so that cmark-gfm itself stays unpatched.
///
/// CommonMark decides whether a `*`, `_` or `~~` run may open or close emphasis from the characters on either
/// side of it ("flanking"). A run between punctuation and a letter works only one way round, so in
/// `本企业**高度重视，**并且` the second `**` cannot close: the rule expects a space after the comma, which
/// Chinese never writes. Where a run touches CJK punctuation on one side and a letter on the other, this pass
/// inserts one invisible marker that makes the run flank on both sides:
///
/// * `*` and `~~` runs get a *letter* marker (a Unicode noncharacter) between the punctuation and the run,
///   which makes the run sit between two letters, where it may open and close (as in `中文**加粗**中文`).
/// * `_` runs get a *punctuation* marker (a rare supplemental punctuation mark) between the run and the
///   letter, because CommonMark never lets `_` act between two letters but lets it act between two marks.
///
/// `CMark` strips both markers from every literal, URL, title and info string after parsing, so none reaches
/// the output. They are not kept out of code spans, code blocks or URLs on purpose: stripping restores those
/// exactly, and a marker next to a `*`, `_` or `~` run never changes how anything but emphasis parses.
struct CJKEmphasis: Sendable {
    /// The source with markers inserted.
    let bytes: [UInt8]
    /// The markers used, none of which occurs in the original source.
    let markers: EmphasisMarkers
    /// Original byte offsets before which a marker was inserted, ascending.
    let insertions: [Int]

    /// The corrected source, or nil when no run needs a marker (the common case, which costs one scan).
    static func prepare(_ source: UnsafeBufferPointer<UInt8>) -> CJKEmphasis? {
        var insertions: [(offset: Int, punctuation: Bool)] = []
        let count = source.count
        guard let base = UnsafeRawPointer(source.baseAddress) else { return nil }
        var index = 0
        while index < count {
            // Skip eight bytes at a time while none of them can be a delimiter.
            if index + 8 <= count, !Self.mayHoldDelimiter(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            let delimiter = source[index]
            guard delimiter == asterisk || delimiter == underscore || delimiter == tilde else {
                index += 1
                continue
            }
            let start = index
            var end = index + 1
            while end < count, source[end] == delimiter { end += 1 }
            index = end
            if delimiter == tilde, end - start != 2 { continue }
            // CJK punctuation is never ASCII: skip runs with ASCII on both sides before decoding anything.
            let byteBefore = start > 0 ? source[start - 1] : 0
            let byteAfter = end < count ? source[end] : 0
            if byteBefore < 0x80, byteAfter < 0x80 { continue }
            if isEscaped(start, in: source) { continue }
            guard let before = CJKText.scalar(endingBefore: start, in: source),
                  let after = CJKText.scalar(startingAt: end, in: source) else { continue }
            if CJKText.isPunctuation(before), CJKText.isWordLike(after) {
                insertions.append(delimiter == underscore ? (end, true) : (start, false))
            } else if CJKText.isPunctuation(after), CJKText.isWordLike(before) {
                insertions.append(delimiter == underscore ? (start, true) : (end, false))
            }
        }
        guard !insertions.isEmpty, let markers = EmphasisMarkers.unused(in: source) else { return nil }

        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + insertions.count * EmphasisMarkers.length)
        var copied = 0
        for insertion in insertions {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[copied..<insertion.offset]))
            bytes.append(contentsOf: insertion.punctuation ? markers.punctuation : markers.word)
            copied = insertion.offset
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[copied..<count]))
        return CJKEmphasis(bytes: bytes, markers: markers, insertions: insertions.map(\.offset))
    }

    /// Whether any of the eight bytes of `word` may be `*`, `_` or `~` (no false negatives).
    private static func mayHoldDelimiter(_ word: UInt64) -> Bool {
        func hasZeroByte(_ value: UInt64) -> Bool {
            (value &- 0x0101_0101_0101_0101) & ~value & 0x8080_8080_8080_8080 != 0
        }
        return hasZeroByte(word ^ 0x2A2A_2A2A_2A2A_2A2A) || hasZeroByte(word ^ 0x5F5F_5F5F_5F5F_5F5F)
            || hasZeroByte(word ^ 0x7E7E_7E7E_7E7E_7E7E)
    }

    /// Whether the byte at `index` follows an odd number of backslashes, making it literal.
    private static func isEscaped(_ index: Int, in source: UnsafeBufferPointer<UInt8>) -> Bool {
        var backslashes = 0
        var cursor = index - 1
        while cursor >= 0, source[cursor] == backslash {
            backslashes += 1
            cursor -= 1
        }
        return backslashes % 2 == 1
    }

    private static let asterisk = UInt8(ascii: "*")
    private static let underscore = UInt8(ascii: "_")
    private static let tilde = UInt8(ascii: "~")
    private static let backslash = UInt8(ascii: "\\")
}

/// The pair of invisible markers of one `CJKEmphasis` pass, and their removal.
struct EmphasisMarkers: Sendable, Hashable {
    /// Encoded length of every marker candidate, in bytes.
    static let length = 3

    /// A scalar CommonMark treats as a letter.
    let word: [UInt8]
    /// A scalar CommonMark treats as punctuation.
    let punctuation: [UInt8]

    /// Noncharacters U+FDD0…U+FDD3: never valid in interchanged text, classed as letters by cmark.
    private static let wordCandidates: [[UInt8]] = (0x90...0x93).map { [0xEF, 0xB7, $0] }
    /// U+2E19 PALM BRANCH, U+2E1B, U+2E1E, U+2E1F (tildes with dots): punctuation nobody types in a case study.
    private static let punctuationCandidates: [[UInt8]] = [0x99, 0x9B, 0x9E, 0x9F].map { [0xE2, 0xB8, $0] }

    /// Markers that do not occur in `source`, or nil in the absurd case that every candidate does.
    static func unused(in source: UnsafeBufferPointer<UInt8>) -> EmphasisMarkers? {
        guard let word = wordCandidates.first(where: { !contains($0, in: source) }),
              let punctuation = punctuationCandidates.first(where: { !contains($0, in: source) }) else { return nil }
        return EmphasisMarkers(word: word, punctuation: punctuation)
    }

    /// `text` without markers, or nil when it holds none (so callers leave it untouched).
    func stripped(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard Self.contains(word, in: text) || Self.contains(punctuation, in: text) else { return nil }
        var result: [UInt8]?
        var copied = 0
        var index = 0
        let count = text.count
        while index + Self.length <= count {
            let lead = text[index]
            if (lead == word[0] || lead == punctuation[0]), isMarker(at: index, in: text) {
                if result == nil { result = []; result?.reserveCapacity(count) }
                result?.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied..<index]))
                index += Self.length
                copied = index
            } else {
                index += 1
            }
        }
        guard var result else { return nil }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied..<count]))
        return result
    }

    private func isMarker(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let (a, b, c) = (text[index], text[index + 1], text[index + 2])
        return (a == word[0] && b == word[1] && c == word[2])
            || (a == punctuation[0] && b == punctuation[1] && c == punctuation[2])
    }

    private static func contains(_ pattern: [UInt8], in source: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = source.baseAddress else { return false }
        return pattern.withUnsafeBytes { memmem(base, source.count, $0.baseAddress, $0.count) != nil }
    }
}
