import CasebookSupport

/// A typical case (典型案例), as written by its author, normalised.
public struct CaseEntry: Sendable, Hashable, Codable {
    /// File name without extension, unique across all cases; the output folder name.
    public let slug: String
    /// The file it came from, relative to the site folder.
    public let file: String
    /// The case's name (案例名称) as written.
    public let title: String
    /// The applying enterprise (申报单位).
    public let enterprise: String
    /// Which of the three kinds of enterprise it is.
    public let enterpriseType: EnterpriseType
    /// The unit (province, city or corps) that put the case forward.
    public let unit: Unit
    /// The year of the selection it took part in.
    public let year: Int
    /// The sector (所属行业) in the author's own words.
    public let industry: String
    /// The GB/T 4754-2017 code (`C25`); nil when not given.
    public let industryCode: String?
    /// The enterprise's security grade; nil when not given.
    public let grade: Grade?
    /// The management steps the case shows; empty when none are named.
    public let steps: [ManagementStep]
    /// The recommending body (推荐单位); nil when not given.
    public let recommender: String?
    /// Where the case stands in the selection; `selected` unless written.
    public let status: CaseStatus
    /// The short introduction shown on cards and in search results.
    public let summary: String
    /// Free keywords, each with its own list page.
    public let tags: [String]
    /// Path of the cover image relative to the site folder (`content/media/x.jpg`).
    public let cover: String?
    /// `YYYY-MM-DD` publication date.
    public let date: String?
    /// Public documents behind the case, in the order written.
    public let sources: [SourceLink]
    /// Whether the home page shows it among the featured cases.
    public let featured: Bool
    /// A draft is published only by a build with `--drafts`.
    public let draft: Bool
    /// The Markdown body.
    public let body: String
    /// Line of the file where the body starts (for locating Markdown problems).
    public let bodyFirstLine: Int
    /// Where each field's value is written, for rules that look across files.
    let locations: [String: SourceLocation]

    /// Where `key` is written in the file; the whole file when it is not written there.
    package func location(of key: String) -> SourceLocation { locations[key] ?? SourceLocation() }

    /// Every key a case may have; `contact` is accepted and never kept.
    package static let keys = [
        "slug", "body", "title", "enterprise", "enterprise_type", "region", "year", "industry", "industry_code",
        "grade", "steps", "recommender", "status", "summary", "tags", "cover", "date", "sources", "featured",
        "draft", "contact",
    ]

    /// Reads a case from its fields; nil when a required field is missing or invalid.
    static func read(_ r: inout FieldReader, slug: String, body: String, bodyFirstLine: Int, units: UnitTable) -> CaseEntry? {
        let title = r.string("title", required: true)
        let enterprise = r.string("enterprise", required: true)
        let type = r.term("enterprise_type", EnterpriseType.self, required: true)
        let unit = UnitField.read(&r, key: "region", units: units)
        let year = r.year()
        let industry = r.string("industry", required: true)
        let industryCode = r.string("industry_code")
        let grade = r.term("grade", Grade.self)
        let steps = r.terms("steps", ManagementStep.self)
        let recommender = r.string("recommender")
        let status = r.term("status", CaseStatus.self) ?? .selected
        let summary = r.string("summary", required: true)
        let tags = uniqueInOrder(r.strings("tags").map(\.text))
        let cover = r.url("cover", external: false)
        let date = r.date("date")
        let sources = r.list("sources", known: SourceLink.keys, read: SourceLink.read)
        let featured = r.bool("featured")
        let draft = r.bool("draft")
        if let code = industryCode, !IndustryCode.isValid(code) {
            r.report(
                "CB0102", Message("case.industryCode", ["code": "\(code)"]), at: "industry_code", hint: Message("case.industryCode.hint"))
        }
        guard let title, let enterprise, let type, let unit, let year, let industry, let summary else { return nil }
        return CaseEntry(
            slug: slug, file: r.file, title: title, enterprise: enterprise, enterpriseType: type, unit: unit, year: year,
            industry: industry, industryCode: industryCode, grade: grade, steps: steps, recommender: recommender,
            status: status, summary: summary, tags: tags, cover: cover, date: date, sources: sources,
            featured: featured, draft: draft, body: body, bodyFirstLine: bodyFirstLine, locations: r.locations)
    }
}

/// Reading a unit named by id, code, full or short name.
enum UnitField {
    static func read(_ r: inout FieldReader, key: String, units: UnitTable) -> Unit? {
        guard let text = r.string(key, required: true) else { return nil }
        guard let unit = units.unit(named: text) else {
            r.report(
                "CB0104", Message("case.unknownUnit", ["value": "\(FieldReader.shorten(text))"]), at: key,
                hint: Message("case.unknownUnit.hint", ["suggestions": "\(units.suggestions(for: text).joined(separator: ", "))"]))
            return nil
        }
        return unit
    }
}

/// GB/T 4754-2017 industry codes: a section letter A–T and two digits.
enum IndustryCode {
    static func isValid(_ code: String) -> Bool {
        let chars = Array(code.utf8)
        guard chars.count == 3, chars[0] >= UInt8(ascii: "A"), chars[0] <= UInt8(ascii: "T") else { return false }
        return chars[1...].allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}

/// The values in their first order, without repeats.
func uniqueInOrder(_ values: [String]) -> [String] {
    var seen: Set<String> = []
    return values.filter { seen.insert($0).inserted }
}
