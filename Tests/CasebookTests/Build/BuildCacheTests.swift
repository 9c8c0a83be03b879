import Foundation
import Synchronization
import Testing

@testable import Casebook
@testable import CasebookContent
@testable import CasebookPages
@testable import CasebookSupport

/// The build cache makes builds faster, never different: after any sequence of changes, and
/// whatever happened to the cache file, a build with it equals a build without it.
@Suite("Build cache")
struct BuildCacheTests {
    /// The files and diagnostics of an in-memory build of `site`, with or without `cache`.
    static func rendered(_ site: TestSite, cache: BuildCache?) throws -> (files: [String: [UInt8]], diagnostics: [String]) {
        let result = try SiteBuilder(cache: cache).render(source: site.root)
        var files: [String: [UInt8]] = [:]
        for file in result.output?.files ?? [] { files[file.path] = file.bytes }
        return (files, result.diagnostics.map(\.formatted))
    }

    static func sampleSite() throws -> TestSite {
        let site = try TestSite([:])
        try FileManager.default.createDirectory(atPath: site.root, withIntermediateDirectories: true)
        for item in ["site.yaml", "content"] {
            try FileManager.default.copyItem(atPath: Repository.root + "/" + item, toPath: site.root + "/" + item)
        }
        return site
    }

    @Test("after a seeded random walk of edits, additions, deletions and renames, each cached build equals an uncached one")
    func randomWalk() throws {
        let site = try Self.sampleSite()
        _ = try SiteBuilder(cache: BuildCache.open(site: site.root)).render(source: site.root)
        var state: UInt64 = 1207
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let cache = BuildCache.open(site: site.root)
        let fileManager = FileManager.default
        for step in 0..<16 {
            let cases = LocalFileSystem().walk(site.root + "/content/cases").map(\.path).filter { $0.hasSuffix(".md") }.sorted()
            let name = cases[next(cases.count)]
            let file = site.root + "/content/cases/" + name, folder = Paths.folder(of: file)
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let yaml = try String(contentsOfFile: site.root + "/site.yaml", encoding: .utf8)
            let kind = next(8)
            switch kind {
            case 0: try (text + "\n\n新增的一段正文 \(step)，见[关于](../../pages/about.md)。\n").write(toFile: file, atomically: true, encoding: .utf8)
            case 1: try text.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: 修订\(step) ").write(toFile: file, atomically: true, encoding: .utf8)
            case 2: try fileManager.copyItem(atPath: file, toPath: folder + "/added-\(step).md")
            case 3: try fileManager.removeItem(atPath: file)
            case 4: try fileManager.moveItem(atPath: file, toPath: folder + "/renamed-\(step).md")
            case 5: try text.replacingOccurrences(of: "\nyear: ", with: "\nyear: x").write(toFile: file, atomically: true, encoding: .utf8)
            case 6: try text.write(toFile: file, atomically: true, encoding: .utf8)
            default:
                let links = yaml.contains("\nlinks: portable") ? "" : "\nlinks: portable\n"
                try (yaml.replacingOccurrences(of: "\nlinks: portable\n", with: "\n") + links).write(
                    toFile: site.root + "/site.yaml", atomically: true, encoding: .utf8)
            }
            var fresh = try Self.rendered(site, cache: nil)
            var cached = try Self.rendered(site, cache: step.isMultiple(of: 2) ? cache : BuildCache.open(site: site.root))
            #expect(cached.diagnostics == fresh.diagnostics, "step \(step), change \(kind) of \(name)")
            #expect(cached.files == fresh.files, "step \(step), change \(kind) of \(name)")
            if fresh.files.isEmpty {
                // A change that broke the site (a wrong year, a case others link to gone) is
                // undone, as its author would, so that the walk goes on over a site that builds.
                for made in [folder + "/added-\(step).md", folder + "/renamed-\(step).md"] where fileManager.fileExists(atPath: made) {
                    try fileManager.removeItem(atPath: made)
                }
                try text.write(toFile: file, atomically: true, encoding: .utf8)
                try yaml.write(toFile: site.root + "/site.yaml", atomically: true, encoding: .utf8)
                (fresh, cached) = (try Self.rendered(site, cache: nil), try Self.rendered(site, cache: cache))
                #expect(!fresh.files.isEmpty && cached.files == fresh.files, "step \(step), undone")
            }
            try cache.save()
        }
    }

