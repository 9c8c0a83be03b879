/// The two 申报书 of the notice's attachments that Casebook reads: form 1 (a typical case, filled in by
/// an enterprise) and form 3 (an outstanding region, filled in by a regional authority).
public enum FormKind: String, Sendable, CaseIterable {
    case caseForm = "case"
    case region

    /// The form's title, as printed on its cover.
    public var title: String {
        switch self {
        case .caseForm: "工业互联网安全深度行活动典型案例申报书"
        case .region: "工业互联网安全深度行活动成效突出地区申报书"
        }
    }

    /// The labelled fields of the form's table, in the order they are printed.
    public var fields: [FormField] {
        switch self {
        case .caseForm: FormField.caseFields
        case .region: FormField.regionFields
        }
    }

    /// The narrative sections, each with the guidance printed under its heading.
    public var sections: [(heading: String, guidance: String)] {
        switch self {
        case .caseForm:
            [
                ("案例背景", "企业基本情况、所在行业特点、面临的工业互联网安全形势和风险。"),
                ("主要做法", "围绕自主定级、定级核查、分级防护、符合性评测、安全整改等环节的具体做法，可附表格和图片。"),
                ("取得成效", "实施分类分级管理后安全防护能力的提升，尽量用数据说明。"),
                ("推广价值", "可复制、可推广的经验，适用的行业和企业类型。"),
            ]
        case .region:
            [
                ("主要做法", "组织推进分类分级管理、政策标准宣贯、资源池建设、应急演练、人才培训、赛事活动等方面的举措。"),
                ("经验成效", "取得的成效和可推广的经验，尽量用数据说明。"),
            ]
        }
    }

    /// The field with `key`; every key a form reads is in its list.
    func field(_ key: FormField.Key) -> FormField {
        fields.first { $0.key == key } ?? FormField(key, key.rawValue)
    }

    /// Where the file of an imported form goes: `cases` or `regions` under content/.
    var folder: String { self == .caseForm ? "cases" : "regions" }

    /// The printed name of the form, for messages.
    var chinese: String { self == .caseForm ? "典型案例申报书" : "成效突出地区申报书" }
}
