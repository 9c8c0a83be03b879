import CasebookContent

/// One labelled field of a 申报书: the label printed on the form, the other labels people use for
/// it, and, for choices, the options printed with a □ before each.
public struct FormField: Sendable, Hashable {
    /// What a field feeds in the case or region file.
    public enum Key: String, Sendable, Hashable {
        case title, enterprise, enterpriseType, region, industry, industryCode, grade, steps, recommender, year, tags, summary
        case applicant, awards, participatingEnterprises, fillDate
        case contactName, contactPosition, contactPhone, contactEmail
    }

    /// The field of the case or region file it feeds.
    public let key: Key
    /// The label printed on the blank form.
    public let label: String
    /// Other labels that mean the same field.
    public let synonyms: [String]
    /// The options of a choice, printed with a box each.
    public let options: [String]
    /// Whether the file cannot be written without it.
    public let required: Bool
    /// Whether several options may be ticked.
    public let multiple: Bool

    init(_ key: Key, _ label: String, synonyms: [String] = [], options: [String] = [], required: Bool = false, multiple: Bool = false) {
        self.key = key
        self.label = label
        self.synonyms = synonyms
        self.options = options
        self.required = required
        self.multiple = multiple
    }

    /// Every label the field answers to, the printed one first.
    var labels: [String] { [label] + synonyms }

    static let contactFields = [
        FormField(.contactName, "联系人", synonyms: ["联系人姓名", "姓名"]),
        FormField(.contactPosition, "职务", synonyms: ["职位", "职称"]),
        FormField(.contactPhone, "联系电话", synonyms: ["手机", "电话", "手机号码", "联系方式", "办公电话"]),
        FormField(.contactEmail, "电子邮箱", synonyms: ["邮箱", "电子邮件", "Email", "E-mail"]),
    ]

    static let caseFields =
        [
            FormField(.title, "案例名称", synonyms: ["案例题目", "案例标题"], required: true),
            FormField(.enterprise, "申报单位", synonyms: ["企业名称", "单位名称", "申报企业", "申报单位名称"], required: true),
            FormField(.enterpriseType, "企业类型", options: ["联网工业企业", "工业互联网平台企业", "工业互联网标识解析企业"], required: true),
            FormField(.region, "所在地区", synonyms: ["所属地区", "所在省份", "所在省市", "地区", "所在省（区、市）"], required: true),
            FormField(.industry, "所属行业", synonyms: ["行业", "行业类别", "所属行业领域"], required: true),
            FormField(.industryCode, "行业代码", synonyms: ["行业分类代码", "国民经济行业代码"]),
            FormField(.grade, "企业定级", synonyms: ["定级", "企业级别", "定级级别"], options: ["一级", "二级", "三级"]),
            FormField(.steps, "实施环节", synonyms: ["管理环节", "开展环节"], options: ["自主定级", "定级核查", "分级防护", "符合性评测", "安全整改"], multiple: true),
            FormField(.recommender, "推荐单位", synonyms: ["推荐部门"]),
            FormField(.year, "申报年度", synonyms: ["年度", "申报年份"], required: true),
            FormField(.tags, "关键词", synonyms: ["关键字", "标签"]),
            FormField(.summary, "案例简介", synonyms: ["案例摘要", "简介", "案例概述"], required: true),
            FormField(.fillDate, "填报日期", synonyms: ["申报日期", "日期"]),
        ] + contactFields

    static let regionFields =
        [
            FormField(.applicant, "申报单位", synonyms: ["单位名称", "申报部门"]),
            FormField(.region, "所在地区", synonyms: ["所属地区", "所在省份", "所在省市", "地区", "所在省（区、市）"], required: true),
            FormField(.year, "申报年度", synonyms: ["年度", "申报年份"], required: true),
            FormField(
                .awards, "申报方向", synonyms: ["申报类别", "申报类型"],
                options: ["总体成效突出地区", "分类分级管理", "政策标准宣贯", "资源池建设", "应急演练", "人才培训", "赛事活动"],
                required: true, multiple: true),
            FormField(.participatingEnterprises, "实施分类分级管理企业数", synonyms: ["参与企业数", "实施企业数", "企业数量"]),
            FormField(.summary, "工作概况", synonyms: ["概况", "工作简介"], required: true),
            FormField(.fillDate, "填报日期", synonyms: ["申报日期", "日期"]),
        ] + contactFields
}
