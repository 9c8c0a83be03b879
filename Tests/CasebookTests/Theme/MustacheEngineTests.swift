import Foundation
import Testing

@testable import Casebook
@testable import CasebookPages
@testable import CasebookSupport
@testable import CasebookTheme

/// One exact-string test per feature of the Mustache engine behind `Templates`.
@Suite("Mustache engine")
struct MustacheEngineTests {
    /// Compiles `templates` (name → text) as a theme would have them.
    static func compile(_ templates: [String: String]) -> (templates: Templates, diagnostics: [String]) {
        let files = Dictionary(
            uniqueKeysWithValues: templates.map { name, text in
                (name, Theme.File(bytes: Array(text.utf8), origin: "templates/\(name).mustache"))
            })
        var diagnostics: [Diagnostic] = []
        let compiled = Templates(theme: Theme(templates: files, strings: [:], assets: [:]), keepIndentation: true, diagnostics: &diagnostics)
        return (compiled, diagnostics.filter { $0.code != "CB0304" }.map(\.formatted))
    }

    /// Renders `template` with `context`, beside the named `partials`.
    static func render(_ template: String, _ context: TemplateValue = [:], partials: [String: String] = [:]) -> String {
        let (templates, diagnostics) = compile(partials.merging(["main": template]) { _, new in new })
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return templates.render("main", context)
    }

    /// The one syntax error `template` has, formatted.
    static func error(_ template: String) -> String {
        compile(["t": template]).diagnostics.joined(separator: "\n")
    }

