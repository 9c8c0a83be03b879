import Testing

@testable import Casebook
@testable import CasebookMarkdown
@testable import CasebookSupport

/// One small exact-string test per Markdown feature.
@Suite("Markdown rendering")
struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    private func html(_ markdown: String, unsafe: Bool = false) -> String {
        MarkdownRenderer(options: .init(unsafeHTML: unsafe)).render(markdown).html
    }

    @Test func paragraph() {
        #expect(html("Hello, 世界") == "<p>Hello, 世界</p>\n")
    }

    @Test func emphasis() {
        #expect(html("an *emphasised* word") == "<p>an <em>emphasised</em> word</p>\n")
    }

    @Test func strong() {
        #expect(html("a **strong** word") == "<p>a <strong>strong</strong> word</p>\n")
    }

    @Test func latinSoftBreakStaysANewline() {
        #expect(html("first line\nsecond line") == "<p>first line\nsecond line</p>\n")
    }

    @Test func headingsGetASCIIIDs() {
        let document = renderer.render("## 案例背景\n\n## 案例背景\n\n# Hello, World!\n\n### 主要`做法`")
        #expect(
            document.html == """
                <h2 id="an-li-bei-jing">案例背景</h2>
                <h2 id="an-li-bei-jing-2">案例背景</h2>
                <h1 id="hello-world">Hello, World!</h1>
                <h3 id="zhu-yao-zuo-fa">主要<code>做法</code></h3>

                """)
        #expect(
            document.headings == [
                MarkdownHeading(level: 2, text: "案例背景", id: "an-li-bei-jing"),
                MarkdownHeading(level: 2, text: "案例背景", id: "an-li-bei-jing-2"),
                MarkdownHeading(level: 1, text: "Hello, World!", id: "hello-world"),
                MarkdownHeading(level: 3, text: "主要做法", id: "zhu-yao-zuo-fa"),
            ])
    }

    @Test func headingIDsStayUniqueAndClearOfFootnotes() {
        let document = renderer.render("# A\n\n# A 2\n\n# A\n\n# ***\n\n# !!\n\n# fn 1\n\nx[^1]\n\n[^1]: note")
        #expect(document.headings.map(\.id) == ["a", "a-2", "a-3", "section", "section-2", "section-fn-1"])
        #expect(document.html.contains(#"<li id="fn-1">"#))
    }

    @Test func asciiSlugsMatchSlugMake() {
        for text in ["Hello, World!", "  OPC UA -- v2 ", "", "---", "C25 石油", "ABC_def.123"] {
            if let fast = SlugCache.asciiSlug(Array(text.utf8)[...]) {
                #expect(fast == Slug.make(text), "\(text)")
            }
        }
        #expect(SlugCache.shared.slug(for: Array("资产测绘".utf8)[...]) == "zi-chan-ce-hui")
    }

    @Test func headingOffsetAndIDPrefix() {
        let renderer = MarkdownRenderer(options: MarkdownOptions(headingOffset: 2, idPrefix: "y2022-"))
        let document = renderer.render("## 主要做法\n\n### 细节\n\n###### 深")
        #expect(document.html == "<h4 id=\"y2022-zhu-yao-zuo-fa\">主要做法</h4>\n<h5 id=\"y2022-xi-jie\">细节</h5>\n<h6 id=\"y2022-shen\">深</h6>\n")
        #expect(document.headings.map(\.level) == [4, 5, 6])
    }

    @Test func tableIsWrappedForScrolling() {
        #expect(
            html("| 指标 | 数值 |\n|:--|--:|\n| 企业 | 123 |") == """
                <div class="table-wrap" tabindex="0" role="group" aria-label="表格">
                <table>
                <thead>
                <tr>
                <th style="text-align: left">指标</th>
                <th style="text-align: right">数值</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td style="text-align: left">企业</td>
                <td style="text-align: right">123</td>
                </tr>
                </tbody>
                </table>
                </div>

                """)
    }

    @Test func strikethroughNeedsDoubleTilde() {
        #expect(html("~~x~~ but not ~y~") == "<p><del>x</del> but not ~y~</p>\n")
    }

    @Test func autolink() {
        #expect(html("见 https://example.cn 。") == "<p>见 <a href=\"https://example.cn\">https://example.cn</a> 。</p>\n")
    }

    @Test func tagfilterEscapesScriptWhenUnsafe() {
        #expect(html("<script>alert(1)</script>", unsafe: true) == "&lt;script>alert(1)&lt;/script>\n")
    }

    @Test func tasklist() {
        #expect(
            html("- [ ] 自主定级\n- [x] 定级核查") == """
                <ul>
                <li><input type="checkbox" disabled="" /> 自主定级</li>
                <li><input type="checkbox" checked="" disabled="" /> 定级核查</li>
                </ul>

                """)
    }

    @Test func footnote() {
        #expect(
            html("正文[^1]\n\n[^1]: 注释") == """
                <p>正文<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup></p>
                <section class="footnotes" data-footnotes>
                <ol>
                <li id="fn-1">
                <p>注释 <a href="#fnref-1" class="footnote-backref" data-footnote-backref aria-label="返回引用处">↩</a></p>
                </li>
                </ol>
                </section>

                """)
    }

    @Test func rewriteAppliesToLinksAndImages() {
        let document = renderer.render("[附件](../../media/a.pdf) ![图](../../media/b.png)") { "media/" + $0.split(separator: "/").last! }
        #expect(document.html == #"<p><a href="media/a.pdf">附件</a> <img src="media/b.png" alt="图" /></p>"# + "\n")
    }

    @Test func linksReportDestinationsAndPositions() {
        let markdown = """
            中文[一](a.md) and ![二](b.png)
            > 引用 <https://c.cn> 和 https://d.cn
            - **加粗，**[三](e.md)

            注[^1]

            [^1]: 见[四](f.md)
            """
        let document = renderer.render(markdown) { "/x/" + $0 }
        #expect(
            document.links == [
                MarkdownLink(destination: "a.md", isImage: false, line: 1, column: 3),
                MarkdownLink(destination: "b.png", isImage: true, line: 1, column: 17),
                MarkdownLink(destination: "https://c.cn", isImage: false, line: 2, column: 6),
                MarkdownLink(destination: "https://d.cn", isImage: false, line: 2, column: 23),
                MarkdownLink(destination: "e.md", isImage: false, line: 3, column: 10),
                MarkdownLink(destination: "f.md", isImage: false, line: 7, column: 8),
            ])
    }

    /// A link inside an image's description becomes alt text, not a link: nothing to check or rewrite.
    @Test func linksInsideAltTextAreNotLinks() {
        let document = renderer.render("![[[foo](uri1)](uri2)](uri3) ![a [b](c.md) ![d](e.png)](f.png)") { "x/" + $0 }
        #expect(document.html == #"<p><img src="x/uri3" alt="[foo](uri2)" /> <img src="x/f.png" alt="a b d" /></p>"# + "\n")
        #expect(document.links.map(\.destination) == ["uri3", "f.png"])
    }

    @Test func linkColumnsIgnoreTheCJKEmphasisMarkers() {
        let document = renderer.render("**甲，**乙**丙，**丁[五](g.md) **戊，**己 <https://h.cn>")
        #expect(document.html.hasPrefix("<p><strong>甲，</strong>乙<strong>丙，</strong>丁<a href=\"g.md\">五</a>"))
        #expect(
            document.links == [
                MarkdownLink(destination: "g.md", isImage: false, line: 1, column: 15),
                MarkdownLink(destination: "https://h.cn", isImage: false, line: 1, column: 33),
            ])
    }
}
