import CasebookContent
import Foundation
import Testing

@testable import Casebook
@testable import CasebookPages
@testable import CasebookSearch

@Suite("Search delta segments")
struct SearchDeltaTests {
    static let words = ["蜜罐", "态势感知", "防护", "工控", "数据", "安全审计", "隔离", "漏洞", "加密", "应急", "plc", "modbus", "modem", "opc", "firewall", "scada"]
    /// (token, prefix) queries as search.js makes them: CJK bigrams and single characters, whole
    /// words, prefixes, and pairs of terms.
    static let queries: [[(String, Bool)]] = [
        [("蜜罐", false)], [("态势", false), ("感知", false)], [("防", false)], [("工控", false), ("数据", false)],
        [("审计", false)], [("plc", false)], [("mod", true)], [("fire", true)], [("opc", true), ("漏洞", false)],
        [("scada", false)], [("隔离", false), ("加密", false)], [("应急", false)], [("案例", false)],
    ]

    static func text(_ random: inout SeededRandom, count: ClosedRange<Int>) -> String {
        (0..<(count.lowerBound + random.next(count.count))).map { _ in words[random.next(words.count)] }.joined(separator: "，")
    }

    static func randomCase(_ random: inout SeededRandom) -> String {
        caseFile(
            title: "案例" + text(&random, count: 1...2), year: 2021 + random.next(3),
            body: "## 背景\n\n" + text(&random, count: 3...40) + "。\n")
    }

    static func site(cases: Int, random: inout SeededRandom) -> [String: String] {
        var files = [
            "site.yaml": "title: 增量搜索\n", "content/pages/about.md": "---\ntitle: 关于\n---\nplc 与蜜罐。\n",
            "content/regions/2022-hunan.md": "---\nregion: hunan\nyear: 2022\nawards: [overall]\nsummary: 湖南蜜罐工作。\n---\n工控安全。\n",
            "content/regions/2023-hunan.md": "---\nregion: hunan\nyear: 2023\nawards: [overall]\nsummary: 湖南审计工作。\n---\nmodbus 安全。\n",
        ]
        for index in 0..<cases { files["content/cases/c\(index).md"] = randomCase(&random) }
        return files
    }

    /// One random edit: a body, a title, a new case, a deleted case or a renamed one.
    static func edit(_ files: inout [String: String], random: inout SeededRandom, next: inout Int) {
        let cases = files.keys.filter { $0.hasPrefix("content/cases/") }.sorted()
        let path = cases[random.next(cases.count)]
        switch random.next(5) {
        case 0:
            files[path] = files[path]!.components(separatedBy: "## 背景")[0] + "## 背景\n\n" + text(&random, count: 3...40) + "。\n"
        case 1:
            files[path] = files[path]!.replacingOccurrences(of: "title: 案例", with: "title: 案例" + text(&random, count: 1...1))
        case 2:
            files["content/cases/n\(next).md"] = randomCase(&random)
            next += 1
        case 3 where cases.count > 4:
            files[path] = nil
        default:
            files["content/cases/r\(next).md"] = files.removeValue(forKey: path)
            next += 1
        }
    }

    /// The index of `files` over `previous`.
    static func index(_ files: [String: String], previous: SearchBase?, limits: SearchDelta.Limits = .standard) throws -> SearchIndex {
        let folder = try TestSite(files)
        let content = try #require(try ContentLoader().load(folder.root).content)
        let site = Site(content)
        let bodies = RenderedBodies(site: site, routes: Routes(portable: false))
        return SearchIndex(site: site, bodies: bodies, strings: [:], previous: previous, limits: limits)
    }

    /// What a reader of `index` sees: every query's results (route and score to six places, best
    /// first), and every live document in site order with its record and facet values.
    static func answers(_ index: SearchIndex) throws -> [String] {
        try answers(Dictionary(uniqueKeysWithValues: index.files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) }))
    }

    /// The same, from the index files by path.
    static func answers(_ files: [String: String]) throws -> [String] {
        let reader = try IndexReader(files)
        let facets = try FacetID.allCases.map { try reader.facet($0.rawValue) }
        var lines: [String] = []
        for document in reader.order {
            let record = try JSONSerialization.data(withJSONObject: try reader.record(document), options: .sortedKeys)
            let values = facets.map { $0.column[document] == 0 ? "-" : $0.keys[$0.column[document] - 1] }
            lines.append(String(decoding: record, as: UTF8.self) + " " + values.joined(separator: ","))
        }
        for query in queries {
            let results = try reader.search(query).map { try (reader.record($0.document)["h"] as? String ?? "?") + String(format: " %.6f", $0.score) }
            lines.append(query.map(\.0).joined(separator: "+") + ": " + results.joined(separator: " | "))
        }
        return lines
    }

    /// Runs `steps` rounds of one to three random edits, each indexed over the previous round's
    /// base and afresh, and expects the two to read the same; returns the bases used.
    static func replay(seed: UInt64, steps: Int, limits: SearchDelta.Limits) throws -> [SearchBase] {
        var random = SeededRandom(seed), next = 0
        var files = site(cases: 24, random: &random)
        var bases = [try index(files, previous: nil).base]
        for step in 0..<steps {
            for _ in 0..<(1 + random.next(3)) { edit(&files, random: &random, next: &next) }
            let incremental = try index(files, previous: bases.last, limits: limits)
            let fresh = try index(files, previous: nil)
            #expect(try answers(incremental) == answers(fresh), "seed \(seed), step \(step)")
            bases.append(incremental.base)
        }
        return bases
    }

    @Test("after random edits, additions, deletions and renames, base + delta read exactly as a fresh index")
    func deltaEqualsFresh() throws {
        let unbounded = SearchDelta.Limits(share: 1, bytes: .max / 4, maxShards: 4)
        for seed: UInt64 in [1, 2] {
            let bases = try Self.replay(seed: seed, steps: 10, limits: unbounded)
            #expect(Set(bases.map(\.id)).count == 1, "without bounds the base stays byte for byte")
        }
    }

    @Test("a delta past its bounds is merged into a fresh base, which reads the same")
    func merging() throws {
        let tight = SearchDelta.Limits(share: 0.15, bytes: 600, maxShards: 2)
        let bases = try Self.replay(seed: 7, steps: 12, limits: tight)
        #expect(Set(bases.map(\.id)).count > 2, "the tight bounds merged several times")
    }

    @Test("a one-case body edit leaves the base's files and the other documents' records alone")
    func oneBodyEdit() throws {
        var random = SeededRandom(11)
        var files = Self.site(cases: 24, random: &random)
        let before = try Self.index(files, previous: nil)
        files["content/cases/c3.md"] = caseFile(title: "案例蜜罐", body: "## 背景\n\n全新的正文，modbus。\n")
        let after = try Self.index(files, previous: before.base)
        #expect(after.base == before.base)
        let old = Dictionary(uniqueKeysWithValues: before.files.map { ($0.path, $0.bytes) })
        let changed = after.files.filter { old[$0.path] != $0.bytes }.map(\.path)
        #expect(changed.contains(SearchIndex.mainFile))
        #expect(changed.count <= 1 + SearchDelta.Limits.standard.maxShards + 1, "\(changed)")
        #expect(changed.allSatisfy { $0 == SearchIndex.mainFile || $0.hasPrefix(SearchIndex.folder + "x/") })
    }
}
