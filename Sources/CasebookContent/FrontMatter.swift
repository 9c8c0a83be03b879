import CasebookSupport

/// A Markdown file split into its YAML front matter and its body.
struct FrontMatter: Sendable {
    /// The YAML between the fences (may be empty).
    let yaml: String
    /// Line of the file on which the YAML starts (1-based), to locate YAML diagnostics in the file.
    let yamlFirstLine: Int
    /// The Markdown after the closing fence.
    let body: String
    /// Line of the file on which the body starts.
    let bodyFirstLine: Int

    /// Why a file could not be split.
    enum Problem: Error, Equatable {
        /// The file does not start with a `---` line.
        case missingOpeningFence
        /// The opening fence is never closed; `line` is the opening fence, `near` a line that
        /// looks like a mistyped fence (`--`, `———`), `bodyStart` a line that looks like the body.
        case notClosed(line: Int, near: Int?, bodyStart: Int?)
    }

    /// Splits `text` (already free of a BOM and CRLF line ends). Fences are whole lines of `---`
    /// (trailing spaces allowed); `...` also closes, as in YAML.
    static func split(_ text: String) -> Result<FrontMatter, Problem> {
        // Scans bytes and slices once: splitting 10,000 bodies into lines and joining them again
        // cost more than parsing their YAML.
        let utf8 = text.utf8
        let newline = UInt8(ascii: "\n")
        func lineEnd(_ start: String.Index) -> String.Index { utf8[start...].firstIndex(of: newline) ?? utf8.endIndex }
        let firstEnd = lineEnd(utf8.startIndex)
        guard isFence(utf8[utf8.startIndex..<firstEnd], allowDots: false) else { return .failure(.missingOpeningFence) }
        guard firstEnd < utf8.endIndex else { return notClosed(text) }
        let yamlStart = utf8.index(after: firstEnd)
        var lineStart = yamlStart
        var lineNumber = 2
        while lineStart < utf8.endIndex || lineStart == yamlStart {
            let end = lineEnd(lineStart)
            if isFence(utf8[lineStart..<end], allowDots: true) {
                let yamlEnd = lineStart == yamlStart ? yamlStart : utf8.index(before: lineStart)
                let bodyStart = end < utf8.endIndex ? utf8.index(after: end) : end
                return .success(
                    FrontMatter(
                        yaml: String(text[yamlStart..<yamlEnd]),
                        yamlFirstLine: 2,
                        body: String(text[bodyStart...]),
                        bodyFirstLine: lineNumber + 1
                    ))
            }
            guard end < utf8.endIndex else { break }
            lineStart = utf8.index(after: end)
            lineNumber += 1
        }
        return notClosed(text)
    }

    private static func notClosed(_ text: String) -> Result<FrontMatter, Problem> {
        let all = text.split(separator: "\n", omittingEmptySubsequences: false)
        let near = all.indices.dropFirst().first { looksLikeFence(all[$0]) }.map { $0 + 1 }
        let body = all.indices.dropFirst().first { all[$0].hasPrefix("#") && all[$0].drop { $0 == "#" }.first == " " }.map { $0 + 1 }
        return .failure(.notClosed(line: 1, near: near, bodyStart: body))
    }

    /// `--`, `----`, `———`, `－－－`, ` ---`: a line that was probably meant as the closing fence.
    private static func looksLikeFence(_ line: Substring) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.count >= 2 && trimmed.count <= 8 && trimmed.allSatisfy { "-—－─–_=~".contains($0) }
    }

    /// `---` (or `...` when closing) followed by nothing but spaces and tabs.
    private static func isFence(_ line: Substring.UTF8View, allowDots: Bool) -> Bool {
        var bytes = line[...]
        while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { bytes = bytes.dropLast() }
        guard bytes.count == 3, let mark = bytes.first, bytes.allSatisfy({ $0 == mark }) else { return false }
        return mark == UInt8(ascii: "-") || (allowDots && mark == UInt8(ascii: "."))
    }
}

/// Where a file stops being valid UTF-8.
struct InvalidUTF8: Error {
    let location: SourceLocation
    /// The encoding the bytes look like (`GBK`, `UTF-16`), when they look like one.
    var likely: String? = nil
}

/// Text normalisation applied to every content file before parsing.
enum SourceText {
    /// Decodes UTF-8, drops a BOM and turns CRLF/CR into LF. On invalid UTF-8 returns the 1-based
    /// line and column of the first bad byte.
    static func decode(_ bytes: [UInt8]) -> Result<String, InvalidUTF8> {
        var slice = bytes[...]
        if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        guard let text = String(validating: slice, as: UTF8.self) else {
            return .failure(InvalidUTF8(location: firstInvalidByte(in: Array(slice)), likely: likelyEncoding(of: bytes)))
        }
        if !text.utf8.contains(UInt8(ascii: "\r")) { return .success(text) }
        return .success(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
    }

    /// `UTF-16` for a UTF-16 byte-order mark, `GBK` when every byte above ASCII pairs up as GBK
    /// does (lead 0x81–0xFE, trail 0x40–0xFE): the two encodings Chinese Windows saves text in.
    static func likelyEncoding(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        var index = 0, pairs = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            guard (0x81...0xFE).contains(byte), index + 1 < bytes.count, (0x40...0xFE).contains(bytes[index + 1]), bytes[index + 1] != 0x7F else { return nil }
            pairs += 1
            index += 2
        }
        return pairs > 0 ? "GBK" : nil
    }

    private static func firstInvalidByte(in bytes: [UInt8]) -> SourceLocation {
        var line = 1, lineStart = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            let end = index + length
            if length == 0 || end > bytes.count || String(validating: bytes[index..<end], as: UTF8.self) == nil {
                let column = (String(validating: bytes[lineStart..<index], as: UTF8.self)?.count ?? 0) + 1
                return SourceLocation(line: line, column: column)
            }
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = end
            }
            index = end
        }
        return SourceLocation(line: line, column: 1)
    }
}