    @Test("{{x}} escapes & < > \" ' and leaves everything else as it is")
    func escaping() {
        #expect(
            Self.render("{{x}}", ["x": "<a href=\"q\">Tom & Jerry's</a> 案例 ✓"])
                == "&lt;a href=&quot;q&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; 案例 ✓")
    }

    @Test("{{{x}}} and {{& x}} do not escape")
    func unescaped() {
        #expect(Self.render("{{{x}}}|{{& x}}", ["x": "<b>&</b>"]) == "<b>&</b>|<b>&</b>")
    }

    @Test("numbers, booleans, absent and missing names")
    func scalars() {
        #expect(Self.render("{{n}} {{b}} [{{missing}}] [{{nothing}}]", ["n": 42, "b": true, "nothing": nil]) == "42 true [] []")
    }

    @Test("dotted names resolve the first part up the stack, the rest inside it")
    func dottedNames() {
        let context: TemplateValue = [
            "site": ["title": "案例库", "meta": ["year": 2024]],
            "t": ["nav_cases": "Cases"],
            "items": [["site": "shadow"]],
            "a": ["b": [:]],
            "c": "outer",
        ]
        #expect(Self.render("{{site.title}} {{site.meta.year}} {{t.nav_cases}} [{{site.none}}]", context) == "案例库 2024 Cases []")
        #expect(Self.render("{{#items}}[{{site.title}}]{{/items}}", context) == "[]", "the innermost `site` is a string")
        #expect(Self.render("{{#a}}[{{b.c}}][{{c}}][{{.c}}]{{/a}}", context) == "[][outer][]")
    }

    @Test("{{.}} is the current element")
    func implicitIterator() {
        #expect(Self.render("{{#list}}<{{.}}>{{/list}}", ["list": ["a", "&"]]) == "<a><&amp;>")
    }

    @Test("sections: false, absent, missing, \"\" and empty lists skip; true renders once in the same context")
    func sectionsOverBooleans() {
        let context: TemplateValue = ["yes": true, "no": false, "empty": [], "blank": "", "none": nil, "name": "x"]
        #expect(
            Self.render(
                "{{#yes}}[{{name}}]{{/yes}}{{#no}}no{{/no}}{{#empty}}empty{{/empty}}{{#missing}}missing{{/missing}}"
                    + "{{#blank}}blank{{/blank}}{{#none}}none{{/none}}", context) == "[x]")
    }

    @Test("sections render once per element of a list, pushing it")
    func sectionsOverLists() {
        let context: TemplateValue = [
            "cards": [["title": "a"], ["title": "b"]],
            "tags": [["label": "x"], ["label": "y"]],
            "mixed": [["title": "c"], "d", 3],
            "root": "../",
        ]
        #expect(Self.render("{{#cards}}{{root}}{{title}};{{/cards}}", context) == "../a;../b;")
        #expect(Self.render("{{#tags}}{{label}}{{/tags}}", context) == "xy")
        #expect(Self.render("{{#mixed}}{{^title}}({{.}}){{/title}}{{/mixed}}", context) == "(d)(3)")
    }

    @Test("sections over an object, a text or a number render once with the value pushed, 0 included")
    func sectionsOverValues() {
        let context: TemplateValue = ["case": ["title": "t", "year": "2024"], "s": "hello", "zero": 0, "year": "outer"]
        #expect(Self.render("{{#case}}{{title}} {{year}}{{/case}}", context) == "t 2024")
        #expect(Self.render("{{#s}}<{{.}}>{{/s}}{{#zero}}({{.}}){{/zero}}", context) == "<hello>(0)")
    }

    @Test("a name declared without a value stops the lookup: it neither renders nor shows an outer value")
    func absentStopsLookup() {
        let context: TemplateValue = [
            "date": "2023-04-20", "unit": "湖南省",
            "sources": [["title": "公示", "date": nil], ["title": "通知", "date": "2023-05-01"]],
            "stats": [["value": "12", "unit": nil]], "pagination": nil, "label": "p",
        ]
        #expect(Self.render("{{#sources}}[{{title}}{{#date}} {{date}}{{/date}}]{{/sources}}", context) == "[公示][通知 2023-05-01]")
        #expect(Self.render("{{#stats}}{{value}}{{unit}}{{#unit}}x{{/unit}}{{/stats}}", context) == "12")
        #expect(Self.render("{{#pagination}}[{{label}}]{{/pagination}}{{^pagination}}none{{/pagination}}", context) == "none")
    }

    @Test("the encoder declares every property of a model, nil ones as absent, and digests it stably")
    func encoderDeclaresOptionals() {
        let source = SourceItem(title: "公示", url: "https://example.org/a", external: true, date: nil)
        let (value, digest) = TemplateEncoder.encode(source)
        #expect(value == ["title": "公示", "url": "https://example.org/a", "external": true, "date": nil])
        #expect(TemplateEncoder.encode(source).digest == digest)
        #expect(TemplateEncoder.encode(SourceItem(title: "公示", url: "https://example.org/a", external: true, date: "2023-04-20")).digest != digest)
        let nested = Pagination(items: [PageLink(gap: true, current: false)], page: 1, count: 3, next: "cases/page/2/")
        let moved = Pagination(items: [], page: 1, count: 3, next: "cases/page/2/")
        #expect(TemplateEncoder.encode(nested).digest != TemplateEncoder.encode(moved).digest)
    }

    @Test("inverted sections render exactly when the section would not")
    func invertedSections() {
        let context: TemplateValue = ["yes": true, "no": false, "empty": [], "list": ["a"], "s": "", "none": nil, "text": "t"]
        #expect(
            Self.render(
                "{{^no}}1{{/no}}{{^missing}}2{{/missing}}{{^empty}}3{{/empty}}{{^s}}4{{/s}}{{^none}}5{{/none}}"
                    + "{{^yes}}x{{/yes}}{{^list}}x{{/list}}{{^text}}x{{/text}}", context) == "12345")
    }

    @Test("comments render nothing")
    func comments() {
        #expect(Self.render("a{{! a comment\nover lines }}b") == "ab")
    }

    @Test("a partial renders in the current context; a standalone one indents its lines")
    func partials() {
        let card = "<p>{{title}}</p>\n<p>{{#more}}more{{/more}}</p>\n"
        #expect(Self.render("{{#cards}}{{>card}}{{/cards}}", ["cards": [["title": "a"]]], partials: ["card": card]) == "<p>a</p>\n<p></p>\n")
        #expect(
            Self.render("<div>\n  {{>card}}\n</div>\n", ["title": "b", "more": true], partials: ["card": card])
                == "<div>\n  <p>b</p>\n  <p>more</p>\n</div>\n")
        #expect(Self.render("[{{>nowhere}}]") == "[]")
    }

    @Test("a parent's blocks are replaced by the child's overrides; the others keep their defaults")
    func parentWithBlocks() {
        let layout = "<title>{{$title}}Casebook{{/title}}</title>\n<main>\n{{$main}}{{/main}}\n</main>\n"
        let page = "{{<layout}}\n{{$main}}\n<h1>{{heading}}</h1>\n{{/main}}\n{{/layout}}\n"
        #expect(Self.render(page, ["heading": "案例"], partials: ["layout": layout]) == "<title>Casebook</title>\n<main>\n<h1>案例</h1>\n\n</main>\n")
    }

    @Test("nested parents: the outermost override of a block wins")
    func nestedParents() {
        let base = "[{{$title}}base{{/title}}|{{$body}}{{/body}}]"
        let layout = "{{<base}}{{$title}}layout{{/title}}{{$body}}<{{$content}}none{{/content}}>{{/body}}{{/base}}"
        let page = "{{<layout}}{{$content}}page {{name}}{{/content}}{{$title}}page title{{/title}}{{/layout}}"
        #expect(Self.render(page, ["name": "n"], partials: ["base": base, "layout": layout]) == "[page title|<page n>]")
        #expect(Self.render("{{<layout}}{{/layout}}", partials: ["base": base, "layout": layout]) == "[layout|<none>]")
    }

    @Test("lines holding only a section, inverted, close, comment or partial tag disappear")
    func standaloneLines() {
        let template = "a\n  {{#yes}}\nb\n  {{/yes}}\n{{^yes}}\nc\n{{/yes}}\n  {{! note }}\nd {{#yes}}e{{/yes}}\n{{>p}}\n"
        #expect(Self.render(template, ["yes": true], partials: ["p": "f\n"]) == "a\nb\nd e\nf\n")
        #expect(Self.render("x\n  {{#no}}\n  {{/no}}\n", ["no": false]) == "x\n", "standalone at the end of the text without a line break")
    }

    @Test("whitespace before a standalone partial that renders nothing stays, as in swift-mustache")
    func emptyIndentedPartial() {
        #expect(Self.render("<a>\n  {{>empty}}\n</a>", partials: ["empty": "{{#no}}x{{/no}}"]) == "<a>\n  </a>")
    }

    @Test("an unclosed section is located at its opening tag")
    func unclosedSection() {
        #expect(
            Self.error("<h1>{{heading}}</h1>\n  {{#toc}}\n<p>unclosed\n")
                == "templates/t.mustache:2:3: error[CB0302]: template syntax error: {{#toc}} is never closed; add {{/toc}} where it should end")
    }

    @Test("a close tag that does not match is located at the close tag")
    func mismatchedClose() {
        #expect(
            Self.error("{{<layout}}{{$main}}\n{{#hasToc}}\n<nav>目录</nav>{{/main}}{{/layout}}")
                == "templates/t.mustache:3:14: error[CB0302]: template syntax error: {{/main}} does not match {{#hasToc}}, still open from line 2; close sections in the reverse order they were opened: add {{/hasToc}} before it"
        )
        #expect(
            Self.error("a\n{{/x}}")
                == "templates/t.mustache:2:1: error[CB0302]: template syntax error: {{/x}} closes a section that was never opened; remove it, or open the section with {{#x}} before it"
        )
    }

    @Test("an unfinished tag is located at its start")
    func unfinishedTag() {
        #expect(
            Self.error("<p>\n 名称 {{title</p>\n")
                == "templates/t.mustache:2:5: error[CB0302]: template syntax error: a tag is not finished with }}; end the tag with }}; names may use only letters, digits and . - _ ?"
        )
        #expect(
            Self.error("{{{body}}")
                == "templates/t.mustache:1:1: error[CB0302]: template syntax error: a tag is not finished with }}}; end the tag with }}}; names may use only letters, digits and . - _ ?"
        )
        #expect(Self.error("{{! open").hasPrefix("templates/t.mustache:1:1: error[CB0302]: template syntax error: a comment"))
    }

    @Test("set-delimiter tags and tags between a parent's blocks are refused with a located error")
    func refusedTags() {
        #expect(Self.error("x\n{{=<% %>=}}").hasPrefix("templates/t.mustache:2:1: error[CB0302]: template syntax error: set-delimiter tags"))
        #expect(
            Self.error("{{<layout}}\n{{title}}\n{{/layout}}").hasPrefix(
                "templates/t.mustache:2:1: error[CB0302]: template syntax error: only {{$block}} overrides"))
    }

    @Test("one compiled Templates renders the same from many threads at once")
    func concurrentRenders() {
        let (templates, _) = Self.compile(["main": "{{#items}}<li>{{name}}</li>{{/items}}{{>p}}", "p": "{{title}}"])
        let results = Array(0..<64).parallelMap { index in
            templates.render("main", ["items": .list((0..<50).map { ["name": .text("n\($0)")] }), "title": .text("t\(index)")])
        }
        let items = (0..<50).map { "<li>n\($0)</li>" }.joined()
        #expect(results == (0..<64).map { items + "t\($0)" })
    }
}
