import Foundation
import Testing

@testable import Casebook
@testable import CasebookContent
@testable import CasebookSupport
@testable import CasebookValidation

/// Random bytes and randomly damaged front matter fed to the loader: nothing crashes, every
/// diagnostic is located inside the file and has a catalogued code, and an entry that does not
/// load is never dropped silently. Seeded, so every run sees the same cases.
@Suite("Random input")
struct RandomInputTests {
    static let valid = """
        ---
        title: 湘江明德化工集团分类分级管理实践
        enterprise: 湘江明德化工集团有限公司
        enterprise_type: networked_industrial
        region: 湖南省
        year: 2022
        industry: 石油化工
        industry_code: C25
        grade: 三级
        steps: [自主定级, 定级核查, 分级防护]
        status: selected
        summary: "以全厂工业资产测绘为起点，开展自主定级: 经核查确定为三级企业。"
        tags: [资产测绘, 工控安全]
        date: 2023-04-20
        sources:
          - { title: 公示通知, url: "https://www.example.gov.cn/a.html", date: 2023-03-01 }
          - title: 工作简报
            url: https://www.example.gov.cn/b.html
        featured: true
        contact: { name: 张三, phone: 010-00000000 }
        ---
        ## 案例背景

        **高度重视，**并且[参见](../other/)。![图](../../media/a.png)
        """

    /// Characters that break YAML in interesting ways, and some that people really type.
    static let palette: [String] = [
        ":", ": ", "-", "- ", "[", "]", "{", "}", "\"", "'", "\t", " ", "  ", "#", "：", "\u{3000}", "*", "&", "!",
        "|", ">", "%", "@", "`", ",", "\n", "---", "...", "\\", "\u{0}", "\u{7}", "案", "\u{FEFF}", "二〇二二", "javascript:",
    ]

    @Test("random bytes never crash the loader and always get a diagnostic")
    func randomBytes() throws {
        var random = SplitMix64(seed: 0xCA5EB00C)
        for round in 0..<300 {
            var bytes: [UInt8]
            switch round % 3 {
            case 0: bytes = (0..<random.next(upTo: 400)).map { _ in UInt8(random.next(upTo: 256)) }
            case 1: bytes = Array("---\n".utf8) + (0..<random.next(upTo: 300)).map { _ in UInt8(random.next(upTo: 256)) }
            default:
                bytes = Array((0..<random.next(upTo: 60)).map { _ in Self.palette[random.next(upTo: Self.palette.count)] }.joined().utf8)
            }
            let (content, diagnostics) = try Self.load(bytes)
            #expect(content?.cases.isEmpty != false, "round \(round): random bytes made a case")
            #expect(diagnostics.hasErrors, "round \(round): no diagnostic for \(bytes.prefix(40))")
            Self.checkLocated(diagnostics, bytes: bytes, round: round)
        }
    }

    @Test("damaged front matter never crashes, and an entry that does not load always says why")
    func mutatedFrontMatter() throws {
        var random = SplitMix64(seed: 20221202)
        let (clean, cleanDiagnostics) = try Self.load(Array(Self.valid.utf8))
        #expect(clean?.cases.count == 1 && cleanDiagnostics.isEmpty, "\(cleanDiagnostics.map(\.formatted))")
        var dropped = 0
        for round in 0..<400 {
            var text = Self.valid
            for _ in 0...random.next(upTo: 3) { text = Self.mutate(text, &random) }
            let bytes = Array(text.utf8)
            let (content, diagnostics) = try Self.load(bytes)
            if content?.cases.isEmpty != false {
                dropped += 1
                #expect(diagnostics.hasErrors, "round \(round): the case vanished without an error:\n\(text)")
            }
            Self.checkLocated(diagnostics, bytes: bytes, round: round)
            let again = try Self.load(bytes).diagnostics
            #expect(again == diagnostics, "round \(round): the same input gave different diagnostics")
            if round % 20 == 0 {
                // The whole pipeline too: validation, Markdown, templates, link checking.
                let result = try SiteBuilder(fileSystem: MemoryFileSystem(Self.files(bytes))).render(source: "/site")
                #expect(result.output == nil || !result.diagnostics.hasErrors)
            }
        }
        #expect(dropped > 50, "the mutations should break the case often enough to test something (\(dropped))")
    }

