import Foundation

/// Turns cmark's positions (byte columns in the source it parsed, which may hold `CJKEmphasis` markers) into
/// 1-based lines and columns of the original source, columns counted in Unicode scalars as editors count them.
struct SourceColumns {
    private let source: UnsafeBufferPointer<UInt8>
    private let insertions: [Int]
    private var lineStarts: [Int] = []

    /// Positions in `source`, which was parsed with a marker inserted before each offset in `insertions`.
    init(source: UnsafeBufferPointer<UInt8>, insertions: [Int]) {
        self.source = source
        self.insertions = insertions
    }

    /// The line and scalar column of `link`, searching for its text when cmark gave only a starting point.
    mutating func position(of link: CMark.RawLink) -> (line: Int, column: Int) {
        if lineStarts.isEmpty { lineStarts = Self.lineStarts(of: source) }
        guard link.line >= 1, link.line <= lineStarts.count else { return (max(link.line, 1), max(link.byteColumn, 1)) }
        var offset = originalOffset(line: link.line, byteColumn: link.byteColumn)
        if let text = link.searchText, let found = firstOccurrence(of: Array(text.utf8), from: offset) {
            offset = found
        }
        var line = link.line
        while line < lineStarts.count, lineStarts[line] <= offset { line += 1 }
        var column = 1
        for index in lineStarts[line - 1]..<offset where source[index] & 0xC0 != 0x80 {
            column += 1
        }
        return (line, column)
    }

    /// The original byte offset of a 1-based byte column of the parsed source, clamped to its line.
    private func originalOffset(line: Int, byteColumn: Int) -> Int {
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] : source.count
        let parsed = max(byteColumn - 1, 0)
        var offset = parsed
        var inserted = 0
        for insertion in insertions[firstInsertion(atOrAfter: start)...] {
            guard insertion < end else { break }
            let markerStart = insertion - start + inserted * EmphasisMarkers.length
            if parsed >= markerStart + EmphasisMarkers.length {
                offset -= EmphasisMarkers.length
                inserted += 1
            } else {
                if parsed >= markerStart { offset = insertion - start }
                break
            }
        }
        return min(start + offset, end)
    }

    /// Binary search, so that documents with many markers and many links stay linear-logarithmic.
    private func firstInsertion(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = insertions.count
        while low < high {
            let middle = (low + high) / 2
            if insertions[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private func firstOccurrence(of needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, source.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= source.count {
            if source[index] == first, source[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// Byte offsets at which each line starts; a line ends at LF, CR LF or a lone CR, as in cmark.
    private static func lineStarts(of source: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        guard let base = source.baseAddress else { return starts }
        if memchr(base, Int32(UInt8(ascii: "\r")), source.count) == nil {
            var cursor = base
            let end = base + source.count
            while cursor < end, let newline = memchr(cursor, Int32(UInt8(ascii: "\n")), end - cursor) {
                cursor = UnsafePointer(newline.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(cursor - base)
            }
            return starts
        }
        var index = 0
        while index < source.count {
            let byte = source[index]
            index += 1
            if byte == UInt8(ascii: "\r"), index < source.count, source[index] == UInt8(ascii: "\n") {
                index += 1
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                starts.append(index)
            }
        }
        return starts
    }
}
