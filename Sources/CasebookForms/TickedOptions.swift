/// Reads which options of a choice field are chosen: ticked boxes (☑ ■ √ ✓ ☒ ✔, Word checkbox
/// controls arrive here as ☑), a mark after the option, or, when the cell has no boxes at all, the
/// options written out.
enum TickedOptions {
    static let ticks: Set<Character> = ["☑", "■", "√", "✓", "☒", "✔", "▣", "⊠", "☒", "●", "✅"]
    static let boxes: Set<Character> = ["□", "☐", "▢", "○"]

    /// The chosen options of `options`, in their printed order.
    static func chosen(in text: String, options: [String]) -> [String] {
        let hasMarks = text.contains { ticks.contains($0) || boxes.contains($0) }
        let characters = Array(text)
        let found = options.map { occurrences(of: Array($0), in: characters) }
        guard hasMarks else { return zip(options, found).filter { !$0.1.isEmpty }.map(\.0) }
        func mark(before range: Range<Int>) -> Character? { characters[..<range.lowerBound].last { $0 != " " && $0 != "\u{3000}" } }
        func mark(after range: Range<Int>) -> Character? { characters[range.upperBound...].first { $0 != " " && $0 != "\u{3000}" } }
        // 「□一级 ☑二级」 puts the box before each option, 「一级□ 二级√」 after: the first option found says which.
        let first = found.compactMap(\.first).min { $0.lowerBound < $1.lowerBound }
        let boxFirst = first.flatMap { mark(before: $0) }.map { ticks.contains($0) || boxes.contains($0) } ?? false
        return zip(options, found).filter { _, ranges in
            ranges.contains { range in
                let glyph = boxFirst ? mark(before: range) : mark(after: range)
                return glyph.map { ticks.contains($0) } == true
            }
        }.map(\.0)
    }

    /// Where `needle` starts and ends in `haystack`, every time, not counting matches inside a longer option.
    private static func occurrences(of needle: [Character], in haystack: [Character]) -> [Range<Int>] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        return (0...(haystack.count - needle.count)).filter { start in
            Array(haystack[start..<start + needle.count]) == needle
        }.map { $0..<$0 + needle.count }
    }
}
