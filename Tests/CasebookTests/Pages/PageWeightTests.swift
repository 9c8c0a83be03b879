import Foundation
import Testing

@testable import Casebook
@testable import CasebookContent
@testable import CasebookPages
@testable import CasebookSupport
@testable import CasebookTheme

/// The cuts that keep pages light (#14): each test fails when the bytes it took out come back.
@Suite("Page weight")
struct PageWeightTests {
    static let output = SampleSiteTests.output

    /// The case pages of the sample, by path.
    static var casePages: [(path: String, html: String)] {
        output.filter { $0.key.hasPrefix("cases/") && !$0.key.hasPrefix("cases/page/") && $0.key.split(separator: "/").count == 3 }
            .sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The part of `html` from `start` to the next `end`, or "" when `start` is absent.
    static func section(_ html: String, from start: String, to end: String) -> String {
        guard let lower = html.range(of: start) else { return "" }
        let upper = html.range(of: end, range: lower.upperBound..<html.endIndex)?.upperBound ?? html.endIndex
        return String(html[lower.lowerBound..<upper])
    }

    @Test("a template's indentation and blank lines stay out of the page; <pre>, <textarea> and <script> keep theirs")
    func templateIndentation() {
        let text =
            "<div>\n  <p>{{x}}</p>\n\n\t<ul>\n    {{#items}}<li>{{.}}</li>\n    {{/items}}\n  </ul>\n"
            + "  <PRE class=\"code\">\n  a\n\n    b\n  </pre>\n  <textarea>\n  c\n  </textarea>\n  <preview>\n  d\n  </preview>\n"
            + "  <script>\n  let s = `\n  e`;\n  </script>\n</div>\n"
        var diagnostics: [Diagnostic] = []
        let theme = Theme(templates: ["t": Theme.File(bytes: Array(text.utf8), origin: "templates/t.mustache")], strings: [:], assets: [:])
        let html = Templates(theme: theme, diagnostics: &diagnostics).render("t", ["x": "X", "items": ["1", "2"]])
        #expect(
            html == "<div>\n<p>X</p>\n<ul>\n<li>1</li>\n<li>2</li>\n</ul>\n"
                + "<PRE class=\"code\">\n  a\n\n    b\n  </pre>\n<textarea>\n  c\n  </textarea>\n<preview>\nd\n</preview>\n"
                + "<script>\n  let s = `\n  e`;\n  </script>\n</div>\n")
        #expect(Templates.compact("<p>\n  {{a}}\n</p>\n") == "<p>\n{{a}}\n</p>\n")
    }

    @Test("no page of the sample carries template indentation outside <pre> and an inlined stylesheet")
    func noIndentedLines() {
        for (path, html) in Self.output where path.hasSuffix(".html") {
            var outside = [html]
            for (open, close) in [("<pre", "</pre>"), ("<style", "</style>")] {
                outside = outside.flatMap { $0.components(separatedBy: open).map { $0.components(separatedBy: close).last ?? "" } }
            }
            let indented = outside.flatMap { $0.split(separator: "\n") }.filter { $0.hasPrefix(" ") || $0.hasPrefix("\t") }
            #expect(indented.isEmpty, "\(path): \(indented.prefix(3))")
        }
    }

    @Test("related cases are one line each: title, year, unit and enterprise; no card, no summary of another case")
    func relatedCasesAreLines() throws {
        let site = Site(try #require(try ContentLoader().load(Repository.root).content))
        let summaries = Dictionary(uniqueKeysWithValues: site.cases.map { ($0.slug, $0.summary) })
        var checked = 0
        for (path, html) in Self.casePages {
            let related = Self.section(html, from: "<section class=\"related\"", to: "</section>")
            guard !related.isEmpty else { continue }
            checked += 1
            #expect(related.contains("<ul class=\"case-lines\">"), "\(path)")
            #expect(!html.contains("class=\"case-card"), "\(path) has no case card")
            let slug = path.split(separator: "/")[1]
            for (other, summary) in summaries where other != slug {
                #expect(!related.contains(summary), "\(path) repeats the summary of \(other)")
            }
        }
        #expect(checked >= 10, "the sample has case pages with related cases")
    }

    @Test("a unit page lists its cases one line each, without cards")
    func unitCasesAreLines() throws {
        let hunan = try #require(Self.output["regions/hunan/index.html"])
        let cases = Self.section(hunan, from: "<section aria-labelledby=\"cases-heading\">", to: "</section>")
        #expect(cases.contains("<ul class=\"case-lines\">") && cases.contains("<span class=\"case-line-meta\">"))
        #expect(!cases.contains("case-card"))
    }

    @Test("the case list's static filter links are on its first page only; the in-page filter on every page")
    func facetLinksOnFirstPage() throws {
        let first = try #require(Self.output["cases/index.html"])
        let second = try #require(Self.output["cases/page/2/index.html"])
        #expect(first.contains("<details class=\"facets\">"))
        #expect(!second.contains("<details class=\"facets\">") && !second.contains("class=\"facet-count\""))
        #expect(second.contains("<form id=\"case-filter\""))
        #expect(second.contains("data-card-template=\"&lt;article class=&quot;case-card&quot;&gt;\n&lt;h3"), "the card template without indentation")
    }

    @Test("chart and tile-map markup only on the pages that show them")
    func chartsOnlyWhereShown() {
        for (path, html) in Self.output where path.hasSuffix(".html") && path != "index.html" && !path.hasPrefix("regions/") {
            #expect(!html.contains("<svg") && !html.contains("class=\"chart") && !html.contains("class=\"tile-map"), "\(path)")
        }
    }
}
