import CasebookContent
import CasebookSupport
import Foundation

/// Turns a filled-in recommendation summary table (CSV or XLSX) into one case file per row under
/// `content/cases/<year>/`, with the row's values and every other field listed for completion.
/// Existing files are never replaced: a row whose case is already there is reported and skipped.
public struct SummaryImport: Sendable {
    /// Why a table could not be imported at all: the file (when known) and the reason as values.
    public struct Failure: Error, MessageConvertible, Sendable, Equatable {
        /// Why the table could not be imported.
        public enum Reason: Sendable, Equatable {
            case unreadable, oldExcelWorkbook, notCSVOrXLSX, noHeaderRow, noYear
        }

        /// The table's file; nil when the rows came from elsewhere.
        public let path: String?
        /// Why it could not be imported.
        public let reason: Reason

        /// A failure to import `path`.
        public init(_ reason: Reason, path: String? = nil) {
            self.reason = reason
            self.path = path
        }

        /// The sentence printed for the person at the terminal.
        public var message: Message {
            let file: Message.Argument = path.map { .text($0) } ?? .message(Message("import.theTable"))
            switch reason {
            case .unreadable: return Message("import.unreadable", ["file": file])
            case .oldExcelWorkbook: return Message("import.oldExcelWorkbook", ["file": file])
            case .notCSVOrXLSX: return Message("import.notCSVOrXLSX", ["file": file])
            case .noHeaderRow: return Message("import.noHeaderRow")
            case .noYear: return Message("import.noYear")
            }
        }
    }

    /// What an import did, for the report.
    public struct Outcome: Sendable {
        /// Files written, relative to the site folder, with the row each came from.
        public var created: [(row: Int, path: String)] = []
        /// Rows left alone, with the reason.
        public var skipped: [(row: Int, reason: Message)] = []
        /// Values written as they are that `casebook check` will question.
        public var warnings: [(row: Int, message: Message)] = []
        /// Headings that are not a field of a case.
        public var unknownColumns: [String] = []
    }

    let root: String
    let year: Int?
    let units: UnitTable

    /// An import into the site at `root`; `year` applies to rows that do not say theirs.
    public init(root: String, year: Int? = nil, units: UnitTable = .official) {
        self.root = root
        self.year = year
        self.units = units
    }

