import Testing

@testable import Casebook
@testable import CasebookOutput

/// `SiteBuilder.render(source:options:previous:)`: the preview's rebuild takes a page whose key is
/// unchanged from the previous render instead of rendering it, and the result is the same site.
@Suite("Render with a previous output")
struct RenderReuseTests {
    static func site() throws -> TestSite {
        try TestSite([
            "site.yaml": "title: 复用\nper_page: 2\n",
            "content/cases/a.md": caseFile(title: "甲案例"),
            "content/cases/b.md": caseFile(title: "乙案例", region: "北京市"),
            "content/cases/c.md": caseFile(title: "丙案例", region: "深圳市", year: 2023),
        ])
    }

    static func render(_ site: TestSite, previous: BuildOutput? = nil) throws -> BuildOutput {
        let result = try SiteBuilder().render(source: site.root, previous: previous)
        return try #require(result.output, "\(result.diagnostics.map(\.formatted))")
    }

    /// Whether two byte arrays share one buffer, i.e. the second was taken, not rendered.
    static func sameStorage(_ one: [UInt8], _ other: [UInt8]) -> Bool {
        one.withUnsafeBufferPointer { a in other.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
    }

    @Test("after edits, an addition and a deletion, a render with previous equals a fresh render byte for byte")
    func equalsFresh() throws {
        let site = try Self.site()
        var previous = try Self.render(site)
        let edits: [(TestSite) throws -> Void] = [
            { try $0.write("content/cases/a.md", caseFile(title: "甲案例（修订）")) },
            { try $0.write("content/cases/b.md", caseFile(title: "乙案例", region: "北京市", body: "## 案例背景\n\n新的正文。")) },
            { try $0.write("content/cases/d.md", caseFile(title: "丁案例", region: "湖北省")) },
            { try $0.write("content/cases/c.md", caseFile(title: "丙案例", region: "深圳市", year: 2024)) },
            { try $0.write("site.yaml", "title: 复用（改名）\nper_page: 2\n") },
        ]
        for edit in edits {
            try edit(site)
            let reused = try Self.render(site, previous: previous)
            let fresh = try Self.render(site)
            #expect(reused.files == fresh.files)
            #expect(reused.keys == fresh.keys)
            #expect(reused.copies == fresh.copies)
            previous = reused
        }
    }

    @Test("a one-case edit takes the pages that do not show the case from the previous render")
    func unchangedPagesAreTaken() throws {
        let site = try Self.site()
        let first = try Self.render(site)
        try site.write("content/cases/b.md", caseFile(title: "乙案例", region: "北京市", body: "## 案例背景\n\n改过的正文。"))
        let second = try Self.render(site, previous: first)
        let before = Dictionary(uniqueKeysWithValues: first.files.map { ($0.path, $0.bytes) })
        let after = Dictionary(uniqueKeysWithValues: second.files.map { ($0.path, $0.bytes) })
        let edited = try #require(after["cases/b/index.html"])
        #expect(String(decoding: edited, as: UTF8.self).contains("改过的正文"))
        #expect(!Self.sameStorage(try #require(before["cases/b/index.html"]), edited), "the edited case is rendered again")
        let other = try #require(after["cases/a/index.html"])
        #expect(Self.sameStorage(try #require(before["cases/a/index.html"]), other), "another case's page is taken as it was")
        let notFound = try #require(after["404.html"])
        #expect(Self.sameStorage(try #require(before["404.html"]), notFound), "the 404 page is taken as it was")
        #expect(Set(first.keys.keys) == Set(second.keys.keys))
    }
}
