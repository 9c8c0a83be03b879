import CasebookSupport

/// A typical case (典型案例), as written by its author, normalised.
public struct CaseEntry: Sendable, Hashable {
    /// File name without extension, unique across all cases; the output folder name.
    public let slug: String
    /// The file it came from, relative to the site folder.
    public let file: String
    public let title: String
    public let enterprise: String
    public let enterpriseType: EnterpriseType
    public let unit: Unit
    public let year: Int
    public let industry: String
    public let industryCode: String?
    public let grade: Grade?
    public let steps: [ManagementStep]
    public let recommender: String?
    public let status: CaseStatus
    public let summary: String
    public let tags: [String]
    /// Path of the cover image relative to the site folder (`content/media/x.jpg`).
    public let cover: String?
    /// `YYYY-MM-DD` publication date.
    public let date: String?
    public let sources: [SourceLink]
    public let featured: Bool
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
    package static let keys = ["slug", "body", "title", "enterprise", "enterprise_type", "region", "year", "industry", "industry_code",
                       "grade", "steps", "recommender", "status", "summary", "tags", "cover", "date", "sources", "featured",
                       "draft", "contact"]

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
            r.report("CB0102", "industry_code '\(code)' is not a GB/T 4754-2017 code", at: "industry_code",
                     hint: "write a section letter and two digits, for example C25")
        }
        guard let title, let enterprise, let type, let unit, let year, let industry, let summary else { return nil }
        return CaseEntry(slug: slug, file: r.file, title: title, enterprise: enterprise, enterpriseType: type, unit: unit, year: year,
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
            r.report("CB0104", "unknown unit '\(FieldReader.shorten(text))'", at: key,
                     hint: "did you mean \(units.suggestions(for: text).joined(separator: ", "))? Units are named by id, code, full or short name")
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
