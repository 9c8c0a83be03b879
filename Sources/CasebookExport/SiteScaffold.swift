import CasebookContent

/// A new site folder: site.yaml with every key and a Chinese comment, the content folders, and
/// one complete sample case so that the first build already shows every page type.
public struct SiteScaffold: Sendable {
    /// The year of the sample case, and so of its folder.
    public let year: Int

    /// A new site whose sample case is of `year`.
    public init(year: Int) { self.year = year }

    /// Files (path relative to the new site folder, text); folders that start empty end in `/`.
    public var files: [(path: String, text: String)] {
        [
            ("site.yaml", Self.siteYAML),
            (".gitignore", Self.gitignore),
            ("content/cases/\(year)/sample-case.md", sampleCase),
            ("content/regions/", ""),
            ("content/pages/", ""),
            ("content/media/", ""),
        ]
    }

    /// What git should not track in a site folder: the built site and the build cache.
    static let gitignore = """
        # 生成的站点与构建缓存，不需要纳入版本管理。
        # The built site and the build cache: made by casebook, not kept in git.
        /public/
        /.casebook/

        """

    static let siteYAML = """
        # 站点配置。除 title 外都可省略；以 # 开头的行是注释，去掉行首的 # 即可启用该项。
        # 写好内容后运行 casebook check 检查，casebook build 生成站点（默认输出到 public/）。
        title: 工业互联网安全深度行活动 典型案例与成效突出地区    # 站点标题（必填）
        description: 汇集工业互联网企业网络安全分类分级管理典型案例与成效突出地区，供交流借鉴。    # 一句话简介
        language: zh-CN                 # 界面语言：zh-CN 或 en
        # base_url: https://www.example.gov.cn/showcase/    # 正式发布地址：设置后生成 sitemap.xml、robots.txt 和绝对链接
        theme: default                  # 主题：themes/<名称>/ 中缺少的文件取自内置默认主题
        per_page: 20                    # 列表每页显示的案例数
        links: pretty                   # 链接形式：pretty（cases/x/）；portable（cases/x/index.html，便于直接用浏览器打开文件）
        footer:
          # copyright: 某某单位          # 页脚版权单位：填写后去掉行首的 #
          # icp: 京ICP备00000000号       # ICP 备案号
        markdown:
          unsafe: false                 # 是否保留正文中的 HTML；默认去除，更安全
        quota:
          ratio: 0.2                    # 推荐比例上限：不超过实施分类分级管理企业数的 20%
        # list_dates:                   # 各年度名单的发布日期：订阅源（feed.xml）为没有 date 的条目注明日期
        #   2022: 2023-04-20
        # years: [2022, 2023]           # 活动年度：列出后，其他年度的案例和地区会报错
        # ranked: [2023]                # 官方名单排了名次的年度：只有这些年度显示总体成效突出地区的 rank
        # base_path: /showcase/         # 不知道正式域名时，站点所在的路径：404 页面在任何深度都能用
        # images:
        #   max_kb: 1024                # 超过此大小（KB）的图片会提示压缩

        """

    var sampleCase: String {
        var scaffold = CaseScaffold(year: year)
        scaffold.origin = "示例案例：由 casebook new site 生成，可直接修改或删除。"
        scaffold.title = "示例：某化工企业分类分级管理实践"
        scaffold.enterprise = "某化工集团有限公司（示例）"
        scaffold.enterpriseType = EnterpriseType.networkedIndustrial.chinese
        scaffold.region = "湖南省"
        scaffold.industry = "石油化工"
        scaffold.grade = "三级"
        scaffold.summary = "示例数据：企业从资产摸底入手，开展自主定级，经主管部门核查后确定为三级，按照分级防护要求建设监测与防护体系，并通过符合性评测完成整改。"
        scaffold.draft = false
        scaffold.body = """
            ## 案例背景

            示例：企业生产装置多，工业控制系统和联网设备分布在多个厂区。

            ## 主要做法

            示例：开展资产摸底和自主定级，按照分级防护要求部署监测与防护措施，通过符合性评测并完成整改。

            ## 取得成效

            示例：安全事件发现和处置时间明显缩短。

            ## 推广价值

            示例：适合装置多、系统杂的流程型企业借鉴。

            """
        return scaffold.text()
    }
}
