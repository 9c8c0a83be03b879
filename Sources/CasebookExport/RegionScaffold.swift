import CasebookContent

/// An outstanding-region file (`content/regions/<year>-<unit>.md`) listing every field with a
/// Chinese comment. Regions have no draft state, so `awards` and `summary` start empty: the site
/// will not build until they are filled in, rather than publish an award nobody gave.
public struct RegionScaffold: Sendable {
    /// The unit the file is for; it names the file and the applicant.
    public let unit: CasebookContent.Unit
    /// The campaign year; with the unit, it names the file.
    public let year: Int

    /// The file of `unit` in `year`, awards and summary left to fill in.
    public init(unit: CasebookContent.Unit, year: Int) {
        self.unit = unit
        self.year = year
    }

    /// Where the file goes, relative to the site folder.
    public var path: String { "content/regions/\(year)-\(unit.id).md" }

    /// The Markdown file: front matter with every field, then the two sections of a region.
    public func text() -> String {
        var yaml = "---\n"
        yaml += "# 成效突出地区：每个单位每年一个文件。每项后面是说明；以 # 开头的行是注释，去掉行首的 # 即可启用该项。\n"
        yaml += "# 地区没有草稿状态：awards 填写、【待填写：…】 占位文字全部替换之前，casebook check 会报错、站点不会生成。\n"
        yaml += YAMLText.line("region", unit.id, "所在地区（必填）：\(unit.name)")
        yaml += YAMLText.line("year", String(year), "年度（必填）")
        yaml += YAMLText.line("awards", "[]", "荣誉类别（必填，至少一项），如 [overall, resource_pool]")
        yaml += "#   overall 总体成效突出地区 · classification_grading 分类分级管理 · policy_standard_promotion 政策标准宣贯\n"
        yaml += "#   resource_pool 资源池建设 · emergency_drill 应急演练 · talent_training 人才培训 · competition 赛事活动（也可写中文）\n"
        yaml += YAMLText.line("applicant", YAMLText.quoted(unit.kind == .corps ? "新疆生产建设兵团工业和信息化局" : "\(unit.name)工业和信息化主管部门"), "申报单位（选填）")
        yaml += YAMLText.line("summary", YAMLText.quoted(Placeholder.text("工作概况")), "工作概况（必填）：一段文字")
        yaml += YAMLText.line("stats", "", "关键数据（选填），显示为数字卡片", commented: true)
        yaml += "#   - { label: 参与企业, value: 120, unit: 家 }\n"
        yaml += YAMLText.line("participating_enterprises", "120", "实施分类分级管理的企业数（选填），用于 20% 推荐比例校验", commented: true)
        yaml += YAMLText.line("rank", "1", "排名（选填）：仅当官方名单排了名次、且 site.yaml 的 ranked 列出该年度时显示", commented: true)
        yaml += YAMLText.line("sources", "[{ title: 名单公告, url: \"https://www.example.gov.cn/\", date: 2023-03-01 }]", "信息来源（选填）", commented: true)
        yaml += YAMLText.line("contact", "{ name: 张三, phone: 010-00000000 }", "联系人（保密：不会写入网站的任何文件）", commented: true)
        return yaml + "---\n## 主要做法\n\n\(Placeholder.text("主要做法"))\n\n## 经验成效\n\n\(Placeholder.text("经验成效"))\n"
    }
}
