import CasebookContent
import CasebookOutput
import CasebookPages
import CasebookSupport

/// The open data of the site, `data/cases.json`, `data/regions.json` and `data/cases.csv`: every
/// published case and outstanding-region entry, public fields only (a contact block never reaches
/// the site model), keys sorted, lists in site order, one record a line. docs/open-data.md describes
/// every field.
struct OpenData: Sendable {
    /// Raised when a field is renamed or removed; adding a field keeps it.
    static let schemaVersion = 1

    let site: Site
    let routes: Routes

    /// The three files.
    func files() -> [OutputFile] {
        let cases = site.cases.parallelMap(caseRecord)
        let makers: [@Sendable () -> OutputFile] = [
            { OutputFile(path: "data/cases.json", text: document(key: "cases", cases).serialized(lineDepth: 2) + "\n") },
            { OutputFile(path: "data/regions.json", text: document(key: "regions", site.regions.map(regionRecord)).serialized(lineDepth: 2) + "\n") },
            { OutputFile(path: "data/cases.csv", bytes: CSV.write([Self.csvColumns] + cases.map(csvRow))) },
        ]
        return makers.parallelMap { $0() }
    }

    /// The columns of cases.csv: the scalar fields of cases.json, lists joined with `|`.
    static let csvColumns = [
        "slug", "title", "enterprise", "enterprise_type", "enterprise_type_label", "unit", "unit_name", "unit_code",
        "year", "industry", "industry_code", "grade", "grade_label", "steps", "recommender", "status", "status_label",
        "summary", "tags", "date", "featured", "url",
    ]

    private func document(key: String, _ records: [JSONValue]) -> JSONValue {
        .object([
            "schema_version": .int(Self.schemaVersion),
            "generator": .string("Casebook"),
            "site": .object(["title": .string(site.config.title), "url": .optional(site.config.baseURL), "language": .string(site.config.language.rawValue)]),
            "count": .int(records.count),
            key: .array(records),
        ])
    }

    /// A page's address: absolute with `base_url`, else relative to the site root.
    private func address(_ route: String) -> String { (site.config.baseURL ?? "") + routes.href(route) }

    func caseRecord(_ entry: CaseEntry) -> JSONValue {
        let language = site.config.language
        var record: [String: JSONValue] = [
            "slug": .string(entry.slug),
            "title": .string(entry.title),
            "enterprise": .string(entry.enterprise),
            "enterprise_type": .string(entry.enterpriseType.rawValue),
            "enterprise_type_label": .string(entry.enterpriseType.label(language)),
            "unit": .string(entry.unit.id),
            "unit_name": .string(entry.unit.label(language)),
            "unit_code": .optional(entry.unit.code),
            "year": .int(entry.year),
            "industry": .string(entry.industry),
            "industry_code": .optional(entry.industryCode),
            "grade": .optional(entry.grade.flatMap { Int($0.rawValue) }),
            "grade_label": .optional(entry.grade?.label(language)),
            "steps": .array(entry.steps.map { .string($0.rawValue) }),
            "step_labels": .array(entry.steps.map { .string($0.label(language)) }),
            "recommender": .optional(entry.recommender),
            "status": .string(entry.status.rawValue),
            "status_label": .string(entry.status.label(language)),
            "summary": .string(entry.summary),
            "tags": .array(entry.tags.map(JSONValue.string)),
            "date": .optional(entry.date),
            "featured": .bool(entry.featured),
            "url": .string(address(Routes.casePage(entry.slug))),
            "sources": .array(entry.sources.map(sourceRecord)),
        ]
        if let cover = entry.cover, let path = MediaReference.resolve(cover, from: entry.file) {
            record["cover"] = .string((site.config.baseURL ?? "") + String(path.dropFirst("content/".count)))
        } else {
            record["cover"] = .null
        }
        return .object(record)
    }

    func regionRecord(_ region: RegionEntry) -> JSONValue {
        let language = site.config.language
        return .object([
            "unit": .string(region.unit.id),
            "unit_name": .string(region.unit.label(language)),
            "unit_code": .optional(region.unit.code),
            "year": .int(region.year),
            "awards": .array(region.awards.map { .string($0.rawValue) }),
            "award_labels": .array(region.awards.map { .string($0.label(language)) }),
            "applicant": .optional(region.applicant),
            "summary": .string(region.summary),
            "stats": .array(
                region.stats.map { stat in
                    .object(["label": .string(stat.label), "value": .string(stat.value), "unit": .optional(stat.unit)])
                }),
            "rank": .optional(site.shownRank(region)),
            "url": .string(address(Routes.unit(region.unit.id))),
            "sources": .array(region.sources.map(sourceRecord)),
        ])
    }

    private func sourceRecord(_ source: SourceLink) -> JSONValue {
        .object(["title": .string(source.title), "url": .string(source.url), "date": .optional(source.date)])
    }

    /// One line of cases.csv from a case record.
    private func csvRow(_ record: JSONValue) -> [String] {
        guard case .object(let fields) = record else { return [] }
        return Self.csvColumns.map { key in
            switch fields[key] {
            case .string(let text): text
            case .int(let number): String(number)
            case .bool(let flag): flag ? "true" : "false"
            case .array(let items): items.compactMap { if case .string(let text) = $0 { text } else { nil } }.joined(separator: "|")
            default: ""
            }
        }
    }
}
