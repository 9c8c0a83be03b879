import CasebookSupport
import Foundation
import Testing

@testable import CasebookForms

/// A form's failure and summary are values put into words late: the same refusal reads in Chinese
/// or in English, with the file named the same way in both.
@Suite("Form messages in both languages")
struct FormLanguageTests {
    @Test("a refused form: the path and each field problem as values, the sentence in Chinese or English")
    func refusal() throws {
        let site = try FormSite()
        let form = try site.form("blank.docx", BlankForm(.region).bytes())
        let outcome = try site.importForms([form])
        guard case .failed(let failure) = try #require(outcome.results.first) else {
            Issue.record("a blank form was imported")
            return
        }
        #expect(failure.path == form)
        guard case .fieldProblems(let problems) = failure.reason else {
            Issue.record("not a field problem: \(failure.reason)")
            return
        }
        #expect(problems.first == .empty(label: "所在地区"))
        let chinese = failure.message.text(in: .zhCN)
        #expect(chinese.hasPrefix(form + "：未导入：「所在地区」没有填写；「申报年度」没有填写；「申报方向」填的"), "\(chinese)")
        #expect(chinese.contains("应为：总体成效突出地区、分类分级管理、政策标准宣贯、资源池建设、应急演练、人才培训、赛事活动中的勾选项"), "\(chinese)")
        #expect(!chinese.contains("is empty") && !chinese.contains("not imported"))
        let english = failure.message.text(in: .en)
        #expect(english.hasPrefix(form + ": not imported: 「所在地区」 is empty; 「申报年度」 is empty"), "\(english)")
        #expect(english == failure.description)
    }

    @Test("a form with an unreadable and a missing field: the sentences docs/forms.md quotes")
    func documented() throws {
        let site = try FormSite()
        let rows = FormFixture.caseRows.filter { $0[0] != "所属行业" }.map { $0[0] == "所在地区" ? ["所 在 地 区", "火星"] : $0 }
        let outcome = try site.importForms([try site.form("acme.docx", FormFixture(FormFixture.table(rows)).bytes())])
        guard case .failed(let failure) = try #require(outcome.results.first) else {
            Issue.record("imported")
            return
        }
        let path = failure.path
        #expect(
            failure.message.text(in: .zhCN)
                == path + "：未导入：「所 在 地 区」填的「火星」无法识别，应为：37 个申报单位之一，如 湖南省；申报书中没有「所属行业」（也没有行业、行业类别、所属行业领域）")
        #expect(
            failure.message.text(in: .en)
                == path + ": not imported: 「所 在 地 区」 '火星' cannot be read; expected one of the 37 units, e.g. 湖南省; the form has no 「所属行业」 (nor 行业, 行业类别, 所属行业领域)"
        )
    }

    @Test("a failure of the package, not of a field, reads in both languages too")
    func packageFailure() {
        let failure = FormFailure(.tooManyEntries(limit: 30), path: "many.docx")
        #expect(failure.message.text(in: .zhCN) == "many.docx：包含超过 30 个条目，正常的 Word 申报书不会这样，因此没有解压（可能是压缩炸弹）")
        #expect(failure.message.text(in: .en) == "many.docx: holds more than 30 entries; a Word form never does, so it was not unpacked (possible zip bomb)")
    }

    @Test("an imported form's summary line in Chinese lists the labels with 、 and counts in Chinese")
    func summary() throws {
        let site = try FormSite()
        let outcome = try site.importForms([try site.form("a.docx", FormFixture(FormFixture.table(FormFixture.caseRows)).bytes())])
        guard case .created(_, _, let summary) = try #require(outcome.results.first) else {
            Issue.record("not imported: \(outcome.results)")
            return
        }
        let chinese = summary.text(in: .zhCN)
        #expect(chinese.hasPrefix("已填写：案例名称、申报单位、"), "\(chinese)")
        #expect(chinese.contains("；未填写：") && chinese.contains("标题 0 个、表格 0 个、图片 0 张、脚注 0 个"), "\(chinese)")
        #expect(summary.text(in: .en).hasPrefix("filled 案例名称, 申报单位, "))
    }
}
