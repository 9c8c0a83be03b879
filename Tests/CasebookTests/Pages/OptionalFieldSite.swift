import Foundation

/// A small site, with the book, where every optional field of site.yaml (the book's settings
/// too), cases, regions and pages is written on a line of its own, tagged with the field's name,
/// and holds a value found nowhere else (its marker); plus seeded random cases and regions that
/// hold a random share of the same fields. `files(without:)` leaves one field out, by dropping the
/// lines tagged with it.
struct OptionalFieldSite {
    /// An optional field: its name (the tag of its lines), the text that shows its value, and the
    /// marker of the field whose value takes its place by design when it is absent, if any.
    struct Field: Hashable {
        let name: String
        let marker: String
        var fallback: String?
    }

    /// The fields of the fixed entries, each left out in turn by the tests.
    static let fields = [
        Field(name: "site.description", marker: "站点描述标记"),
        Field(name: "site.icp", marker: "京ICP备标记"),
        Field(name: "site.copyright", marker: "版权标记"),
        Field(name: "case.industry_code", marker: "T97"),
        Field(name: "case.grade", marker: "grades/"),
        Field(name: "case.steps", marker: "class=\"steps\""),
        Field(name: "case.recommender", marker: "推荐单位标记"),
        Field(name: "case.tags", marker: "标签标记"),
        Field(name: "case.cover", marker: "cover-q8.svg"),
        Field(name: "case.date", marker: "2021-03-09"),
        Field(name: "case.sources", marker: "案例来源标记"),
        Field(name: "case.source.date", marker: "2020-11-12"),
        Field(name: "region.applicant", marker: "申报单位标记"),
        Field(name: "region.stats", marker: "统计项标记"),
        Field(name: "region.stat.unit", marker: "计量标记"),
        Field(name: "region.rank", marker: "class=\"rank\""),
        Field(name: "region.sources", marker: "地区来源标记"),
        Field(name: "region.source.date", marker: "2019-05-06"),
        Field(name: "page.summary", marker: "页面摘要标记"),
        Field(name: "book.title", marker: "汇编标题标记"),
        Field(name: "book.subtitle", marker: "汇编副题标记"),
        // The cover names the footer's copyright holder when the book names no publisher.
        Field(name: "book.publisher", marker: "编印单位标记", fallback: "版权标记"),
        Field(name: "book.preface", marker: "class=\"book-preface"),
    ]

    /// Lines tagged `#@name` belong to the field `name`; untagged lines are always written.
    private let tagged: [String: String]
    /// Markers of the random entries' fields, which must never appear more often without a field.
    let randomMarkers: [String]

    init(seed: UInt64) {
        var files: [String: String] = [
            "site.yaml": """
            title: 可选字段测试
            description: 站点描述标记 #@site.description
            per_page: 3
            ranked: [2023] #@region.rank
            footer:
              icp: 京ICP备标记 #@site.icp
              copyright: 版权标记 #@site.copyright
            book:
              enabled: true
              title: 汇编标题标记 #@book.title
              subtitle: 汇编副题标记 #@book.subtitle
              publisher: 编印单位标记 #@book.publisher
              preface: notes #@book.preface
            """,
            "content/cases/fixed.md": """
            ---
            title: 固定案例
            enterprise: 固定企业有限公司
            enterprise_type: 联网工业企业
            region: 湖南省
            year: 2023
            industry: 石油化工
            industry_code: T97 #@case.industry_code
            grade: 三级 #@case.grade
            steps: [self_grading, grading_review] #@case.steps
            recommender: 推荐单位标记 #@case.recommender
            tags: [标签标记] #@case.tags
            cover: ../media/cover-q8.svg #@case.cover
            date: 2021-03-09 #@case.date
            summary: 固定案例的简介。
            sources: #@case.sources
              - title: 案例来源标记 #@case.sources
                url: https://example.org/case-source #@case.sources
                date: 2020-11-12 #@case.sources #@case.source.date
            ---
            ## 背景

            正文。
            """,
            "content/media/cover-q8.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
            "content/regions/2023-hunan.md": """
            ---
            region: 湖南
            year: 2023
            awards: [overall]
            rank: 1 #@region.rank
            applicant: 申报单位标记 #@region.applicant
            summary: 湖南的概况。
            stats: #@region.stats
              - label: 统计项标记 #@region.stats
                value: 12 #@region.stats
                unit: 计量标记 #@region.stats #@region.stat.unit
            sources: #@region.sources
              - title: 地区来源标记 #@region.sources
                url: https://example.org/region-source #@region.sources
                date: 2019-05-06 #@region.sources #@region.source.date
            ---
            湖南的做法。
            """,
            // Not `about`, which the book would take as its preface without `book.preface`.
            "content/pages/notes.md": """
            ---
            title: 关于
            summary: 页面摘要标记 #@page.summary
            ---
            ## 一

            说明。
            """,
        ]
        var random = SeededRandom(seed)
        var markers: [String] = []
        let regions = ["北京市", "广东省", "湖北省", "浙江省"]
        for number in 0..<7 {
            func maybe(_ line: String, marker: String) -> String {
                guard random.next(2) == 1 else { return "" }
                markers.append(marker)
                return line + "\n"
            }
            let date = "2022-0\(number + 1)-1\(number)"
            var text = "---\ntitle: 随机案例\(number)\nenterprise: 随机企业\(number)\nenterprise_type: 平台企业\n"
            text += "region: \(regions[random.next(regions.count)])\nyear: 202\(2 + random.next(2))\nindustry: 电力\nsummary: 随机简介\(number)。\n"
            text += maybe("recommender: 随机推荐\(number)", marker: "随机推荐\(number)")
            text += maybe("date: \(date)", marker: date)
            text += maybe("tags: [石油化工, 随机标签\(number)]", marker: "随机标签\(number)")
            text += maybe("industry_code: R\(number)5", marker: "R\(number)5")
            if random.next(2) == 1 {
                text += "sources:\n  - title: 随机来源\(number)\n    url: https://example.org/r\(number)\n"
                markers.append("随机来源\(number)")
                text += maybe("    date: 2018-0\(number + 1)-0\(number + 1)", marker: "2018-0\(number + 1)-0\(number + 1)")
            }
            files["content/cases/random-\(number).md"] = text + "---\n正文\(number)。\n"
        }
        for (number, region) in ["beijing", "guangdong"].enumerated() {
            var text = "---\nregion: \(region)\nyear: 2022\nawards: [classification_grading]\nsummary: 随机地区\(number)。\n"
            if random.next(2) == 1 {
                text += "applicant: 随机申报\(number)\n"
                markers.append("随机申报\(number)")
            }
            text += "stats:\n  - label: 随机统计\(number)\n    value: 3\n"
            if random.next(2) == 1 {
                text += "    unit: 随机单位\(number)\n"
                markers.append("随机单位\(number)")
            }
            files["content/regions/2022-\(region).md"] = text + "---\n正文。\n"
        }
        tagged = files
        randomMarkers = markers
    }

    /// The site's files, without the lines of `field` (nil: with every field).
    func files(without field: Field? = nil) -> [String: String] {
        tagged.mapValues { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> String? in
                guard let tag = line.range(of: " #@") else { return String(line) }
                if let field, line[tag.lowerBound...].split(separator: " ").contains(Substring("#@" + field.name)) { return nil }
                return String(line[..<tag.lowerBound])
            }.joined(separator: "\n") + "\n"
        }
    }
}

/// A small seeded generator (a linear congruential one), the same on every platform.
struct SeededRandom {
    private var state: UInt64

    init(_ seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
}
