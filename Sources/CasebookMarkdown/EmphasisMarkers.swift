import CasebookSupport
import Foundation

/// The pair of invisible markers of one `CJKEmphasis` pass, and their removal.
struct EmphasisMarkers: Sendable, Hashable {
    /// Encoded length of every marker candidate, in bytes.
    static let length = 3

    /// A scalar CommonMark treats as a letter, encoded, NUL-terminated.
    let word: [CChar]
    /// A scalar CommonMark treats as punctuation, encoded, NUL-terminated.
    let punctuation: [CChar]
    /// What `stripped` removes: both markers, plain and percent-encoded, NUL-terminated.
    private let needles: [[CChar]]

    /// The encoded marker to insert (`word` or `punctuation`), without the terminator.
    func bytes(punctuation isPunctuation: Bool) -> [UInt8] {
        (isPunctuation ? punctuation : word).prefix(Self.length).map { UInt8(bitPattern: $0) }
    }

    /// Noncharacters U+FDD0…U+FDD3: never valid in interchanged text, classed as letters by cmark.
    private static let wordCandidates: [[UInt8]] = (0x90...0x93).map { [0xEF, 0xB7, $0] }
    /// U+2E19 PALM BRANCH, U+2E1B, U+2E1E, U+2E1F (tildes with dots): punctuation nobody types in a case study.
    private static let punctuationCandidates: [[UInt8]] = [0x99, 0x9B, 0x9E, 0x9F].map { [0xE2, 0xB8, $0] }

    /// Markers that occur in `source` neither as they are nor percent-encoded (as cmark writes them into footnote
    /// ids), or nil in the absurd case that every candidate does.
    static func unused(in source: UnsafeBufferPointer<UInt8>) -> EmphasisMarkers? {
        var presentWords: [Bool] = wordCandidates.map { _ in false }
        var presentPunctuation: [Bool] = punctuationCandidates.map { _ in false }
        forEachMarkerShape(in: source) { index in
            let shape = (source[index], source[index + 1], source[index + 2])
            for (candidate, marker) in wordCandidates.enumerated() where shape == (marker[0], marker[1], marker[2]) {
                presentWords[candidate] = true
            }
            for (candidate, marker) in punctuationCandidates.enumerated() where shape == (marker[0], marker[1], marker[2]) {
                presentPunctuation[candidate] = true
            }
        }
        if let base = source.baseAddress, memchr(base, Int32(UInt8(ascii: "%")), source.count) != nil {
            for (candidate, marker) in wordCandidates.enumerated() where ByteSearch.contains(source, Array(percentEncoded(marker).utf8)) {
                presentWords[candidate] = true
            }
            for (candidate, marker) in punctuationCandidates.enumerated()
            where ByteSearch.contains(source, Array(percentEncoded(marker).utf8)) {
                presentPunctuation[candidate] = true
            }
        }
        guard let word = presentWords.firstIndex(of: false), let punctuation = presentPunctuation.firstIndex(of: false) else {
            return nil
        }
        return EmphasisMarkers(word: wordCandidates[word], punctuation: punctuationCandidates[punctuation])
    }

    private init(word: [UInt8], punctuation: [UInt8]) {
        let terminated = { (bytes: [UInt8]) in (bytes + [0]).map { CChar(bitPattern: $0) } }
        self.word = terminated(word)
        self.punctuation = terminated(punctuation)
        needles = [word, punctuation, Array(Self.percentEncoded(word).utf8), Array(Self.percentEncoded(punctuation).utf8)]
            .map(terminated)
    }

    /// `%EF%B7%90`: the marker as cmark's `houdini_escape_href` writes it.
    private static func percentEncoded(_ marker: [UInt8]) -> String {
        marker.map { "%" + String($0, radix: 16, uppercase: true) }.joined()
    }

    /// The NUL-terminated `text` without markers, plain or percent-encoded, or nil when it holds none (so callers
    /// leave it untouched). It runs over each rendered document, so it copies between markers found by `strstr`.
    func stripped(_ text: UnsafePointer<CChar>) -> [UInt8]? {
        var next = needles.map { Self.find($0, in: text) }
        guard next.contains(where: { $0 != nil }) else { return nil }
        let end = text + strlen(text)
        var result: [UInt8] = []
        result.reserveCapacity(end - text)
        var cursor = text
        while let found = Self.earliest(next) {
            result.append(contentsOf: UnsafeRawBufferPointer(start: cursor, count: found.position - cursor))
            cursor = found.position + needles[found.index].count - 1
            for index in next.indices where next[index].map({ $0 < cursor }) == true {
                next[index] = Self.find(needles[index], in: cursor)
            }
        }
        result.append(contentsOf: UnsafeRawBufferPointer(start: cursor, count: end - cursor))
        return result
    }

    private static func earliest(_ positions: [UnsafePointer<CChar>?]) -> (index: Int, position: UnsafePointer<CChar>)? {
        var best: (index: Int, position: UnsafePointer<CChar>)?
        for (index, position) in positions.enumerated() {
            if let position, best.map({ position < $0.position }) ?? true { best = (index, position) }
        }
        return best
    }

    private static func find(_ needle: [CChar], in text: UnsafePointer<CChar>) -> UnsafePointer<CChar>? {
        guard let found = strstr(text, needle) else { return nil }
        return UnsafePointer(found)
    }

    /// `text` without the markers at its very start and end, where emphasis leaves them next to a line break.
    func trimmed(_ text: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = text.count
        while end - start >= Self.length, isMarker(at: start, in: text) { start += Self.length }
        while end - start >= Self.length, isMarker(at: end - Self.length, in: text) { end -= Self.length }
        return UnsafeBufferPointer(rebasing: text[start..<end])
    }

    private func isMarker(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let (a, b, c) = (CChar(bitPattern: text[index]), CChar(bitPattern: text[index + 1]), CChar(bitPattern: text[index + 2]))
        return (a == word[0] && b == word[1] && c == word[2])
            || (a == punctuation[0] && b == punctuation[1] && c == punctuation[2])
    }

    /// Calls `body` with the offset of every three-byte sequence shaped like a candidate (second byte 0xB7 or
    /// 0xB8), skipping eight bytes at a time where there is none: this runs over whole documents.
    private static func forEachMarkerShape(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        guard let base = UnsafeRawPointer(bytes.baseAddress), bytes.count >= length else { return }
        var chunk = 0
        while chunk < bytes.count {
            if chunk + 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: chunk, as: UInt64.self)
                if !ByteScan.contains(0xB7, in: word), !ByteScan.contains(0xB8, in: word) {
                    chunk += 8
                    continue
                }
            }
            for index in chunk..<min(chunk + 8, bytes.count) where bytes[index] == 0xB7 || bytes[index] == 0xB8 {
                if index >= 1, index + 1 < bytes.count { body(index - 1) }
            }
            chunk += 8
        }
    }
}
