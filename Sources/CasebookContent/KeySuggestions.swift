import CasebookSupport

/// "Did you mean" for keys: a typo of a known key (`enterprize` → `enterprise`), or a key written
/// as its Chinese name from the application form (`案例名称` → `title`).
enum KeySuggestions {
    /// Chinese names people use for the fields, from the forms of the notice.
    static let chineseNames: [String: String] = [
        "标题": "title", "名称": "title", "案例名称": "title", "页面标题": "title",
        "企业": "enterprise", "企业名称": "enterprise", "申报单位": "enterprise", "申报企业": "enterprise",
        "企业类型": "enterprise_type", "类型": "enterprise_type",
        "地区": "region", "省份": "region", "所属地区": "region",
        "年份": "year", "年度": "year", "年": "year",
        "行业": "industry", "所属行业": "industry", "行业代码": "industry_code", "行业分类代码": "industry_code",
        "级别": "grade", "等级": "grade", "定级": "grade", "企业级别": "grade",
        "步骤": "steps", "环节": "steps", "管理环节": "steps",
        "推荐单位": "recommender", "状态": "status",
        "简介": "summary", "摘要": "summary", "案例简介": "summary", "工作概况": "summary", "概况": "summary",
        "标签": "tags", "关键词": "tags", "封面": "cover", "封面图": "cover", "日期": "date", "发布日期": "date",
        "来源": "sources", "出处": "sources", "链接": "url", "网址": "url", "草稿": "draft",
        "联系人": "contact", "联系方式": "contact",
        "奖项": "awards", "成效方向": "awards", "申报方向": "awards", "数据": "stats", "关键数据": "stats",
        "参与企业": "participating_enterprises", "参与企业数": "participating_enterprises", "排名": "rank", "名次": "rank",
        "权重": "weight", "排序": "weight",
    ]

    /// The known key `name` most likely stands for, or nil.
    static func suggestion(for name: String, among known: [String]) -> String? {
        if let english = chineseNames[name.trimmingCharacters(in: .whitespaces)], known.contains(english) { return english }
        return EditDistance.suggestion(for: name, among: known)
    }
}
