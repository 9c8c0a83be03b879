import Foundation
import Testing

@testable import Casebook
@testable import CasebookContent
@testable import CasebookPages
@testable import CasebookSupport

/// The compilation book of the repository's sample showcase: what it holds, in which order, and
/// that it is one valid, self-contained, deterministic document.
@Suite("The sample book")
struct SampleBookTests {
    static let rendered: RenderedBook? = try? BookBuilder().render(source: Repository.root).book
    static let html: String = rendered.map { String(decoding: $0.page().bytes, as: UTF8.self) } ?? ""

    /// Case ids in the order the book shows them.
    static var caseOrder: [String] { matches(#"<article class="book-case" id="case-([a-z0-9-]+)""#, in: html) }

    @Test("renders without errors")
    func rendersCleanly() throws {
        let result = try BookBuilder().render(source: Repository.root)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.formatted).joined(separator: "\n"))")
        #expect(result.book != nil)
    }

    @Test("holds every published case exactly once, and nothing unpublished")
    func everyPublishedCaseOnce() throws {
        let site = try Self.site()
        let order = Self.caseOrder
        #expect(order.count == site.cases.count)
        #expect(Set(order) == Set(site.cases.map(\.slug)))
        #expect(Set(order).count == order.count, "a case appears twice")
        for hidden in ["chongqing-platform-draft", "fujian-identifier-footwear"] {
            #expect(!Self.html.contains("case-\(hidden)"), "\(hidden) is a draft or only recommended")
        }
        for entry in site.cases {
            #expect(Self.html.components(separatedBy: ">\(Self.escaped(entry.title))</h3>").count == 2, "\(entry.slug) has its title once as a case heading")
        }
    }

    @Test("orders cases by year (newest first), enterprise type, official unit order, then slug")
    func order() throws {
        let site = try Self.site()
        let expected = site.cases.sorted {
            ($1.year, $0.enterpriseType, $0.unit.order, $0.slug) < ($0.year, $1.enterpriseType, $1.unit.order, $1.slug)
        }.map(\.slug)
        #expect(Self.caseOrder == expected)
    }

    @Test("front matter, regions and back matter come in book order")
    func sections() throws {
        let html = Self.html
        let config = try Self.site().config
        let marks = [
            "class=\"book-cover\"", "id=\"preface\"", "id=\"contents\"", "id=\"regions\"", "id=\"cases-2023\"", "id=\"cases-2022\"",
            "id=\"index\"", "id=\"index-units\"", "id=\"index-industries\"",
        ]
        let positions = marks.map { html.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "missing: \(zip(marks, positions).filter { $0.1 == nil }.map(\.0))")
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted())
        #expect(html.contains("按行政区划排列，排名不分先后"))
        #expect(html.contains("<h1 class=\"cover-title\">\(Self.escaped(config.book?.title ?? config.title))</h1>"))
    }

    @Test("no private contact detail reaches the book")
    func noPrivateFields() throws {
        let values = try PrivateValues.collect(from: Repository.root + "/content")
        #expect(!values.isEmpty)
        for value in values { #expect(!Self.html.contains(value), "the book contains the private value \(value)") }
    }

    @Test("valid structure: one main, unique ids, every jump has its target, language and title set")
    func structure() {
        let html = Self.html
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(html.components(separatedBy: "<main>").count == 2)
        #expect(Self.matches(#"<title>([^<]+)</title>"#, in: html).count == 1)
        let ids = Self.matches(#"\sid="([^"]+)""#, in: html)
        let duplicates = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(duplicates.isEmpty, "duplicate ids: \(duplicates.prefix(10))")
        let targets = Set(ids)
        let jumps = Self.matches(##"\shref="#([^"]+)""##, in: html)
        #expect(!jumps.isEmpty)
        #expect(jumps.filter { !targets.contains($0) }.isEmpty, "jumps without a target: \(jumps.filter { !targets.contains($0) }.prefix(10))")
        #expect(html.components(separatedBy: "<section").count == html.components(separatedBy: "</section>").count)
        #expect(html.components(separatedBy: "<article").count == html.components(separatedBy: "</article>").count)
    }

    @Test("requests nothing from another host and links its own stylesheet")
    func selfContained() throws {
        let html = Self.html
        #expect(!html.contains(" src=\"http") && !html.contains(" src=\"//"))
        #expect(!html.contains("@import") && !html.contains("url("))
        let stylesheet = try #require(Self.matches(#"<link rel="stylesheet" href="\.\./(assets/book\.[0-9a-f]{10}\.css)">"#, in: html).first)
        let css = try #require(Self.rendered?.extraFiles.first { $0.path == stylesheet })
        let text = String(decoding: css.bytes, as: UTF8.self)
        #expect(!text.contains("@import") && !text.contains("url("))
        #expect(text.contains("size: A4") && text.contains("counter(page)"))
    }

    @Test("contents carry page numbers only when the printer supplies them")
    func pageNumbers() throws {
        let book = try #require(Self.rendered)
        #expect(!Self.html.contains("book-numbered"))
        #expect(Self.matches(#"<span class="toc-page">(\d+)</span>"#, in: Self.html).isEmpty)
        let numbered = String(decoding: book.page(pages: ["preface": 2, "case-hunan-chemical-grading": 70]).bytes, as: UTF8.self)
        #expect(numbered.contains("<body class=\"book book-numbered\">"))
        #expect(numbered.contains("<a href=\"#case-hunan-chemical-grading\"><span class=\"toc-text\">"))
        #expect(
            Self.matches(#"<span class="toc-page">(\d+)</span>"#, in: numbered).sorted() == ["2", "70", "70", "70"],
            "the contents and the unit and industry indexes")
    }

    @Test("two renders are byte-identical")
    func deterministic() throws {
        let again = try #require(try BookBuilder().render(source: Repository.root).book)
        #expect(again.page().bytes == Self.rendered?.page().bytes)
    }

    // MARK: helpers

    static func site() throws -> Site {
        let (content, _) = try ContentLoader().load(Repository.root)
        return Site(try #require(content))
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
