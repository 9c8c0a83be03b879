import Testing

@testable import Casebook
@testable import CasebookMarkdown

/// Raw HTML and URL schemes: what content can and cannot smuggle into a page.
@Suite("Markdown safety")
struct MarkdownSafetyTests {
    private func html(_ markdown: String, unsafe: Bool = false) -> String {
        MarkdownRenderer(options: .init(unsafeHTML: unsafe)).render(markdown).html
    }

    @Test func rawHTMLIsDroppedByDefault() {
        #expect(html("<div>块</div>\n\n行内 <b>粗</b> 文字") == "<p>行内 粗 文字</p>\n")
    }

    @Test func rawHTMLIsKeptWhenUnsafe() {
        #expect(html("<div>块</div>\n\n行内 <b>粗</b> 文字", unsafe: true) == "<div>块</div>\n<p>行内 <b>粗</b> 文字</p>\n")
    }

    @Test func scriptAndEventHandlersNeverAppearByDefault() {
        let output = html("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\ntext <img src=x onerror=alert(1)> <svg onload=alert(1)>")
        #expect(!output.contains("<script"))
        #expect(!output.contains("onerror="))
        #expect(!output.contains("onload="))
        #expect(!output.contains("raw HTML omitted"))
    }

    @Test func javascriptLinkKeepsItsText() {
        #expect(html("[x](javascript:alert(1))") == "<p>x</p>\n")
        #expect(html("[x](JaVaScRiPt:alert(1))") == "<p>x</p>\n")
    }

    @Test func disguisedSchemesAreRemoved() {
        for destination in [
            "jav&#x09;ascript:alert(1)", "%20javascript:alert(1)", "jav%61script:alert(1)", "javascript&colon;alert(1)",
            "&#x6A;avascript:alert(1)", "vbscript:msgbox(1)", "<javascript:alert(1)>", "file:///etc/passwd",
        ] {
            let output = html("[x](\(destination))")
            #expect(output == "<p>x</p>\n", "\(destination)")
        }
        #expect(html("<javascript:alert(1)>") == "<p>javascript:alert(1)</p>\n")
    }

    @Test func dataImageIsDroppedToItsAltText() {
        #expect(html("![](data:image/png;base64,iVBORw0KGgo=)") == "<p></p>\n")
        #expect(html("![示意图](DATA:image/png;base64,iVBORw0KGgo=)") == "<p>示意图</p>\n")
    }

    @Test func unsafeSchemesAreRemovedEvenWhenUnsafeHTMLIsOn() {
        let output = html("[x](javascript:alert(1)) ![y](data:text/html,1)", unsafe: true)
        #expect(output == "<p>x y</p>\n")
    }

    @Test func unsafeDestinationsAreStillReportedButNotRewritten() {
        let document = MarkdownRenderer().render("[x](javascript:alert(1)) [y](ok.md)") { "/r/" + $0 }
        #expect(document.html == "<p>x <a href=\"/r/ok.md\">y</a></p>\n")
        #expect(document.links.map(\.destination) == ["javascript:alert(1)", "ok.md"])
    }

    @Test func safeDestinationsPass() {
        for destination in ["https://example.cn/a?b=c#d", "mailto:a@b.cn", "../cases/x/", "#fn-1", "tel:010-1", "media/data.csv"] {
            #expect(!URLSafety.isUnsafe(destination), "\(destination)")
        }
    }
}
