import CasebookSupport
import Foundation

/// The one way scaffolds mark what the author still has to write: `【待填写：what to write】`.
/// Text written by earlier scaffolds (`（待填写）`, `待补充：…`) is recognised too, so that sites
/// started before the marker existed are checked the same way.
public enum Placeholder {
    /// The opening of every placeholder the scaffolds write.
    public static let opening = "【待填写："

    /// A placeholder asking for `what`: `【待填写：申报单位全称】`.
    public static func text(_ what: String) -> String { opening + what + "】" }

    /// What marks unfinished text: the marker, and the forms earlier scaffolds wrote (`（待填写）`,
    /// `待填写：…`, `待补充：…`); a heading such as 「待补充内容」 is not one.
    static let words = ["【待填写", "（待填写", "(待填写", "待填写：", "待填写:", "待补充：", "待补充:"]

    /// A placeholder found in a text: where it starts and what it asks for.
    package struct Found: Sendable, Hashable {
        /// 0-based line within the text.
        package let line: Int
        /// 0-based column within that line, in characters.
        package let column: Int
        /// The placeholder as written (at most one line).
        package let written: String
        /// What it asks the author to write, when the placeholder says so.
        let request: String?
    }

    /// The first placeholder in `text`, if any.
    package static func find(in text: String) -> Found? {
        guard words.contains(where: { ByteSearch.contains(text, $0) }) else { return nil }
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let range = words.compactMap({ line.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { continue }
            var start = range.lowerBound
            if start > line.startIndex, "【（(".contains(line[line.index(before: start)]) { start = line.index(before: start) }
            let closers: Set<Character> = ["】", "）", ")"]
            let end = line[range.upperBound...].firstIndex(where: closers.contains).map { line.index(after: $0) } ?? line.endIndex
            let written = String(line[start..<end])
            let inner = line[line.index(after: start)..<end].drop { !"：:".contains($0) }.dropFirst().filter { !closers.contains($0) }
            return Found(
                line: lineIndex, column: line.distance(from: line.startIndex, to: start), written: written,
                request: inner.isEmpty ? nil : String(inner))
        }
        return nil
    }

    /// What a hint says to write instead of `found` in `field`.
    package static func hint(_ found: Found, field: String) -> Message {
        if let request = found.request { return Message("placeholder.replaceWith", ["request": "\(request)"]) }
        return Message("placeholder.writeReal", ["field": "\(field)"])
    }
}
