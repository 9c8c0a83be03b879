/// Reads, from a PDF that Chromium printed, the page on which each link target landed.
///
/// Chromium writes every element that an in-document link points at as a named destination
/// (`/Dests << /case-x [12 0 R /XYZ …] >>` in the catalog) and the pages as a tree of `/Pages`
/// nodes; the objects are listed in a classic cross-reference table. That is all this reader
/// understands: it is not a general PDF parser, and it gives up (nil) on anything else, such
/// as compressed object streams — the book is then printed without page numbers.
enum PDFDestinations {
    /// What the reader found: how many pages, and where each named destination is.
    struct Layout: Sendable, Equatable {
        let pageCount: Int
        /// 1-based page number of each named destination.
        let pages: [String: Int]
    }

    /// The layout of `pdf`; nil when the file is not laid out as expected.
    static func read(_ pdf: [UInt8]) -> Layout? {
        guard let objects = objectOffsets(pdf),
            let trailer = lastRange(of: "trailer", in: pdf).map({ dictionaryText(pdf, from: $0) }),
            let root = reference(after: "/Root", in: trailer),
            let catalog = object(root, in: pdf, offsets: objects),
            let pagesRoot = reference(after: "/Pages", in: catalog)
        else { return nil }
        var pageNumber: [Int: Int] = [:]
        var pending = [pagesRoot]
        var visited: Set<Int> = []
        var order: [Int] = []
        // Depth-first, left to right: the order of the leaves is the order of the pages.
        while let node = pending.popLast() {
            guard visited.insert(node).inserted, let text = object(node, in: pdf, offsets: objects) else { continue }
            if text.contains("/Type /Pages") || text.contains("/Type/Pages") {
                pending += kids(in: text).reversed()
            } else {
                order.append(node)
            }
        }
        for (index, node) in order.enumerated() { pageNumber[node] = index + 1 }
        var result: [String: Int] = [:]
        // A document without in-document links has no destinations at all.
        if let destsRef = reference(after: "/Dests", in: catalog), let dests = object(destsRef, in: pdf, offsets: objects) {
            for (name, target) in namedTargets(in: dests) {
                if let page = pageNumber[target] { result[name] = page }
            }
        }
        return Layout(pageCount: order.count, pages: result)
    }

    /// Byte offset of each object, from the cross-reference table that `startxref` points at.
    static func objectOffsets(_ pdf: [UInt8]) -> [Int: Int]? {
        guard let start = lastRange(of: "startxref", in: pdf) else { return nil }
        let tail = text(pdf, start, min(pdf.count, start + 64))
        guard let offset = tail.split(whereSeparator: \.isWhitespace).dropFirst().first.flatMap({ Int($0) }),
            offset < pdf.count, text(pdf, offset, min(pdf.count, offset + 4)) == "xref"
        else { return nil }
        var offsets: [Int: Int] = [:]
        var lines = text(pdf, offset, start).split(whereSeparator: \.isNewline).dropFirst().makeIterator()
        while let header = lines.next() {
            let parts = header.split(separator: " ")
            guard parts.count == 2, let first = Int(parts[0]), let count = Int(parts[1]) else { break }
            for number in first..<(first + count) {
                guard let entry = lines.next() else { return nil }
                let fields = entry.split(separator: " ")
                if fields.count >= 3, fields[2].hasPrefix("n"), let at = Int(fields[0]) { offsets[number] = at }
            }
        }
        return offsets.isEmpty ? nil : offsets
    }

    /// The text of object `number` up to its `endobj`; streams are never needed here.
    static func object(_ number: Int, in pdf: [UInt8], offsets: [Int: Int]) -> String? {
        guard let start = offsets[number], start < pdf.count else { return nil }
        var end = start
        let marker = Array("endobj".utf8)
        while end + marker.count <= pdf.count, !pdf[end..<(end + marker.count)].elementsEqual(marker) {
            end += 1
            if end - start > 1 << 20 { return nil }
        }
        return text(pdf, start, end)
    }

    /// `/Kids [3 0 R 9 0 R]` → `[3, 9]`.
    private static func kids(in text: String) -> [Int] {
        guard let open = text.range(of: "/Kids"), let bracket = text[open.upperBound...].firstIndex(of: "["),
            let close = text[bracket...].firstIndex(of: "]")
        else { return [] }
        return references(in: text[text.index(after: bracket)..<close])
    }

    /// `/name [12 0 R /XYZ …]` pairs of a destinations dictionary, names decoded (`#2D` → `-`).
    private static func namedTargets(in text: String) -> [(String, Int)] {
        var result: [(String, Int)] = []
        var rest = Substring(text)
        while let slash = rest.firstIndex(of: "/") {
            let nameEnd = rest[rest.index(after: slash)...].firstIndex { $0 == " " || $0 == "[" || $0 == "\n" || $0 == "/" || $0 == "\r" } ?? rest.endIndex
            let name = String(rest[rest.index(after: slash)..<nameEnd])
            rest = rest[nameEnd...]
            let trimmed = rest.drop { $0 == " " || $0 == "\n" || $0 == "\r" }
            guard trimmed.first == "[", let close = trimmed.firstIndex(of: "]") else { continue }
            if let target = references(in: trimmed[trimmed.index(after: trimmed.startIndex)..<close]).first {
                result.append((decodeName(name), target))
            }
            rest = trimmed[close...]
        }
        return result
    }

    /// Object numbers of the `N 0 R` references in `text`, in order.
    private static func references(in text: Substring) -> [Int] {
        let tokens = text.split { $0.isWhitespace || "<>[]()/".contains($0) }
        var found: [Int] = []
        var index = 0
        while index + 2 < tokens.count {
            if tokens[index + 2] == "R", let number = Int(tokens[index]), Int(tokens[index + 1]) != nil {
                found.append(number)
                index += 3
            } else {
                index += 1
            }
        }
        return found
    }

    static func reference(after key: String, in text: String) -> Int? {
        guard let range = text.range(of: key + " ") else { return nil }
        return references(in: text[range.upperBound...]).first
    }

    private static func decodeName(_ name: String) -> String {
        guard name.contains("#") else { return name }
        var bytes: [UInt8] = []
        var utf8 = Array(name.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "#"), utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func dictionaryText(_ pdf: [UInt8], from start: Int) -> String {
        text(pdf, start, min(pdf.count, start + 512))
    }

    private static func text(_ pdf: [UInt8], _ start: Int, _ end: Int) -> String {
        String(decoding: pdf[start..<max(start, end)], as: UTF8.self)
    }

    static func lastRange(of marker: String, in pdf: [UInt8]) -> Int? {
        let needle = Array(marker.utf8)
        var index = pdf.count - needle.count
        while index >= 0 {
            if pdf[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }
}