    /// The rows of a `.csv` or `.xlsx` file.
    public static func table(at path: String) throws -> [[String]] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(.unreadable, path: path)
        }
        switch Paths.fileExtension(of: path) {
        case "csv", "txt": return try CSV.read([UInt8](data))
        case "xlsx": return try XLSXReader.rows([UInt8](data))
        case "xls": throw Failure(.oldExcelWorkbook, path: path)
        default: throw Failure(.notCSVOrXLSX, path: path)
        }
    }

    /// Writes a case file for each row of `table` and says what happened.
    public func run(_ table: [[String]]) throws -> Outcome {
        guard
            let headerRow = table.prefix(10).firstIndex(where: { row in
                let columns = row.compactMap(SummaryColumn.named)
                return columns.contains(.title) && columns.count >= 2
            })
        else {
            throw Failure(.noHeaderRow)
        }
        var outcome = Outcome()
        var columns: [SummaryColumn: Int] = [:]
        for (index, heading) in table[headerRow].enumerated() {
            if let column = SummaryColumn.named(heading) {
                if columns[column] == nil { columns[column] = index }
            } else if !heading.trimmingCharacters(in: .whitespaces).isEmpty {
                outcome.unknownColumns.append(heading)
            }
        }
        let titleYear = table[..<headerRow].lazy.compactMap { Self.yearMentioned(in: $0.joined(separator: " ")) }.first
        guard columns[.year] != nil || year != nil || titleYear != nil else {
            throw Failure(.noYear)
        }
        let existing = try ExistingCases(root: root)
        var used = existing.slugs
        for index in table.indices.dropFirst(headerRow + 1) {
            let rowNumber = index + 1
            let cells = table[index]
            func value(_ column: SummaryColumn) -> String? {
                guard let at = columns[column], at < cells.count else { return nil }
                let text = cells[at].replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
                    .trimmingCharacters(in: .whitespaces)
                return text.isEmpty ? nil : text
            }
            guard let title = value(.title) else {
                if cells.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }), value(.enterprise) != nil {
                    outcome.skipped.append((rowNumber, Message("import.noTitle")))
                }
                continue
            }
            guard let enterprise = value(.enterprise) else {
                outcome.skipped.append((rowNumber, Message("import.noEnterprise", ["title": "\(title)"])))
                continue
            }
            guard let rowYear = value(.year).flatMap(Self.yearMentioned) ?? year ?? titleYear else {
                outcome.skipped.append((rowNumber, Message("import.noRowYear", ["title": "\(title)"])))
                continue
            }
            if let file = existing.file(title: title, year: rowYear) {
                outcome.skipped.append((rowNumber, Message("import.alreadyIn", ["title": "\(title)", "file": "\(file)"])))
                continue
            }
            var scaffold = fill(CaseScaffold(year: rowYear), row: rowNumber, value: value, outcome: &outcome)
            scaffold.title = title
            scaffold.enterprise = enterprise
            let given = value(.slug).flatMap { Slug.isValid($0) && !used.contains($0) ? $0 : nil }
            let slug = given ?? Self.slug(enterprise: enterprise, title: title, year: rowYear, row: rowNumber, used: used)
            let path = "content/cases/\(rowYear)/\(slug).md"
            used.insert(slug)
            if try ScaffoldWriter.create(path, scaffold.text(), in: root) {
                outcome.created.append((rowNumber, path))
            } else {
                outcome.skipped.append((rowNumber, Message("import.fileExists", ["path": "\(path)"])))
            }
        }
        return outcome
    }

    /// The scaffold with the row's optional values, each normalised when it is recognised.
    private func fill(_ start: CaseScaffold, row: Int, value: (SummaryColumn) -> String?, outcome: inout Outcome) -> CaseScaffold {
        var scaffold = start
        scaffold.origin = "由 casebook import summary 从推荐汇总表第 \(row) 行生成：请补充简介和正文（替换每处【待填写：…】），核对各项后把 draft 改为 false。"
        scaffold.status = value(.status).flatMap(CaseStatus.init(naming:)) ?? .recommended
        if let text = value(.status), CaseStatus(naming: text) == nil { outcome.warnings.append((row, Message("import.unknownStatus", ["value": "\(text)"]))) }
        scaffold.draft = true
        if let text = value(.enterpriseType) {
            scaffold.enterpriseType = EnterpriseType(naming: text)?.chinese ?? text
            if EnterpriseType(naming: text) == nil { outcome.warnings.append((row, Message("import.unknownType", ["value": "\(text)"]))) }
        } else {
            outcome.warnings.append((row, Message("import.noType")))
        }
        if let text = value(.region) {
            scaffold.region = units.unit(named: text)?.name ?? text
            if units.unit(named: text) == nil { outcome.warnings.append((row, Message("import.unknownRegion", ["value": "\(text)"]))) }
        } else {
            outcome.warnings.append((row, Message("import.noRegion")))
        }
        if let text = value(.industry) { scaffold.industry = text } else { outcome.warnings.append((row, Message("import.noIndustry"))) }
        if let text = value(.grade) {
            scaffold.grade = Grade(naming: text)?.chinese ?? text
            if Grade(naming: text) == nil { outcome.warnings.append((row, Message("import.unknownGrade", ["value": "\(text)"]))) }
        }
        scaffold.industryCode = value(.industryCode)
        scaffold.recommender = value(.recommender)
        if let summary = value(.summary) { scaffold.summary = summary }
        scaffold.contactName = value(.contactName)
        scaffold.contactPhone = value(.contactPhone)
        scaffold.contactEmail = value(.contactEmail)
        return scaffold
    }

    /// A four-digit year 2000–2099 written in `text` (`2022`, `2022年`, `2022年度推荐汇总表`).
    public static func yearMentioned(in text: String) -> Int? {
        let characters = Array(text)
        func isDigit(_ index: Int) -> Bool { characters.indices.contains(index) && characters[index].isASCII && characters[index].isNumber }
        for start in characters.indices where (start..<start + 4).allSatisfy(isDigit) && !isDigit(start - 1) && !isDigit(start + 4) {
            if let year = Int(String(characters[start..<start + 4])), (2000...2099).contains(year) { return year }
        }
        return nil
    }

    /// `<pinyin of the enterprise, without its company-form suffix>-<year>`, or of the title when the
    /// enterprise has no letters to spell; `-2`, `-3` … when that slug is taken by another row of this table.
    public static func slug(enterprise: String, title: String, year: Int, row: Int, used: Set<String>) -> String {
        var name = enterprise
        for suffix in ["股份有限公司", "有限责任公司", "有限公司", "（集团）", "(集团)"] where name.hasSuffix(suffix) && name.count > suffix.count {
            name = String(name.dropLast(suffix.count))
        }
        var base = Slug.make(name)
        if base.isEmpty { base = Slug.make(title) }
        if base.isEmpty { base = "case-row-\(row)" }
        if base.count > 48 {
            let cut = base.prefix(48)
            base = String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut)
        }
        base += "-\(year)"
        var slug = base, number = 2
        while used.contains(slug) {
            slug = "\(base)-\(number)"
            number += 1
        }
        return slug
    }
}

/// The cases already in a site, to avoid importing one twice.
public struct ExistingCases {
    /// Slugs of every case, whether or not it loads cleanly (file names count too).
    let slugs: Set<String>
    private let byTitle: [String: String]

    init(root: String) throws {
        let content = try ContentLoader().load(root).content
        slugs = Self.slugs(root: root, content: content)
        var byTitle: [String: String] = [:]
        for entry in content?.cases ?? [] { byTitle["\(entry.year)|\(entry.title)"] = entry.file }
        self.byTitle = byTitle
    }

    /// The file of a case with this title and year, if there is one.
    func file(title: String, year: Int) -> String? { byTitle["\(year)|\(title)"] }

    /// Slugs of the loaded cases and names of every case file.
    public static func slugs(root: String, content: SiteContent? = nil) -> Set<String> {
        let loaded = content ?? (try? ContentLoader().load(root).content) ?? nil
        var slugs = Set(loaded?.cases.map(\.slug) ?? [])
        for entry in LocalFileSystem().walk(root + "/content/cases") { slugs.insert(Paths.stem(of: entry.path)) }
        return slugs
    }
}