    @Test("a body whose link target moves renders again, though its own file did not change")
    func linkTargetsAreDependencies() throws {
        let site = try TestSite([
            "site.yaml": "title: 缓存\n",
            "content/cases/a.md": caseFile(title: "甲案例", body: "参见[乙案例](b.md)。"),
            "content/cases/b.md": caseFile(title: "乙案例"),
        ])
        let cache = BuildCache()
        _ = try Self.rendered(site, cache: cache)
        try site.write("site.yaml", "title: 缓存\nlinks: portable\n")
        let page = try #require(try Self.rendered(site, cache: cache).files["cases/a/index.html"])
        #expect(page == (try Self.rendered(site, cache: nil).files["cases/a/index.html"]))
        #expect(String(decoding: page, as: UTF8.self).contains("href=\"../../cases/b/index.html\">乙案例</a>"), "the body's link is portable now")
    }

    @Test("a damaged, cut short, foreign or other program's cache is ignored with a note, and the build is unchanged")
    func badCacheFiles() throws {
        let site = try Self.sampleSite()
        let good = BuildCache.open(site: site.root)
        let expected = try Self.rendered(site, cache: good)
        try good.save()
        let reopened = BuildCache.open(site: site.root)
        #expect(reopened.note == nil)
        #expect(reopened.content.count == good.content.count && reopened.bodies.count == good.bodies.count, "the saved cache is read back")
        let files = (0..<BuildCache.shardCount).map { site.root + "/" + BuildCache.file($0) }
        let path = try #require(files.max { (Self.size($0) ?? 0) < (Self.size($1) ?? 0) })
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))

        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x20
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", maxSplits: 3, omittingEmptySubsequences: false)
        let otherProgram = [lines[0], "0123456789abcdef", lines[2], lines[3]].joined(separator: "\n")
        let cases: [(String, [UInt8])] = [
            ("is damaged", flipped),
            ("is damaged", Array(bytes.prefix(bytes.count - 100))),
            ("is damaged", Array(bytes.prefix(30))),
            ("is not a Casebook build cache", Array("{\"content\": {}}".utf8)),
            ("was made by another build of Casebook", Array(otherProgram.utf8)),
        ]
        for (problem, bad) in cases {
            try Data(bad).write(to: URL(fileURLWithPath: path))
            let cache = BuildCache.open(site: site.root)
            #expect(cache.note?.text(in: .en).contains(problem) == true, "\(problem): \(cache.note?.text(in: .en) ?? "no note")")
            #expect(cache.content.count + cache.bodies.count < good.content.count + good.bodies.count, "what the file held is dropped")
            #expect(try Self.rendered(site, cache: cache) == expected, "\(problem)")
            try cache.save()
            #expect(BuildCache.open(site: site.root).note == nil, "\(problem): the next save writes the file anew")
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
    }

    @Test("a save after a one-case edit rewrites only the cache file that holds it")
    func saveWritesOnlyWhatChanged() throws {
        let site = try Self.sampleSite()
        _ = try Self.rendered(site, cache: BuildCache.open(site: site.root))
        // Once the files are older than the racy window, a build records stamps it can trust.
        Thread.sleep(forTimeInterval: Double(LoadCache.racyWindow) / 1e9 + 0.2)
        let cache = BuildCache.open(site: site.root)
        _ = try Self.rendered(site, cache: cache)
        try cache.save()
        let files = (0..<BuildCache.shardCount).map { site.root + "/" + BuildCache.file($0) }
        let before = files.map { try? FileManager.default.attributesOfItem(atPath: $0)[.systemFileNumber] as? NSNumber }
        let file = site.root + "/content/cases/2022/hunan-chemical-grading.md"
        try (String(contentsOfFile: file, encoding: .utf8) + "\n补充一句。\n").write(toFile: file, atomically: true, encoding: .utf8)
        let next = BuildCache.open(site: site.root)
        _ = try Self.rendered(site, cache: next)
        try next.save()
        let after = files.map { try? FileManager.default.attributesOfItem(atPath: $0)[.systemFileNumber] as? NSNumber }
        let rewritten = zip(before, after).count { $0 != $1 }
        let shards = Set(
            [
                "content/cases/2022/hunan-chemical-grading.md",
                BodyCache.key("case", file: "content/cases/2022/hunan-chemical-grading.md", record: "hunan-chemical-grading"),
            ].map(BuildCache.shard(of:)))
        #expect(rewritten == shards.count, "the file and its body live in \(shards.count) cache files")
    }

    static func size(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
    }

    @Test("a file whose stamp is unchanged is not read again; an edited one is")
    func unchangedFilesAreNotRead() throws {
        let site = try TestSite([
            "site.yaml": "title: 缓存\n",
            "content/cases/a.md": caseFile(title: "甲案例"),
            "content/cases/b.md": caseFile(title: "乙案例"),
        ])
        let reads = CountingFileSystem()
        let cache = BuildCache()
        func build() throws -> Int {
            reads.reset()
            _ = try SiteBuilder(fileSystem: reads, cache: cache).render(source: site.root)
            return reads.count(under: "/content/")
        }
        #expect(try build() == 2)
        // Files written less than two seconds before they were read may change again unseen
        // (a "racy" stamp): they are read and hashed again until they are older.
        #expect(try build() == 2)
        Thread.sleep(forTimeInterval: Double(LoadCache.racyWindow) / 1e9 + 0.2)
        #expect(try build() == 2, "read once more: now their stamps are older than the window")
        #expect(try build() == 0, "nothing read when nothing changed")
        try site.write("content/cases/b.md", caseFile(title: "乙案例（修订）"))
        #expect(try build() == 1)
    }

    @Test("a stamp is trusted only when the file was older than the racy window when read")
    func racyStamps() {
        var info = stat()
        info.st_size = 10
        info.st_mtim.tv_sec = 1_000
        info.st_ctim.tv_sec = 1_000
        let stamp = FileStamp(info)
        let loaded = LoadCache.Loaded.pages(.init(file: "content/pages/a.md"))
        let cache = LoadCache([
            "old": .init(stamp: stamp, readAt: stamp.latest + LoadCache.racyWindow + 1, hash: "h", drafts: false, loaded: loaded),
            "racy": .init(stamp: stamp, readAt: stamp.latest + LoadCache.racyWindow - 1, hash: "h", drafts: false, loaded: loaded),
        ])
        #expect(cache.unchanged("old", stamp: stamp, drafts: false) != nil)
        #expect(cache.unchanged("old", stamp: stamp, drafts: true) == nil, "drafts change what a draft's mistakes are")
        #expect(cache.unchanged("racy", stamp: stamp, drafts: false) == nil)
        info.st_ctim.tv_nsec = 1
        #expect(cache.unchanged("old", stamp: FileStamp(info), drafts: false) == nil, "a changed inode time means a changed file")
    }
}