    // MARK: - Helpers

    static func files(_ bytes: [UInt8]) -> [String: [UInt8]] {
        ["/site/site.yaml": Array(minimalSiteYAML.utf8), "/site/content/cases/2022/fuzz.md": bytes, "/site/content/media/a.png": [0x89]]
    }

    static func load(_ bytes: [UInt8]) throws -> (content: SiteContent?, diagnostics: [Diagnostic]) {
        let (content, diagnostics) = try ContentLoader(fileSystem: MemoryFileSystem(files(bytes))).load("/site")
        return (content, diagnostics.sortedForDisplay())
    }

    static func checkLocated(_ diagnostics: [Diagnostic], bytes: [UInt8], round: Int) {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
        for diagnostic in diagnostics {
            #expect(RuleCatalogue.rule(diagnostic.code) != nil, "round \(round): \(diagnostic.code) is not catalogued")
            #expect(diagnostic.file == "content/cases/2022/fuzz.md", "round \(round): \(diagnostic.formatted)")
            #expect(diagnostic.line >= 0 && diagnostic.line <= lines + 1, "round \(round): \(diagnostic.formatted) is outside the file")
            #expect(diagnostic.column >= 0)
            #expect(!diagnostic.message.isEmpty)
        }
    }

    static func mutate(_ text: String, _ random: inout SplitMix64) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count > 1 else { return text + Self.palette[random.next(upTo: Self.palette.count)] }
        let frontEnd = lines.dropFirst().firstIndex(of: "---") ?? lines.count - 1
        let target = min(lines.count - 1, 1 + random.next(upTo: max(1, frontEnd - 1)))
        var characters = Array(lines[target])
        switch random.next(upTo: 8) {
        case 0: lines.remove(at: target)
        case 1: lines.insert(lines[target], at: target)
        case 2:
            let position = random.next(upTo: characters.count + 1)
            characters.insert(contentsOf: Self.palette[random.next(upTo: Self.palette.count)], at: position)
            lines[target] = String(characters)
        case 3:
            if !characters.isEmpty { characters.remove(at: random.next(upTo: characters.count)) }
            lines[target] = String(characters)
        case 4:
            if characters.count > 1 {
                let position = random.next(upTo: characters.count - 1)
                characters.swapAt(position, position + 1)
            }
            lines[target] = String(characters)
        case 5:
            if let colon = lines[target].firstIndex(of: ":") {
                lines[target] =
                    String(lines[target][...colon]) + " " + (0..<random.next(upTo: 4)).map { _ in Self.palette[random.next(upTo: Self.palette.count)] }.joined()
            }
        case 6: lines[target] = "  " + lines[target]
        default:
            return String(text.prefix(random.next(upTo: text.count)))
        }
        return lines.joined(separator: "\n")
    }
}

/// A small, fast, seedable generator (SplitMix64), so that "random" tests repeat exactly.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (0 when bound is 0).
    mutating func next(upTo bound: Int) -> Int {
        bound <= 0 ? 0 : Int(next() % UInt64(bound))
    }
}

/// A file system held in memory: absolute path → bytes; no links.
struct MemoryFileSystem: FileSystem {
    let files: [String: [UInt8]]

    init(_ files: [String: [UInt8]]) { self.files = files }

    func read(_ path: String) throws -> [UInt8] {
        guard let bytes = files[path] else { throw TestFailure("no file \(path)") }
        return bytes
    }

    func walk(_ folder: String) -> [FileEntry] {
        files.keys.filter { $0.hasPrefix(folder + "/") }.map { FileEntry(path: String($0.dropFirst(folder.count + 1)), isSymlink: false) }
            .sorted { $0.path < $1.path }
    }

    func isFile(_ path: String) -> Bool { files[path] != nil }

    func isDirectory(_ path: String) -> Bool { files.keys.contains { $0.hasPrefix(path + "/") } }

    func resolvingSymlinks(_ path: String) -> String { path }
}
