import Foundation
import Testing

@testable import Casebook
@testable import CasebookSupport
@testable import CasebookValidation

/// docs/diagnostics.zh-CN.md is made from the rule catalogue's Chinese titles and the Chinese
/// diagnostics of the bad-input corpus. Regenerate after changing a rule or a message with
/// `CASEBOOK_RECORD=1 swift test --filter DiagnosticsDoc`, then read the diff.
@Suite("Diagnostics doc")
struct DiagnosticsDocTests {
    static let path = Repository.root + "/docs/diagnostics.zh-CN.md"

    @Test("every rule has a title in English and in Chinese")
    func titles() {
        for rule in RuleCatalogue.rules {
            #expect(MessageCatalogue.template("rule." + rule.code, in: .en) != nil, "\(rule.code) has no English title")
            let chinese = rule.title(in: .zhCN)
            #expect(chinese != rule.title && chinese.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(rule.code): \(chinese)")
        }
    }

    @Test("docs/diagnostics.zh-CN.md is generated from the catalogue and the corpus")
    func generated() throws {
        let text = try Self.document()
        if ProcessInfo.processInfo.environment["CASEBOOK_RECORD"] == "1" {
            try text.write(toFile: Self.path, atomically: true, encoding: .utf8)
            return
        }
        let written = try String(contentsOfFile: Self.path, encoding: .utf8)
        #expect(written == text, "docs/diagnostics.zh-CN.md is out of date; regenerate it with CASEBOOK_RECORD=1 swift test --filter DiagnosticsDoc")
    }

    /// The Chinese diagnostics the corpus records, by code.
    static func examples() throws -> [String: [String]] {
        var found: [String: [String]] = [:]
        for site in BadInputTests.sites {
            let file = BadInputTests.folder + "/" + site + "/expected.zh-CN.txt"
            for line in try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n") {
                guard let open = line.firstIndex(of: "["), let close = line[open...].firstIndex(of: "]") else { continue }
                found[String(line[line.index(after: open)..<close]), default: []].append(String(line))
            }
        }
        return found
    }

    static func document() throws -> String {
        let examples = try examples()
        let severity: (RuleCatalogue.Rule) -> String = { Message("label." + $0.severity.rawValue).text(in: .zhCN) }
        var text = """
            # 诊断信息：`casebook check` 的每条提示

            本文由规则目录（`RuleCatalogue`）的中文标题和坏输入测试站点的中文诊断生成，请不要手工修改：
            改了规则或提示后运行 `CASEBOOK_RECORD=1 swift test --filter DiagnosticsDoc`。每条规则的详细说明见
            [docs/diagnostics.md](diagnostics.md)（英文）。

            每一行的格式是 `文件:行:列: error[代码]: 问题；改法`，按文件、行、列排序，最后一行是汇总。加 `--lang zh-CN`，
            或在 site.yaml 中写 `language: zh-CN`，提示就是中文；规则代码、位置、退出码和 `--format json` 的键名不随语言改变。

            | 代码 | 严重程度 | 规则 |
            | --- | --- | --- |

            """
        for rule in RuleCatalogue.rules {
            text += "| \(rule.code) | \(severity(rule)) | \(rule.title(in: .zhCN).replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        text += "\n## 示例\n"
        for rule in RuleCatalogue.rules {
            guard let lines = examples[rule.code] else { continue }
            text += "\n#### \(rule.code)\n**\(rule.title(in: .zhCN))**（\(severity(rule))）\n\n```\n" + lines.joined(separator: "\n") + "\n```\n"
        }
        return text
    }
}
