import Foundation

/// Tells headings from body text: by Word heading style or outline level, or, in forms typed without
/// styles, by their numbering — 一、 (level 1), （一） (level 2), 1. (level 3), (1) (level 4) — on a short
/// line that does not end like a sentence.
struct Headings {
    let styles: DocxStyles

    /// The level (1 = a section) and the text without its numbering; nil for body text, level 0 for a title.
    func heading(_ paragraph: DocxParagraph) -> (level: Int, text: String)? {
        let text = FormValues.oneLine(paragraph.text).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, !paragraph.inlines.contains(where: { if case .image = $0 { true } else { false } }) else { return nil }
        let numbered = Self.numbering(text)
        if let level = styles.headingLevel(paragraph) { return (level, numbered?.text ?? text) }
        guard let numbered, text.count <= 40, let last = text.last, !"。；;！？!?，,：:".contains(last) else { return nil }
        return (numbered.level, numbered.text)
    }

    /// The level a numbering prefix stands for, and the text after it.
    static func numbering(_ text: String) -> (level: Int, text: String)? {
        let chinese = "一二三四五六七八九十"
        let characters = Array(text)
        func rest(_ from: Int) -> String { String(characters[min(from, characters.count)...]).trimmingCharacters(in: .whitespaces) }
        let leadingChinese = characters.prefix { chinese.contains($0) }.count
        if leadingChinese > 0, leadingChinese < characters.count, "、．.".contains(characters[leadingChinese]) {
            return (1, rest(leadingChinese + 1))
        }
        if let open = characters.first, "（(".contains(open) {
            let inner = characters.dropFirst()
            let chineseCount = inner.prefix { chinese.contains($0) }.count
            let digitCount = inner.prefix { $0.isASCII && $0.isNumber }.count
            let count = max(chineseCount, digitCount)
            if count > 0, count + 1 < characters.count, "）)".contains(characters[count + 1]) {
                return (chineseCount > 0 ? 2 : 4, rest(count + 2))
            }
        }
        let digits = characters.prefix { $0.isASCII && $0.isNumber }.count
        if (1...2).contains(digits), digits + 1 < characters.count, ".．、".contains(characters[digits]),
            !(characters[digits + 1].isASCII && characters[digits + 1].isNumber)
        {
            return (3, rest(digits + 1))
        }
        return nil
    }
}
