import Testing

@testable import Casebook
@testable import CasebookContent
@testable import CasebookPages
@testable import CasebookSupport

@Suite("Loading and normalisation")
struct LoadingTests {
    @Test("keys and Chinese labels normalise to the same values")
    func labelsAndKeys() throws {
        let platformCase = caseFile("grade: 2\nsteps: [self_grading]", region: "深圳").replacingOccurrences(of: "联网工业企业", with: "平台企业")
        let site = try TestSite([
            "site.yaml": minimalSiteYAML,
            "content/cases/a.md": caseFile("grade: 三级\nsteps: [自主定级, graded_protection, 安全整改]\nstatus: 公示", region: "430000"),
            "content/cases/2023/b.md": platformCase,
        ])
        let (content, diagnostics) = try ContentLoader().load(site.root)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
        let cases = try #require(content?.cases).sorted { $0.slug < $1.slug }
        #expect(cases.map(\.slug) == ["a", "b"])
        #expect(cases[0].unit.id == "hunan")
        #expect(cases[0].grade == .level3)
        #expect(cases[0].steps == [.selfGrading, .gradedProtection, .remediation])
        #expect(cases[0].status == .publicity)
        #expect(cases[1].unit.id == "shenzhen")
        #expect(cases[1].enterpriseType == .platform)
        #expect(cases[1].grade == .level2)
    }

    @Test("a BOM and CRLF line ends are accepted")
    func bomAndCRLF() throws {
        let text = "\u{FEFF}" + caseFile().replacingOccurrences(of: "\n", with: "\r\n")
        let site = try TestSite(["site.yaml": minimalSiteYAML, "content/cases/crlf.md": text])
        let (content, diagnostics) = try ContentLoader().load(site.root)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
        #expect(content?.cases.first?.title == "示例案例")
        #expect(content?.cases.first?.body.contains("\r") == false)
    }

    @Test("JSON holds one case or an array of cases")
    func jsonCases() throws {
        let one =
            ###"{"slug": "json-one", "title": "甲", "enterprise": "甲公司", "enterprise_type": "标识解析企业", "region": "xjbt", "year": 2023, "industry": "电力", "summary": "简介", "body": "## 标题\n\n正文"}"###
        let many = "[" + one.replacingOccurrences(of: "json-one", with: "json-two") + ", " + one.replacingOccurrences(of: "json-one", with: "json-three") + "]"
        let site = try TestSite(["site.yaml": minimalSiteYAML, "content/cases/one.json": one, "content/cases/more/many.json": many])
        let (content, diagnostics) = try ContentLoader().load(site.root)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
        #expect(content?.cases.map(\.slug).sorted() == ["json-one", "json-three", "json-two"])
        #expect(content?.cases.first?.unit.name == "新疆生产建设兵团")
        #expect(content?.cases.first?.enterpriseType == .identifierResolution)
        #expect(content?.cases.first?.body == "## 标题\n\n正文")
    }

    @Test("drafts and recommended cases are published only when asked")
    func publicationRules() throws {
        let site = try TestSite([
            "site.yaml": minimalSiteYAML,
            "content/cases/shown.md": caseFile(),
            "content/cases/draft.md": caseFile("draft: true"),
            "content/cases/recommended.md": caseFile("status: recommended"),
        ])
        let (content, _) = try ContentLoader().load(site.root)
        let loaded = try #require(content)
        #expect(Site(loaded).cases.map(\.slug) == ["shown"])
        #expect(Site(loaded, options: .init(drafts: true)).cases.map(\.slug).sorted() == ["draft", "shown"])
        #expect(Site(loaded, options: .init(includeRecommended: true)).cases.map(\.slug).sorted() == ["recommended", "shown"])
    }

    @Test("the unit table has the 37 units in official order")
    func unitTable() {
        let units = UnitTable.official.units
        #expect(units.count == 37)
        #expect(units.first?.id == "beijing")
        #expect(units.last?.id == "xjbt")
        #expect(units.last?.code == nil)
        #expect(Array(units[31...35].map(\.id)) == ["dalian", "qingdao", "ningbo", "xiamen", "shenzhen"])
        #expect(UnitTable.official.unit(named: "山西")?.id == "shanxi")
        #expect(UnitTable.official.unit(named: "陕西省")?.id == "shaanxi")
        #expect(UnitTable.official.unit(named: "兵团")?.id == "xjbt")
    }

    @Test("mistakes give located diagnostics")
    func locatedDiagnostics() throws {
        let site = try TestSite([
            "site.yaml": minimalSiteYAML,
            "content/cases/bad.md": caseFile("enterprize: x").replacingOccurrences(of: "联网工业企业", with: "工厂"),
            "content/cases/open.md": "---\ntitle: x\n",
            "content/cases/yaml.md": "---\ntitle: [unclosed\n---\n",
        ])
        let (_, diagnostics) = try ContentLoader().load(site.root)
        let lines = diagnostics.sortedForDisplay().map(\.formatted)
        #expect(lines.contains { $0.hasPrefix("content/cases/bad.md:4:18: error[CB0103]: unknown enterprise_type '工厂'") })
        #expect(
            lines.contains { $0.hasPrefix("content/cases/bad.md:9:1: error[CB0105]: unknown key 'enterprize'") && $0.contains("did you mean 'enterprise'") })
        #expect(lines.contains { $0.hasPrefix("content/cases/open.md:1:1: error[CB0002]") })
        #expect(lines.contains { $0.hasPrefix("content/cases/yaml.md:3:") && $0.contains("CB0001") })
    }

    @Test("invalid UTF-8 is reported at its line")
    func invalidUTF8() throws {
        let site = try TestSite(["site.yaml": minimalSiteYAML])
        try site.write("content/cases/latin1.md", bytes: Array("---\ntitle: ok\n".utf8) + [0x63, 0xE9, 0x0A])
        let (_, diagnostics) = try ContentLoader().load(site.root)
        #expect(
            diagnostics.map(\.formatted) == [
                "content/cases/latin1.md:3:2: error[CB0003]: content/cases/latin1.md is not valid UTF-8; save the file as UTF-8 (in WPS or Notepad: Save As → Encoding → UTF-8)"
            ])
    }
}
