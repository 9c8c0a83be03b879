import Foundation
import Testing

@testable import Casebook
@testable import CasebookSupport

/// Each defect of the issue, made on purpose in a copy of the repository's sample showcase,
/// gives exactly one located message that says how to fix it, and no page is rendered.
@Suite("Defects in the sample showcase")
struct SampleDefectTests {
    /// Where a defect goes: a file of the sample, the text to replace and its replacement.
    struct Defect: Sendable, CustomTestStringConvertible {
        let name: String
        let file: String
        let find: String
        let replace: String
        let code: String
        var testDescription: String { name }
    }

    static let chemical = "content/cases/2022/hunan-chemical-grading.md"
    static let region = "content/regions/2022-hunan.md"

    static let defects: [Defect] = [
        Defect(name: "YAML syntax", file: chemical, find: "industry: 石油化工\n", replace: "industry: \"石油化工\n", code: "CB0001"),
        Defect(name: "front matter never closed", file: chemical, find: "\n---\n> 示例数据", replace: "\n\n> 示例数据", code: "CB0002"),
        Defect(name: "missing field", file: chemical, find: "industry: 石油化工\n", replace: "", code: "CB0101"),
        Defect(name: "unknown key", file: chemical, find: "enterprise: ", replace: "enterprize: ", code: "CB0105"),
        Defect(name: "Chinese year", file: chemical, find: "year: 2022", replace: "year: 二〇二二", code: "CB0102"),
        Defect(name: "enterprise_type", file: chemical, find: "enterprise_type: networked_industrial", replace: "enterprise_type: 工厂", code: "CB0103"),
        Defect(name: "grade", file: chemical, find: "grade: 三级", replace: "grade: 特级", code: "CB0103"),
        Defect(name: "steps", file: chemical, find: "[自主定级,", replace: "[自主评级,", code: "CB0103"),
        Defect(name: "awards", file: region, find: "awards: [overall, resource_pool, 应急演练]", replace: "awards: [overall, resource_pool, 应急预案]", code: "CB0103"),
        Defect(name: "status", file: chemical, find: "status: selected", replace: "status: chosen", code: "CB0103"),
        Defect(name: "a short unit name is accepted", file: chemical, find: "region: 湖南省", replace: "region: 湖南", code: ""),
        Defect(name: "unknown unit", file: chemical, find: "region: 湖南省", replace: "region: 湘", code: "CB0104"),
        Defect(name: "slug", file: "content/cases/2023/zhejiang-auto-parts.md", find: "", replace: "", code: "CB0106"),
        Defect(
            name: "javascript: source", file: chemical, find: "url: https://www.example.gov.cn/gxb/aqdxx/2023/gongshi-01.html",
            replace: "url: \"javascript:alert(1)\"", code: "CB0108"),
        Defect(
            name: "data: cover", file: chemical, find: "date: 2023-04-20\n", replace: "date: 2023-04-20\ncover: \"data:image/png;base64,AA\"\n", code: "CB0108"),
        Defect(
            name: "missing cover", file: chemical, find: "date: 2023-04-20\n", replace: "date: 2023-04-20\ncover: ../../media/nowhere.jpg\n", code: "CB0110"),
        Defect(name: "broken link", file: chemical, find: "## 案例背景\n", replace: "## 案例背景\n\n参见[另一案例](../no-such-case/)。\n", code: "CB0140"),
        Defect(name: "missing image", file: chemical, find: "## 案例背景\n", replace: "## 案例背景\n\n![现场](../../media/nowhere.png)\n", code: "CB0141"),
        Defect(
            name: "a link in an image's alt text is not checked", file: chemical, find: "## 案例背景\n",
            replace: "## 案例背景\n\n![[现场](../no-such-case/)](../../media/nowhere.png)\n", code: "CB0141"),
        Defect(
            name: "rank without overall", file: region, find: "awards: [overall, resource_pool, 应急演练]", replace: "awards: [resource_pool, 应急演练]\nrank: 1",
            code: "CB0202"),
        Defect(name: "summary too long", file: chemical, find: "summary: ", replace: "summary: " + String(repeating: "很长的简介。", count: 60), code: "CB0211"),
        Defect(
            name: "quota", file: "content/data/participation.yaml", find: "{ year: 2022, unit: jiangsu, enterprises: 165 }",
            replace: "{ year: 2022, unit: jiangsu, enterprises: 4 }", code: "CB0210"),
        Defect(
            name: "participation numbers disagree", file: region, find: "participating_enterprises: 123", replace: "participating_enterprises: 130",
            code: "CB0212"),
        Defect(name: "two region files", file: "content/regions/2023-hunan.md", find: "year: 2023", replace: "year: 2022", code: "CB0201"),
    ]

    @Test("one located message with a hint", arguments: defects)
    func defect(_ defect: Defect) throws {
        let root = NSTemporaryDirectory() + "casebook-sample-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.copyItem(atPath: Repository.root + "/content", toPath: root + "/content")
        try FileManager.default.copyItem(atPath: Repository.root + "/site.yaml", toPath: root + "/site.yaml")
        let path = root + "/" + defect.file
        if defect.code == "CB0106" {
            try FileManager.default.moveItem(atPath: path, toPath: Paths.folder(of: path) + "/浙江汽配.md")
        } else {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains(defect.find), "the sample changed: \(defect.file) no longer has \(defect.find)")
            try text.replacingOccurrences(of: defect.find, with: defect.replace).write(toFile: path, atomically: true, encoding: .utf8)
        }
        let result = try SiteBuilder().render(source: root)
        let shown = result.diagnostics.map(\.formatted).joined(separator: "\n")
        if defect.code.isEmpty {
            #expect(result.diagnostics.isEmpty, "\(shown)")
            return
        }
        #expect(result.diagnostics.count == 1, "one message, not a cascade:\n\(shown)")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == defect.code, "\(shown)")
        #expect(diagnostic.file.hasPrefix("content/"), "\(shown)")
        #expect(diagnostic.line > 0 || defect.code == "CB0106", "located at a line: \(shown)")
        #expect(diagnostic.hint?.isEmpty == false)
        #expect((result.output == nil) == (diagnostic.severity == .error))
    }
}
