import Testing

@testable import Casebook
@testable import CasebookMarkdown

/// Seeded random Markdown. Western text (Latin, accented Latin, Western punctuation, delimiters) renders byte
/// for byte as cmark-gfm renders it; Chinese text mixed with delimiters keeps the SPEC §5 corrections.
@Suite("Markdown properties")
struct MarkdownPropertyTests {
    /// No `<` (raw HTML is dropped on purpose), `#`, `=`, lone `-` or `|` (headings get ids, tables a wrapper),
    /// no `[^` (footnote back-links are labelled in the site's language): the rest of Markdown's syntax, and the
    /// curly quotes, dashes and ellipses of issue 21, appear freely.
    static let westernTokens: [String] = [
        "a", "b", "e", "l", "s", "t", "x", "I", "H", "é", "à", "ü", "ñ", "ç", "ø", "œ", "É", "ß",
        " ", " ", " ", "\n", ".", ",", ";", ":", "!", "?", "'", "\"", "(", ")", "-a", "/", "&", "‘", "’", "“", "”", "…", "—", "–",
        "·", "‥", "«", "»", "¿", "*", "*", "**", "_", "_", "__", "~", "~~", "`", "[", "]", "](u)", "!", "\\", "> ", "1. ",
    ]

    static let cjk = Array("中文企业安全加粗强调重视后文引号案例工控网络数据平台").map(String.init)
    static let widePunctuation = ["，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "》"]
    static let sharedPunctuation = ["…", "—", "”", "’", "·"]
    static let filler = cjk + ["a", "Z", "é", " ", "，", "。", "“", "”", "（", "…", "1"]

    @Test func westernTextRendersAsCMarkDoes() {
        var random = SplitMix64(seed: 21)
        var differing: [String] = []
        for _ in 0..<1500 {
            let markdown = Self.word(Self.westernTokens, 1...24, &random)
            if MarkdownRenderer().render(markdown).html != CMarkReference.html(markdown) { differing.append(markdown) }
        }
        #expect(differing.isEmpty, "render differently from cmark-gfm: \(differing.prefix(10).map { $0.debugDescription })")
    }

    @Test func chineseKeepsTheCorrections() {
        var random = SplitMix64(seed: 5)
        for _ in 0..<400 {
            var markdown = ""
            var wanted: [String] = []
            for _ in 0..<1 + random.next(upTo: 5) {
                markdown += Self.word(Self.filler, 1...4, &random)
                let pattern = Self.pattern(&random)
                markdown += pattern.markdown
                wanted.append(pattern.html)
            }
            markdown += Self.word(Self.filler, 0...3, &random)
            let html = MarkdownRenderer().render(markdown).html
            for piece in wanted {
                #expect(html.contains(piece), "\(markdown.debugDescription) lost \(piece.debugDescription): \(html)")
            }
            let leaked = html.unicodeScalars.contains { (0xFDD0...0xFDEF).contains($0.value) || (0x2E00...0x2E7F).contains($0.value) }
            #expect(!leaked && !html.contains("%EF%B7") && !html.contains("%E2%B8"), "\(markdown.debugDescription)")
        }
    }

    /// One of SPEC §5's patterns with random Chinese in it, and the HTML it must produce.
    private static func pattern(_ random: inout SplitMix64) -> (markdown: String, html: String) {
        let (inner, after) = (word(cjk, 1...4, &random), word(cjk, 1...3, &random))
        let wide = pick(widePunctuation, &random)
        switch random.next(upTo: 8) {
        case 0: return ("**\(inner)\(wide)**\(after)", "<strong>\(inner)\(wide)</strong>\(after)")
        case 1: return ("*\(inner)\(wide)*\(after)", "<em>\(inner)\(wide)</em>\(after)")
        case 2: return ("**「\(inner)」**\(after)", "<strong>「\(inner)」</strong>\(after)")
        case 3: return ("**“\(inner)”**\(after)", "<strong>“\(inner)”</strong>\(after)")
        case 4: return ("~~\(inner)\(wide)~~\(after)", "<del>\(inner)\(wide)</del>\(after)")
        case 5: return ("中__「\(inner)」__\(after)", "中<strong>「\(inner)」</strong>\(after)")
        case 6:
            let shared = pick(sharedPunctuation, &random)
            return ("**\(inner)\(shared)**\(after)", "<strong>\(inner)\(shared)</strong>\(after)")
        default: return ("\(inner)\n\(after)", "\(inner)\(after)")
        }
    }

    private static func word(_ alphabet: [String], _ length: ClosedRange<Int>, _ random: inout SplitMix64) -> String {
        (0..<(length.lowerBound + random.next(upTo: length.count))).map { _ in pick(alphabet, &random) }.joined()
    }

    private static func pick(_ choices: [String], _ random: inout SplitMix64) -> String {
        choices[random.next(upTo: choices.count)]
    }
}
