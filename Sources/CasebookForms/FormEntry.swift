import Casebook
import CasebookContent
import CasebookExport
import CasebookSupport
import Foundation

/// The front matter of the case or region a form becomes, with what was filled, what is missing and
/// what could not be read. A form whose required fields are missing or unreadable gives no entry:
/// the failure names each of them by the form's own label.
struct FormEntry {
    let kind: FormKind
    /// Front matter lines: key, YAML value, comment.
    private(set) var lines: [(key: String, value: String, comment: String)] = []
    /// The file name the entry asks for (before any `--rename`).
    private(set) var slug = ""
    private(set) var year = 0
    private(set) var filled: [String] = []
    private(set) var missing: [String] = []
    private(set) var notes: [Message] = []

    /// Normalises `reading`; throws when a required field is missing or unreadable.
    init(_ reading: FormReader.Reading, file: String, status: CaseStatus, units: UnitTable) throws {
        kind = reading.kind
        var values = FieldValues(reading: reading, normaliser: FormValues(units: units))
        switch kind {
        case .caseForm: fillCase(&values, status: status)
        case .region: fillRegion(&values)
        }
        values.contact(into: &lines)
        filled = values.filled
        notes = values.notes
        missing = kind.fields.filter { !$0.required && $0.key != .fillDate && values.text($0.key) == nil }.map(\.label)
        if kind == .region, reading.figures.isEmpty { missing.append("关键数据") }
        guard values.problems.isEmpty else {
            throw FormFailure(.fieldProblems(values.problems), path: file)
        }
    }

    private mutating func fillCase(_ values: inout FieldValues, status: CaseStatus) {
        let normaliser = values.normaliser, kind = self.kind
        let title = values.required(.title) { FormValues.oneLine($0) }
        let enterprise = values.required(.enterprise) { FormValues.oneLine($0) }
        let type = values.required(.enterpriseType, expected: .verbatim(EnterpriseType.allCases.map(\.chinese).joined(separator: " / "))) {
            normaliser.terms($0, field: kind.field(.enterpriseType), as: EnterpriseType.self).first?.chinese
        }
        let unit = values.required(.region, expected: Message("form.expected.unit")) { normaliser.unit($0)?.id }
        let year = values.year()
        let industry = values.required(.industry) { FormValues.oneLine($0) }
        let summary = values.required(.summary) { $0 }
        add("title", title.map(YAMLText.quoted), "案例名称")
        add("enterprise", enterprise.map(YAMLText.quoted), "申报单位")
        add("enterprise_type", type.map(YAMLText.quoted), "企业类型")
        add("region", unit, "所在地区")
        add("year", year.map(String.init), "申报年度")
        add("industry", industry.map(YAMLText.quoted), "所属行业")
        add(
            "industry_code",
            values.optional(.industryCode, expected: Message("form.expected.industryCode")) { normaliser.industryCode($0) }.map(YAMLText.quoted),
            "行业代码")
        let grades = values.optional(.grade, expected: .verbatim("一级 / 二级 / 三级")) { text in
            let chosen = normaliser.terms(text, field: kind.field(.grade), as: Grade.self)
            return chosen.count == 1 ? chosen[0].chinese : nil
        }
        add("grade", grades.map(YAMLText.quoted), "企业定级")
        let steps = values.optional(.steps, expected: Self.ticks(ManagementStep.allCases.map(\.chinese))) { text in
            let chosen = normaliser.terms(text, field: kind.field(.steps), as: ManagementStep.self)
            return chosen.isEmpty ? nil : "[" + chosen.map(\.chinese).joined(separator: ", ") + "]"
        }
        add("steps", steps, "实施环节")
        add("recommender", values.optional(.recommender) { FormValues.oneLine($0) }.map(YAMLText.quoted), "推荐单位")
        add("status", status.rawValue, "状态")
        add("summary", summary.map(YAMLText.quoted), "案例简介")
        add("tags", values.optional(.tags) { "[" + FormValues.items($0).map(YAMLText.quoted).joined(separator: ", ") + "]" }, "关键词")
        add("draft", "false", "由申报书导入")
        if let summary, summary.count > 300 { values.notes.append(Message("form.note.longSummary", ["count": "\(summary.count)"])) }
        if let year, let enterprise, let title { slug = SummaryImport.slug(enterprise: enterprise, title: title, year: year, row: 1, used: []) }
        self.year = year ?? 0
    }

    private mutating func fillRegion(_ values: inout FieldValues) {
        let normaliser = values.normaliser, kind = self.kind, figures = values.reading.figures
        let unit = values.required(.region, expected: Message("form.expected.unit")) { normaliser.unit($0) }
        let year = values.year()
        let awards = values.required(.awards, expected: Self.ticks(Award.allCases.map(\.chinese))) { text -> String? in
            let chosen = normaliser.terms(text, field: kind.field(.awards), as: Award.self)
            return chosen.isEmpty ? nil : "[" + chosen.map(\.rawValue).joined(separator: ", ") + "]"
        }
        let summary = values.required(.summary) { $0 }
        add("region", unit?.id, "所在地区：\(unit?.name ?? "")")
        add("year", year.map(String.init), "申报年度")
        add("awards", awards, "申报方向")
        add("applicant", values.optional(.applicant) { FormValues.oneLine($0) }.map(YAMLText.quoted), "申报单位")
        add("summary", summary.map(YAMLText.quoted), "工作概况")
        add(
            "participating_enterprises",
            values.optional(.participatingEnterprises, expected: Message("form.expected.count")) { normaliser.count($0).map(String.init) },
            "实施分类分级管理企业数")
        if !figures.isEmpty {
            let items = figures.map { figure in
                "{ label: \(YAMLText.quoted(figure.label)), value: \(YAMLText.quoted(figure.value))"
                    + (figure.unit.isEmpty ? "" : ", unit: \(YAMLText.quoted(figure.unit))") + " }"
            }
            add("stats", "[" + items.joined(separator: ", ") + "]", "关键数据")
            values.filled.append("关键数据")
        }
        if let unit, let year { slug = "\(year)-\(unit.id)" }
        self.year = year ?? 0
    }

    /// 「ticks among a, b, c」: what a choice field expects.
    private static func ticks(_ options: [String]) -> Message {
        Message("form.expected.ticks", ["options": .message(.labels(options))])
    }

    private mutating func add(_ key: String, _ value: String?, _ comment: String) {
        if let value { lines.append((key, value, comment)) }
    }
}
