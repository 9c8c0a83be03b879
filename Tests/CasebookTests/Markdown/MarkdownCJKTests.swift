import Testing

@testable import Casebook
@testable import CasebookMarkdown

/// The two corrections for Chinese text (SPEC §5) and what they must leave alone.
@Suite("Markdown CJK corrections")
struct MarkdownCJKTests {
    private func html(_ markdown: String) -> String {
        MarkdownRenderer().render(markdown).html
    }

    @Test func strongClosedAfterFullWidthComma() {
        #expect(html("本企业**高度重视，**并且") == "<p>本企业<strong>高度重视，</strong>并且</p>\n")
    }

    @Test func emphasisClosedAfterFullStop() {
        #expect(html("*强调。*后文") == "<p><em>强调。</em>后文</p>\n")
    }

    @Test func strongAroundCornerBrackets() {
        #expect(html("前文**「引号」**后文") == "<p>前文<strong>「引号」</strong>后文</p>\n")
    }

    @Test func underscoresAndStrikethroughToo() {
        #expect(html("中__「引号」__后") == "<p>中<strong>「引号」</strong>后</p>\n")
        #expect(html("~~删除，~~后文") == "<p><del>删除，</del>后文</p>\n")
    }

    @Test func literalDelimitersStayLiteral() {
        #expect(html("`2**3，**并`") == "<p><code>2**3，**并</code></p>\n")
        #expect(html("\\*\\*高度重视，\\*\\*并且") == "<p>**高度重视，**并且</p>\n")
        #expect(html("```\n本企业**高度重视，**并且\n```") == "<pre><code>本企业**高度重视，**并且\n</code></pre>\n")
        #expect(html("[链接](https://a.cn/，**b)") == "<p><a href=\"https://a.cn/%EF%BC%8C**b\">链接</a></p>\n")
    }

    @Test func englishEmphasisIsUnchanged() {
        #expect(html("**foo.**bar and **bar**") == "<p>**foo.**bar and <strong>bar</strong></p>\n")
        #expect(html("snake_case_name") == "<p>snake_case_name</p>\n")
    }

    @Test func chineseWithCurlyQuotesStillJoins() {
        #expect(html("**“引号”**紧跟") == "<p><strong>“引号”</strong>紧跟</p>\n")
        #expect(html("前文**“引号”**") == "<p>前文<strong>“引号”</strong></p>\n")
        #expect(html("a**“引号”**b") == "<p>a<strong>“引号”</strong>b</p>\n")
        #expect(html("**한국어，**다음") == "<p><strong>한국어，</strong>다음</p>\n")
    }

    /// Issue 21's probes: curly quotes, ellipses and apostrophes next to Latin text are Western typography,
    /// rendered byte for byte as cmark-gfm renders them.
    @Test(arguments: ["*wait…*really", "**“Hi”**there", "*l’*homme", "snake_“case”_word", "x ‘__é_", "**Hello—**world"])
    func westernTypographyIsLeftToCMark(_ markdown: String) {
        #expect(html(markdown) == CMarkReference.html(markdown))
    }

    @Test func westernTypographyRendersAsCMarkDoes() {
        #expect(html("*wait…*really") == "<p>*wait…*really</p>\n")
        #expect(html("x ‘__é_") == "<p>x ‘_<em>é</em></p>\n")
    }

    @Test func noMarkerReachesFootnoteIDs() {
        let western = MarkdownRenderer().render("See[^“*b*”].\n\n[^“*b*”]: Note.").html
        #expect(western.contains(##"href="#fn-%E2%80%9C*b*%E2%80%9D""##))
        #expect(western.contains(##"<li id="fn-%E2%80%9C*b*%E2%80%9D">"##))
        let chinese = MarkdownRenderer().render("见[^“*注*”]。\n\n[^“*注*”]: 说明。").html
        #expect(chinese.contains(##"href="#fn-%E2%80%9C*%E6%B3%A8*%E2%80%9D""##))
        #expect(!chinese.contains("%EF%B7") && !chinese.contains("%E2%B8"))
    }

    @Test func percentEncodedMarkerInTheSourceSurvives() {
        let markdown = "本企业**高度重视，**并且 [链接](https://a.cn/%EF%B7%90%E2%B8%99)"
        #expect(html(markdown) == "<p>本企业<strong>高度重视，</strong>并且 <a href=\"https://a.cn/%EF%B7%90%E2%B8%99\">链接</a></p>\n")
    }

    @Test func noMarkerReachesTheOutput() {
        let markdown = "## 标题**加粗，**后\n\n本企业**高度重视，**并且 `，**代码` [链**接，**](u，**v \"题**目，**x\")\n\n```，**x\n，**y\n```"
        let document = MarkdownRenderer(options: .init(unsafeHTML: true)).render(markdown + "\n\n<b>，**z</b>")
        let leaked = document.html.unicodeScalars.filter { (0xFDD0...0xFDEF).contains($0.value) || (0x2E00...0x2E7F).contains($0.value) }
        #expect(leaked.isEmpty)
        #expect(document.headings.map(\.text) == ["标题加粗，后"])
        #expect(document.links.map(\.destination) == ["u，**v"])
    }

    @Test func markerAlreadyInTheSourceSurvives() {
        // Swift refuses noncharacters in literals, hence the scalar built at run time.
        let marker = String(Character(Unicode.Scalar(UInt32(0xFDD0))!))
        #expect(html(marker + "本企业**高度重视，**并且") == "<p>" + marker + "本企业<strong>高度重视，</strong>并且</p>\n")
    }

    @Test func softBreakBetweenCJKVanishes() {
        #expect(html("第一行中文\n第二行中文") == "<p>第一行中文第二行中文</p>\n")
        #expect(html("中文**加粗**\n中文，\n“引号”") == "<p>中文<strong>加粗</strong>中文，“引号”</p>\n")
    }

    @Test func softBreakNextToLatinStays() {
        #expect(html("中文\nEnglish\n中文") == "<p>中文\nEnglish\n中文</p>\n")
    }
}
