import CasebookContent
import CasebookSupport

/// The recommendation summary table (典型案例推荐汇总表, attachment 2 of the notice): one row per
/// case, in official unit order, with the columns of the official form. Contact columns appear
/// only when contacts are given, which only `--include-private` does.
public struct SummaryTable: Sendable {
    /// The public columns of the official form, then what `casebook import summary` needs to recreate
    /// each case as it is: its year, status, industry code, summary and file name.
    public static let publicHeaders = [
        "序号", "案例名称", "申报单位", "企业类型", "所属行业", "企业定级", "所在地区", "推荐单位",
        "年度", "状态", "行业代码", "案例简介", "文件名",
    ]
    /// The private columns, written only on request.
    public static let privateHeaders = ["联系人", "联系电话"]

    /// `2022年 湖南省 典型案例推荐汇总表`.
    public let title: String
    /// The heading row: the public columns, then the private ones when contacts were given.
    public let headers: [String]
    /// One row per case; the first cell is the row number.
    public let rows: [[String]]

    /// The table of `cases` (drafts left out), narrowed to one year and one unit when given.
    /// Cases are ordered by unit (official order), then year, then file, as official lists are.
    public init(cases: [CaseEntry], year: Int? = nil, unit: CasebookContent.Unit? = nil, contacts: PrivateContacts? = nil) {
        let chosen =
            cases
            .filter { !$0.draft && (year == nil || $0.year == year) && (unit == nil || $0.unit.id == unit?.id) }
            .sorted { ($0.unit.order, $0.year, $0.file, $0.slug) < ($1.unit.order, $1.year, $1.file, $1.slug) }
        title = [year.map { "\($0)年" }, unit?.name, "工业互联网安全深度行活动典型案例推荐汇总表"].compactMap { $0 }.joined(separator: " ")
        headers = Self.publicHeaders + (contacts == nil ? [] : Self.privateHeaders)
        rows = chosen.enumerated().map { index, entry in
            var row = [
                String(index + 1), entry.title, entry.enterprise, entry.enterpriseType.chinese, entry.industry,
                entry.grade?.chinese ?? "", entry.unit.name, entry.recommender ?? "",
                String(entry.year), entry.status.chinese, entry.industryCode ?? "", entry.summary, entry.slug,
            ]
            if let contacts {
                let contact = contacts.bySlug[entry.slug]
                row += [contact?.name ?? "", contact?.phone ?? ""]
            }
            return row
        }
    }

    /// The table as CSV: the header row, then the cases (no title row, so it reads back as a table).
    public func csv() -> [UInt8] { CSV.write([headers] + rows) }

    /// The table as an Excel workbook, with the title above the header row.
    public func xlsx() throws -> [UInt8] {
        try XLSXWriter(
            sheetName: "推荐汇总表", title: title, headers: headers, rows: rows,
            numericColumns: [0, 8], columnWidths: [6, 44, 32, 24, 18, 10, 16, 28, 8, 8, 10, 60, 28, 12, 18]
        ).bytes()
    }
}
