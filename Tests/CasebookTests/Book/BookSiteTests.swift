import Testing

@testable import Casebook

/// The book as part of a built site: written only with `book.enabled`, and linked from every page
/// only when it is written.
@Suite("Compilation book in the site")
struct BookSiteTests {
    @Test("book.enabled writes book/index.html into the site and links it from every page")
    func enabledInBuild() throws {
        var files = BookTests.twoYears
        files["site.yaml"] = minimalSiteYAML + "book: { enabled: true }\n"
        let output = try TestSite(files).files()
        let book = try #require(output["book/index.html"])
        #expect(book.contains("<a href=\"../index.html\">"), "the book leads back to the site")
        #expect(output.keys.contains { $0.hasPrefix("assets/book.") && $0.hasSuffix(".css") })
        #expect(output["index.html"]?.contains("<a href=\"book/\">案例汇编</a>") == true)
        #expect(output["cases/a/index.html"]?.contains("<a href=\"../../book/\">案例汇编</a>") == true)
        #expect(output["404.html"]?.contains("book/\">案例汇编</a>") == true)
    }

    @Test("without book.enabled, or with no published case, there is no book and no link to one")
    func noBookNoLink() throws {
        for files in [
            BookTests.twoYears,
            [
                "site.yaml": minimalSiteYAML + "book: { enabled: true }\n",
                "content/cases/d.md": caseFile("draft: true"),
            ],
        ] {
            let output = try TestSite(files).files()
            #expect(output["book/index.html"] == nil)
            #expect(!output.values.contains { $0.contains("footer-book") || $0.contains("案例汇编</a>") })
        }
    }

    @Test("portable links name the book's index.html")
    func portableLink() throws {
        var files = BookTests.twoYears
        files["site.yaml"] = minimalSiteYAML + "links: portable\nbook:\n  enabled: true\n"
        let output = try TestSite(files).files()
        #expect(output["cases/a/index.html"]?.contains("<a href=\"../../book/index.html\">案例汇编</a>") == true)
        #expect(output["book/index.html"]?.contains("<a href=\"../index.html\">") == true)
    }
}
