import CasebookSupport
import Foundation
import HummingbirdTesting
import Testing

@testable import Casebook
@testable import CasebookOutput
@testable import CasebookServer

/// After a rebuild the preview knows which files changed, and each open page is told the version
/// of its own page, so that only the pages that changed reload.
@Suite("Only changed pages reload")
struct ChangedPagesTests {
    static let root = NSTemporaryDirectory()

    static func output(_ files: [String: String], copies: [BuildOutput.Copy] = []) -> BuildOutput {
        BuildOutput(files: files.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, text: $0.value) }, copies: copies, keys: [:])
    }

    @Test("changed, added and removed files are the changed paths; an unchanged file keeps its version")
    func changedPaths() {
        let placeholder = ServedSite(placeholderFor: Self.root, version: "r.0", language: .en)
        let first = ServedSite(
            Self.output(["index.html": "<p>home</p>", "a/index.html": "<p>a</p>", "b/index.html": "<p>b</p>", "data.json": "[]", "404.html": "<p>x</p>"]),
            root: Self.root, version: "r.1", previous: placeholder)
        #expect(first.changed == ["404.html", "a/index.html", "b/index.html", "data.json", "index.html"])

        // Equal bytes in new arrays, as a page rendered again would have: still unchanged.
        let second = ServedSite(
            Self.output([
                "index.html": "<p>home</p>", "a/index.html": "<p>a, edited</p>", "b/index.html": "<p>b</p>", "c/index.html": "<p>c</p>", "404.html": "<p>x</p>",
            ]),
            root: Self.root, version: "r.2", previous: first)
        #expect(second.changed == ["a/index.html", "c/index.html", "data.json"])
        #expect(second.pageVersion(.file("a/index.html")) == "r.2")
        #expect(second.pageVersion(.file("b/index.html")) == "r.1")
        #expect(second.pageVersion(.file("index.html")) == "r.1")
        #expect(second.pageVersion(.notFound) == "404.r.1")

        let third = ServedSite(
            Self.output(["index.html": "<p>home</p>", "a/index.html": "<p>a, edited</p>", "b/index.html": "<p>b</p>", "404.html": "<p>y</p>"]),
            root: Self.root, version: "r.3", previous: second)
        #expect(third.changed == ["404.html", "c/index.html"])
        #expect(third.pageVersion(.notFound) == "404.r.3", "a page showing the 404 page reloads when it changes")
        #expect(third.pageVersion(.file("b/index.html")) == "r.1")
    }

    @Test("a changed media file changes every HTML page, since pages do not name its bytes")
    func mediaChangesEveryPage() throws {
        let site = try PreviewSite()
        let copy = BuildOutput.Copy(source: "content/media/note.txt", path: "media/note.txt")
        let files = ["index.html": "<p>home</p>", "a/index.html": "<p>a</p>", "data.json": "[]"]
        let first = ServedSite(
            Self.output(files, copies: [copy]), root: site.root, version: "r.1", previous: ServedSite(placeholderFor: site.root, version: "r.0", language: .en))
        let same = ServedSite(Self.output(files, copies: [copy]), root: site.root, version: "r.2", previous: first)
        #expect(same.changed.isEmpty)
        Thread.sleep(forTimeInterval: 0.01)
        try site.write("content/media/note.txt", "新的附件说明\n")
        let edited = ServedSite(Self.output(files, copies: [copy]), root: site.root, version: "r.3", previous: same)
        #expect(edited.changed == ["a/index.html", "index.html", "media/note.txt"])
        #expect(edited.pageVersion(.file("data.json")) == "r.1")
    }

    @Test("lookups resolve the base path, folders and index.html as the responder does")
    func lookups() throws {
        let base = try BasePath("/showcase/")
        let site = ServedSite(
            Self.output(["index.html": "", "cases/a/index.html": "", "404.html": ""]), root: Self.root, version: "r.1",
            previous: ServedSite(placeholderFor: Self.root, version: "r.0", language: .en))
        #expect(PageLookup("/showcase/cases/a/", basePath: base, site: site) == .file("cases/a/index.html"))
        #expect(PageLookup("/showcase/cases/a/index.html", basePath: base, site: site) == .file("cases/a/index.html"))
        #expect(PageLookup("/showcase/", basePath: base, site: site) == .file("index.html"))
        #expect(PageLookup("/showcase/cases/a", query: "?q=1", basePath: base, site: site) == .redirect("/showcase/cases/a/?q=1", .movedPermanently))
        #expect(PageLookup("/showcase/cases/b/", basePath: base, site: site) == .notFound)
        #expect(PageLookup("/showcase/%2e%2e/x", basePath: base, site: site) == .badRequest)
    }

    @Test("after a one-case edit, a page showing another case is told its version is unchanged")
    func statusPerPage() async throws {
        let site = try PreviewSite()
        // Another region and industry, so that alpha and gamma are not among beta's related cases.
        let beta = PreviewSite.caseFile(title: "乙钢铁安全防护").replacingOccurrences(of: "region: 湖南省", with: "region: 北京市")
        try site.write("content/cases/beta.md", beta.replacingOccurrences(of: "industry: 石油化工", with: "industry: 电力"))
        let server = try site.server()
        let app = server.application(from: try await server.start())
        try await app.test(.router) { client in
            let alpha = try await LiveReloadTests.status(client, page: "/showcase/cases/alpha/")
            let beta = try await LiveReloadTests.status(client, page: "/showcase/cases/beta/")
            let gamma = try await LiveReloadTests.status(client, page: "/showcase/cases/gamma/")
            #expect(alpha.page == alpha.version && beta.page == alpha.version)
            #expect(gamma.page == "404." + alpha.version)
            let served = text(try await client.execute(uri: "/showcase/cases/beta/", method: .get).body)
            #expect(served.contains("var page = \"\(try #require(beta.page))\""), "the page is sent with the version it is told")

            try site.write("content/cases/alpha.md", PreviewSite.caseFile(title: "甲化工分类分级实践（修订）"))
            try site.write("content/cases/gamma.md", PreviewSite.caseFile(title: "丙电力监测"))
            let rebuilt = try await LiveReloadTests.waitUntil(seconds: LiveReloadTests.patience) {
                try await LiveReloadTests.status(client).version != alpha.version
            }
            #expect(rebuilt != nil)
            let after = try await LiveReloadTests.status(client)
            #expect(try await LiveReloadTests.status(client, page: "/showcase/cases/alpha/").page == after.version)
            #expect(try await LiveReloadTests.status(client, page: "/showcase/cases/beta/").page == beta.page, "beta's page did not change")
            #expect(try await LiveReloadTests.status(client, page: "/showcase/cases/gamma/").page == after.version, "a missing page that now exists reloads")
            let changed = await server.state.site.changed
            #expect(changed.contains("cases/alpha/index.html") && !changed.contains("cases/beta/index.html"))
        }
    }

    @Test("a body edit changes its page and the search index's delta, not the index's base")
    func searchBaseKeptBetweenSaves() async throws {
        let site = try PreviewSite()
        // Enough documents that one changed case stays within the delta's share (5 %).
        for number in 1...30 { try site.write("content/cases/c\(number).md", PreviewSite.caseFile(title: "案例\(number)")) }
        let server = try site.server()
        let app = server.application(from: try await server.start())
        try await app.test(.router) { client in
            let before = try await LiveReloadTests.status(client)
            try site.write("content/cases/c7.md", PreviewSite.caseFile(title: "案例7").replacingOccurrences(of: "正文。", with: "改写的正文：蜜罐诱捕。"))
            let rebuilt = try await LiveReloadTests.waitUntil(seconds: LiveReloadTests.patience) {
                try await LiveReloadTests.status(client).version != before.version
            }
            #expect(rebuilt != nil)
            let changed = await server.state.site.changed
            let search = changed.filter { $0.hasPrefix("search/data/") }
            #expect(search.contains("search/data/main.js") && search.contains { $0.hasPrefix("search/data/x/") }, "\(search)")
            #expect(search.allSatisfy { $0 == "search/data/main.js" || $0.hasPrefix("search/data/x/") }, "the base's files stay: \(search)")
            #expect(changed.contains("cases/c7/index.html") && !changed.contains("cases/c8/index.html"))
        }
    }
}
