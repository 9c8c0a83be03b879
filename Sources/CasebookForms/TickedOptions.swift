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
        return options.filter { option in
            let ranges = occurrences(of: Array(option), in: characters)
            guard hasMarks else { return !ranges.isEmpty }
            return ranges.contains { range in
                let before = characters[..<range.lowerBound].last { $0 != " " && $0 != "\u{3000}" }
                let after = characters[range.upperBound...].first { $0 != " " && $0 != "\u{3000}" }
                return before.map { ticks.contains($0) } == true || after.map { "√✓✔".contains($0) } == true
            }
        }
    }

    /// Where `needle` starts and ends in `haystack`, every time, not counting matches inside a longer option.
    private static func occurrences(of needle: [Character], in haystack: [Character]) -> [Range<Int>] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        return (0...(haystack.count - needle.count)).filter { start in
            Array(haystack[start..<start + needle.count]) == needle
        }.map { $0..<$0 + needle.count }
    }
}
