import Foundation

/// The pair of invisible markers of one `CJKEmphasis` pass, and their removal.
struct EmphasisMarkers: Sendable, Hashable {
    /// Encoded length of every marker candidate, in bytes.
    static let length = 3

    /// A scalar CommonMark treats as a letter, encoded, NUL-terminated.
    let word: [CChar]
    /// A scalar CommonMark treats as punctuation, encoded, NUL-terminated.
    let punctuation: [CChar]

    /// The encoded marker to insert (`word` or `punctuation`), without the terminator.
    func bytes(punctuation isPunctuation: Bool) -> [UInt8] {
        (isPunctuation ? punctuation : word).prefix(Self.length).map { UInt8(bitPattern: $0) }
    }

    /// Noncharacters U+FDD0…U+FDD3: never valid in interchanged text, classed as letters by cmark.
    private static let wordCandidates: [[UInt8]] = (0x90...0x93).map { [0xEF, 0xB7, $0] }
    /// U+2E19 PALM BRANCH, U+2E1B, U+2E1E, U+2E1F (tildes with dots): punctuation nobody types in a case study.
    private static let punctuationCandidates: [[UInt8]] = [0x99, 0x9B, 0x9E, 0x9F].map { [0xE2, 0xB8, $0] }

    /// Markers that do not occur in `source`, or nil in the absurd case that every candidate does.
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
        guard let word = presentWords.firstIndex(of: false), let punctuation = presentPunctuation.firstIndex(of: false) else {
            return nil
        }
        return EmphasisMarkers(
            word: (wordCandidates[word] + [0]).map { CChar(bitPattern: $0) },
            punctuation: (punctuationCandidates[punctuation] + [0]).map { CChar(bitPattern: $0) }
        )
    }

    /// The NUL-terminated `text` without markers, or nil when it holds none (so callers leave it untouched).
    /// It runs over each rendered document, so it copies between markers found by `strstr`, not byte by byte.
    func stripped(_ text: UnsafePointer<CChar>) -> [UInt8]? {
        var nextWord = Self.find(word, in: text)
        var nextPunctuation = Self.find(punctuation, in: text)
        guard nextWord != nil || nextPunctuation != nil else { return nil }
        let end = text + strlen(text)
        var result: [UInt8] = []
        result.reserveCapacity(end - text)
        var cursor = text
        while let next = Self.earlier(nextWord, nextPunctuation) {
            result.append(contentsOf: UnsafeRawBufferPointer(start: cursor, count: next - cursor))
            cursor = next + Self.length
            if next == nextWord {
                nextWord = Self.find(word, in: cursor)
            } else {
                nextPunctuation = Self.find(punctuation, in: cursor)
            }
        }
        result.append(contentsOf: UnsafeRawBufferPointer(start: cursor, count: end - cursor))
        return result
    }

    private static func earlier(_ a: UnsafePointer<CChar>?, _ b: UnsafePointer<CChar>?) -> UnsafePointer<CChar>? {
        guard let a, let b else { return a ?? b }
        return min(a, b)
    }

    private static func find(_ marker: [CChar], in text: UnsafePointer<CChar>) -> UnsafePointer<CChar>? {
        guard let found = strstr(text, marker) else { return nil }
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
