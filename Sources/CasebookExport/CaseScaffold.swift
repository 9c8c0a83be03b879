import CasebookContent

/// A case file that lists every field with a Chinese comment, for `casebook new case` (with
/// placeholders, as a draft) and `casebook import summary` (with the values of one table row).
public struct CaseScaffold: Sendable {
    /// The case name (案例名称); a placeholder that `casebook check` points at until replaced.
    public var title = Placeholder.text("案例名称")
    /// The applicant's full name (申报单位).
    public var enterprise = Placeholder.text("申报单位全称")
    /// Written as given: a vocabulary label when known, else the table's own text for `casebook check` to point at.
    public var enterpriseType = Placeholder.text("联网工业企业、工业互联网平台企业或工业互联网标识解析企业")
    /// The unit's full name, or the table's own text when it names no unit, for `casebook check` to point at.
    public var region = Placeholder.text("所在地区，如 湖南省")
    /// The campaign year (年度).
    public var year: Int
    /// The industry as written (所属行业); cases are grouped by it.
    public var industry = Placeholder.text("所属行业，如 石油化工")
    /// GB/T 4754-2017 code such as `C25`; nil leaves the line commented out, as an example.
    public var industryCode: String?
    /// 一级 to 三级, or the table's own text; nil leaves the line commented out.
    public var grade: String?
    /// The recommending authority (推荐单位); nil leaves the line commented out.
    public var recommender: String?
    /// Where the case stands on the official list; `recommended` cases are not published by default.
    public var status = CaseStatus.selected
    /// The short description (at most 300 characters); a placeholder until given.
    public var summary = Placeholder.text("不超过 300 字的案例简介")
    /// True keeps the case off the site until someone has checked every field.
    public var draft = true
    /// The contact person: written to the file, never published.
    public var contactName: String?
    /// The contact's phone number, private like the name.
    public var contactPhone: String?
    /// The contact's e-mail address, private like the name.
    public var contactEmail: String?
    /// A first comment line saying where the file came from.
    public var origin: String?
    /// The Markdown body: the usual sections of a case, each a placeholder.
    public var body = Self.sections

    /// A draft of `year` with placeholders in the other required fields.
    public init(year: Int) { self.year = year }

    /// The Markdown file: front matter with every field, then the usual sections of a case.
    public func text() -> String {
        var yaml = "---\n"
        if let origin { yaml += "# \(origin)\n" }
        yaml += "# 每项后面是说明；以 # 开头的行是注释，去掉行首的 # 即可启用该项。字段说明见 docs/content.md。\n"
        yaml += "# 【待填写：…】 是占位文字：全部替换后才能发布，casebook check 会逐一指出。\n"
        yaml += YAMLText.line("title", YAMLText.quoted(title), "案例名称（必填）")
        yaml += YAMLText.line("enterprise", YAMLText.quoted(enterprise), "申报单位（必填）")
        yaml += YAMLText.line("enterprise_type", YAMLText.quoted(enterpriseType), "企业类型（必填）：联网工业企业 / 工业互联网平台企业 / 工业互联网标识解析企业")
        yaml += YAMLText.line("region", YAMLText.quoted(region), "所在地区（必填）：37 个申报单位之一，写全称、简称、代码或拼音均可")
        yaml += YAMLText.line("year", String(year), "年度（必填）")
        yaml += YAMLText.line("industry", YAMLText.quoted(industry), "所属行业（必填）")
        yaml += YAMLText.line("industry_code", industryCode.map(YAMLText.quoted) ?? "C25", "行业代码（选填）：GB/T 4754-2017 门类字母加两位数字", commented: industryCode == nil)
        yaml += YAMLText.line("grade", grade.map(YAMLText.quoted) ?? "三级", "企业定级（选填）：一级 / 二级 / 三级，三级为最高", commented: grade == nil)
        yaml += YAMLText.line("steps", "[自主定级, 定级核查, 分级防护, 符合性评测, 安全整改]", "管理环节（选填），保留实际开展的环节", commented: true)
        yaml += YAMLText.line("recommender", recommender.map(YAMLText.quoted) ?? "\"某省工业和信息化厅\"", "推荐单位（选填）", commented: recommender == nil)
        yaml += YAMLText.line("status", status.rawValue, "状态：recommended 推荐（默认不发布）/ publicity 公示 / selected 入选")
        yaml += YAMLText.line("summary", YAMLText.quoted(summary), "案例简介（必填）：不超过 300 字")
        yaml += YAMLText.line("tags", "[资产测绘, 工控安全]", "标签（选填）", commented: true)
        yaml += YAMLText.line("cover", "../../media/cover.jpg", "封面图（选填）：相对本文件的路径，放在 content/media/ 中", commented: true)
        yaml += YAMLText.line("date", "2023-04-20", "发布日期（选填）：YYYY-MM-DD", commented: true)
        yaml += YAMLText.line("sources", "[{ title: 公示通知, url: \"https://www.example.gov.cn/\", date: 2023-03-01 }]", "信息来源（选填）", commented: true)
        yaml += YAMLText.line("featured", "false", "是否在首页精选")
        yaml += YAMLText.line("draft", draft ? "true" : "false", "草稿：true 时不发布，填写完成后改为 false")
        let contact = [("name", contactName), ("phone", contactPhone), ("email", contactEmail)].compactMap { key, value in
            value.map { "\(key): \(YAMLText.quoted($0))" }
        }
        if contact.isEmpty {
            yaml += YAMLText.line("contact", "{ name: 张三, phone: 010-00000000 }", "联系人（保密：不会写入网站的任何文件）", commented: true)
        } else {
            yaml += YAMLText.line("contact", "{ " + contact.joined(separator: ", ") + " }", "联系人（保密：不会写入网站的任何文件）")
        }
        return yaml + "---\n" + body
    }

    /// The sections every case is expected to have.
    static let sections = """
        ## 案例背景

        \(Placeholder.text("企业基本情况、面临的安全形势"))

        ## 主要做法

        \(Placeholder.text("自主定级、定级核查、分级防护、符合性评测、安全整改等方面的具体做法"))

        ## 取得成效

        \(Placeholder.text("取得的成效"))

        ## 推广价值

        \(Placeholder.text("可供借鉴推广的经验"))

        """
}
