/// The CJK emphasis correction, done as a pre-pass over the source so that cmark-gfm itself stays unpatched.
///
/// CommonMark decides whether a `*`, `_` or `~~` run may open or close emphasis from the characters on either
/// side of it ("flanking"). A run between punctuation and a letter works only one way round, so in
/// `本企业**高度重视，**并且` the second `**` cannot close: the rule expects a space after the comma, which
/// Chinese never writes. Where a run touches CJK punctuation on one side and a letter on the other, and a CJK
/// character touches the run or that punctuation (so never in purely Western text, which renders exactly as
/// cmark-gfm renders it), this pass inserts one invisible marker that makes the run flank on both sides:
///
/// * `*` and `~~` runs get a *letter* marker (a Unicode noncharacter) between the punctuation and the run,
///   which makes the run sit between two letters, where it may open and close (as in `中文**加粗**中文`).
/// * `_` runs get a *punctuation* marker (a rare supplemental punctuation mark) between the run and the
///   letter, because CommonMark never lets `_` act between two letters but lets it act between two marks.
///
/// `CMark` removes the markers from link destinations and heading texts after parsing and from the rendered
/// HTML, so none reaches the output. They are not kept out of code spans, code blocks or URLs on purpose:
/// removal restores those exactly, and a marker next to a `*`, `_` or `~` run changes how nothing but
/// emphasis parses. Markers are chosen among candidates that do not occur in the source.
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
            if index + 8 <= count, !ByteScan.mayHoldDelimiter(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
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
                let after = CJKText.scalar(startingAt: end, in: source)
            else { continue }
            if CJKText.isPunctuation(before), CJKText.isWordLike(after),
                touchesCJK(before, after, beyond: CJKText.scalar(endingBefore: start - CJKText.utf8Length(before), in: source))
            {
                insertions.append(delimiter == underscore ? (end, true) : (start, false))
            } else if CJKText.isPunctuation(after), CJKText.isWordLike(before),
                touchesCJK(after, before, beyond: CJKText.scalar(startingAt: end + CJKText.utf8Length(after), in: source))
            {
                insertions.append(delimiter == underscore ? (start, true) : (end, false))
            }
        }
        guard !insertions.isEmpty, let markers = EmphasisMarkers.unused(in: source) else { return nil }

        let (wordMarker, punctuationMarker) = (markers.bytes(punctuation: false), markers.bytes(punctuation: true))
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + insertions.count * EmphasisMarkers.length)
        var copied = 0
        for insertion in insertions {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[copied..<insertion.offset]))
            bytes.append(contentsOf: insertion.punctuation ? punctuationMarker : wordMarker)
            copied = insertion.offset
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[copied..<count]))
        return CJKEmphasis(bytes: bytes, markers: markers, insertions: insertions.map(\.offset))
    }

    /// Whether a CJK character touches the run (`punctuation` itself, or the letter on its other side) or the
    /// punctuation that blocks it (`beyond`, the scalar past it). Curly quotes, dashes and ellipses next to
    /// Latin text on every side are Western typography, which CommonMark's rule already reads as intended.
    private static func touchesCJK(_ punctuation: UInt32, _ letter: UInt32, beyond: UInt32?) -> Bool {
        CJKText.isCJK(punctuation) || CJKText.isCJK(letter) || beyond.map(CJKText.isCJK) == true
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
