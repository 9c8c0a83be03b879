import Foundation
import Testing

@testable import Casebook
@testable import CasebookContent
@testable import CasebookPages
@testable import CasebookSupport

/// Related cases: same unit and industry first, then same industry, then same unit; newer years
/// first, then site order.
@Suite("Related cases")
struct RelatedCasesTests {
    @Test("the merge of the member lists picks what a full ranking of every candidate picks")
    func matchesFullRanking() throws {
        let regions = ["湖南省", "北京市", "深圳市"], industries = ["石油化工", "电力", "钢铁"]
        var files = ["site.yaml": "title: 相关\n"]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for number in 0..<60 {
            files["content/cases/c\(number).md"] = """
                ---
                title: 案例\(number)
                enterprise: 企业\(number)有限公司
                enterprise_type: 联网工业企业
                region: \(regions[next(3)])
                year: \(2021 + next(3))
                industry: \(industries[next(3)])
                summary: 简介。
                ---
                正文。
                """
        }
        let site = try TestSite(files)
        let (content, diagnostics) = try ContentLoader().load(site.root)
        #expect(!diagnostics.hasErrors)
        let built = Site(try #require(content))
        #expect(built.cases.count == 60)
        for index in built.cases.indices {
            #expect(built.relatedCases(of: index) == Self.ranked(built, index), "case \(index)")
        }
    }

    /// Every candidate scored and sorted: the definition the fast path must match.
    static func ranked(_ site: Site, _ index: Int, limit: Int = 4) -> [Int] {
        let entry = site.cases[index]
        return site.cases.indices.filter { $0 != index }.compactMap { other -> (score: Int, year: Int, index: Int)? in
            let candidate = site.cases[other]
            let score = (candidate.unit.id == entry.unit.id ? 1 : 0) + (candidate.industry == entry.industry ? 2 : 0)
            return score == 0 ? nil : (score, candidate.year, other)
        }
        .sorted { ($0.score, $0.year, -$0.index) > ($1.score, $1.year, -$1.index) }
        .prefix(limit).map(\.index)
    }
}