/// The cache as a user meets it: `casebook build`, `--no-cache`, `casebook clean`, `casebook new site`.
@Suite("Build cache on the command line")
struct BuildCacheCommandTests {
    @Test("build keeps its cache in .casebook/, says what it rendered and wrote, notes a damaged cache; clean removes it")
    func commands() throws {
        let site = try BuildCacheTests.sampleSite()
        let cacheFiles = (0..<BuildCache.shardCount).map { site.root + "/" + BuildCache.file($0) }
        let first = try CasebookProcess.run(["build", "--lang", "en", "--source", site.root, "--output", site.root + "/public"], in: site.root)
        #expect(first.status == 0, "\(first.errors)")
        #expect(cacheFiles.allSatisfy { FileManager.default.fileExists(atPath: $0) })
        let ignore = try String(contentsOfFile: site.root + "/.casebook/.gitignore", encoding: .utf8)
        #expect(ignore.hasSuffix("\n*\n"), "the cache folder ignores itself in git")

        let file = site.root + "/content/cases/2022/hunan-chemical-grading.md"
        try (String(contentsOfFile: file, encoding: .utf8) + "\n补充一句。\n").write(toFile: file, atomically: true, encoding: .utf8)
        let second = try CasebookProcess.run(["build", "--lang", "en", "--source", site.root, "--output", site.root + "/public"], in: site.root)
        #expect(second.status == 0 && second.errors.isEmpty, "\(second.errors)")
        let summary = try #require(second.output.split(separator: "\n").first { $0.hasPrefix("Built ") })
        #expect(summary.contains(" rendered, ") && summary.contains(" files written, 0 deleted"), "\(summary)")

        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: cacheFiles[3])))
        bytes[bytes.count - 10] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: cacheFiles[3]))
        let damaged = try CasebookProcess.run(["build", "--lang", "en", "--source", site.root, "--output", site.root + "/public"], in: site.root)
        #expect(damaged.status == 0)
        #expect(damaged.errors.contains("note: .casebook/cache/build-03.cache is damaged or cut short; what it held is made anew"), "\(damaged.errors)")
        #expect(BuildCache.open(site: site.root).note == nil, "the build saved a good cache in its place")

        let cleaned = try CasebookProcess.run(["clean", "--lang", "en", "--source", site.root], in: site.root)
        #expect(cleaned.status == 0 && cleaned.output.contains("Removed the build cache"))
        #expect(!cacheFiles.contains { FileManager.default.fileExists(atPath: $0) })
        let uncached = try CasebookProcess.run(
            ["build", "--lang", "en", "--no-cache", "--source", site.root, "--output", site.root + "/public"], in: site.root)
        #expect(uncached.status == 0 && !cacheFiles.contains { FileManager.default.fileExists(atPath: $0) }, "--no-cache writes no cache")
        let notASite = try CasebookProcess.run(["clean", "--lang", "en", "--source", site.root + "/content"], in: site.root)
        #expect(notASite.status == 2 && notASite.errors.contains("holds no site.yaml"))
    }

    @Test("a new site's .gitignore names the built site and the cache")
    func newSiteIgnoresCache() throws {
        let folder = try TestSite([:])
        try FileManager.default.createDirectory(atPath: folder.root, withIntermediateDirectories: true)
        let made = try CasebookProcess.run(["new", "site", "showcase"], in: folder.root)
        #expect(made.status == 0, "\(made.errors)")
        let ignore = try String(contentsOfFile: folder.root + "/showcase/.gitignore", encoding: .utf8)
        #expect(ignore.contains("\n/public/\n") && ignore.contains("\n/.casebook/\n"))
    }
}

/// The local file system, counting the files read.
final class CountingFileSystem: FileSystem {
    private let paths = Mutex<[String]>([])
    private let local = LocalFileSystem()

    func reset() { paths.withLock { $0 = [] } }
    func count(under folder: String) -> Int { paths.withLock { $0.count { $0.contains(folder) } } }

    func read(_ path: String) throws -> [UInt8] {
        paths.withLock { $0.append(path) }
        return try local.read(path)
    }
    func walk(_ folder: String) -> [FileEntry] { local.walk(folder) }
    func isFile(_ path: String) -> Bool { local.isFile(path) }
    func isDirectory(_ path: String) -> Bool { local.isDirectory(path) }
    func resolvingSymlinks(_ path: String) -> String { local.resolvingSymlinks(path) }
}
