import Foundation
import Testing

@testable import Casebook
@testable import CasebookPages
@testable import CasebookSearch

/// Real builds into an output folder, the search base kept in the site's `.casebook/` between them.
@Suite("Search base between builds")
struct SearchBaseStoreTests {
    /// A site of 24 random cases (so one edited case is within the delta's 5 %) and its output.
    static func site() throws -> (site: TestSite, output: String) {
        var random = SeededRandom(5)
        let site = try TestSite(SearchDeltaTests.site(cases: 24, random: &random))
        return (site, site.root + "/public")
    }

    /// Every file of `folder` but the build's own hidden ones, by relative path.
    static func snapshot(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            guard !path.hasPrefix("."), let data = FileManager.default.contents(atPath: folder + "/" + path) else { continue }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue { files[path] = data }
        }
        return files
    }

    /// The search index files of a built folder, as text.
    static func searchFiles(_ folder: String) -> [String: String] {
        snapshot(folder).filter { $0.key.hasPrefix(SearchIndex.folder) }.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    static func build(_ site: TestSite, _ output: String, _ options: BuildOptions = .init()) throws -> SiteBuilder.Result {
        let result = try SiteBuilder().build(source: site.root, output: output, options: options)
        guard result.summary != nil else { throw TestFailure(result.diagnostics.map(\.formatted).joined(separator: "\n")) }
        return result
    }

    static func editBody(_ site: TestSite, _ text: String) throws {
        try site.write("content/cases/c3.md", caseFile(title: "案例蜜罐", body: "## 背景\n\n\(text)。\n"))
    }

    @Test("a one-case body edit rewrites its page, main.js and the delta's files: no other page, no base file")
    func bodyEdit() throws {
        let (site, output) = try Self.site()
        try Self.editBody(site, "旧的正文")
        _ = try Self.build(site, output)
        let before = Self.snapshot(output)
        try Self.editBody(site, "新的正文 modbus")
        #expect(try Self.build(site, output).notes.isEmpty)
        let after = Self.snapshot(output)
        let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
        #expect(changed.filter { $0.hasSuffix(".html") } == ["cases/c3/index.html"])
        let search = changed.filter { $0.hasPrefix(SearchIndex.folder) }
        #expect(search.contains(SearchIndex.mainFile) && search.count <= 1 + SearchDelta.Limits.standard.maxShards + 1, "\(search)")
        #expect(search.allSatisfy { $0 == SearchIndex.mainFile || $0.hasPrefix(SearchIndex.folder + "x/") }, "\(search)")
        #expect(changed.count <= 12, "\(changed)")
        #expect(try SearchDeltaTests.answers(Self.searchFiles(output)).contains { $0.hasPrefix("mod: ") && $0.contains("cases/c3/") })
    }

    @Test("a corrupt, truncated or foreign base is ignored with one note, and the index is built afresh")
    func unusableBase() throws {
        let (site, output) = try Self.site()
        _ = try Self.build(site, output)
        try Self.editBody(site, "改过的正文")
        let state = site.root + "/" + SearchBaseStore.path
        let kept = try #require(FileManager.default.contents(atPath: state))
        _ = try Self.build(site, site.root + "/fresh", BuildOptions(noCache: true))
        let fresh = Self.searchFiles(site.root + "/fresh")
        var flipped = [UInt8](kept)
        flipped[flipped.count / 2] ^= 0x20
        let foreign = Array(String(decoding: kept, as: UTF8.self).replacingOccurrences(of: "casebook-search-base 1", with: "casebook-search-base 0").utf8)
        for damaged in [flipped, Array(kept.prefix(kept.count / 2)), foreign] {
            try Data(damaged).write(to: URL(fileURLWithPath: state))
            let result = try Self.build(site, output)
            #expect(result.notes.count == 1 && result.notes[0].text(in: .en).contains(SearchBaseStore.path), "\(result.notes)")
            #expect(Self.searchFiles(output) == fresh)
        }
    }

    @Test("with the output folder emptied, the base's files come back from the stored base")
    func emptiedOutput() throws {
        let (site, output) = try Self.site()
        _ = try Self.build(site, output)
        try Self.editBody(site, "又一次修改 firewall")
        try FileManager.default.removeItem(atPath: output)
        _ = try Self.build(site, output)
        let files = Self.searchFiles(output)
        #expect(files.keys.contains { $0.hasPrefix(SearchIndex.folder + "x/") }, "the edit went into a delta")
        _ = try Self.build(site, site.root + "/fresh", BuildOptions(noCache: true))
        #expect(try SearchDeltaTests.answers(files) == SearchDeltaTests.answers(Self.searchFiles(site.root + "/fresh")))
    }
}
