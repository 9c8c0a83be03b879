/// The columns of a recommendation summary table, recognised by their Chinese headings (as the
/// official form and its local variants write them) or by the English field names.
enum SummaryColumn: String, CaseIterable, Sendable {
    case index, title, enterprise, enterpriseType, industry, industryCode, grade, region, recommender, year, summary, status, slug
    case contactName, contactPhone, contactEmail

    /// Headings that name this column, compared after `normalise`.
    var names: [String] {
        switch self {
        case .index: ["序号", "编号", "no", "no.", "#", "index"]
        case .title: ["案例名称", "案例名", "案例题目", "案例标题", "名称", "title"]
        case .enterprise: ["申报单位", "申报企业", "企业名称", "单位名称", "申报单位名称", "enterprise"]
        case .enterpriseType: ["企业类型", "类型", "申报类型", "enterprise_type"]
        case .industry: ["所属行业", "行业", "行业类别", "industry"]
        case .industryCode: ["行业代码", "行业分类代码", "industry_code"]
        case .grade: ["企业定级", "定级", "定级级别", "企业级别", "级别", "grade"]
        case .region: ["所在地区", "地区", "所属地区", "申报地区", "省份", "region"]
        case .recommender: ["推荐单位", "推荐部门", "recommender"]
        case .year: ["年度", "年份", "year"]
        case .summary: ["案例简介", "简介", "summary"]
        case .status: ["状态", "入选状态", "status"]
        case .slug: ["文件名", "slug"]
        case .contactName: ["联系人", "联系人姓名", "contact_name"]
        case .contactPhone: ["联系电话", "电话", "手机", "联系方式", "contact_phone", "phone"]
        case .contactEmail: ["电子邮箱", "邮箱", "电子邮件", "email"]
        }
    }

    /// The column a heading names, if any.
    static func named(_ heading: String) -> SummaryColumn? {
        let key = normalise(heading)
        guard !key.isEmpty else { return nil }
        return allCases.first { $0.names.contains(key) }
    }

    /// Lower case, without spaces, required-field stars and a parenthesised note (`企业定级（一/二/三级）`).
    static func normalise(_ heading: String) -> String {
        var text = heading.lowercased().filter { !$0.isWhitespace && $0 != "*" && $0 != "＊" }
        for open in ["（", "("] {
            if let start = text.range(of: open), start.lowerBound != text.startIndex { text = String(text[..<start.lowerBound]) }
        }
        return text
    }
}
