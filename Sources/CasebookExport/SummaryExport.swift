import CasebookContent
import CasebookSupport
import Foundation

/// `casebook export summary`: the recommendation summary table of a site's cases, as CSV or XLSX.
public struct SummaryExport: Sendable {
    /// The file formats the table is written in.
    public enum Format: String, Sendable, CaseIterable {
        case csv, xlsx
    }

    /// Why an export could not be made: a usage mistake, or content errors (with their diagnostics).
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// The sentence printed for the person at the terminal: what is wrong and what to do.
        public let description: String
        /// Content errors found while loading; empty for a usage mistake.
        public let diagnostics: [Diagnostic]
    }

    /// The site folder, holding site.yaml.
    public let source: String
    /// Only the cases of this year; nil for every year.
    public let year: Int?
    /// A unit named by id, code, full or short name.
    public let region: String?
    /// `--include-private`: add the contact columns, which the site never publishes.
    public let includePrivate: Bool

    /// An export of the site at `source`, narrowed to one year and one unit when given.
    public init(source: String, year: Int? = nil, region: String? = nil, includePrivate: Bool = false) {
        self.source = source
        self.year = year
        self.region = region
        self.includePrivate = includePrivate
    }

    /// Loads the cases and makes the table. Content errors stop the export, like a build.
    public func table(units: UnitTable = .official) throws -> SummaryTable {
        var unit: CasebookContent.Unit?
        if let region {
            guard let found = units.unit(named: region) else {
                throw Failure(description: "unknown unit '\(region)'; did you mean \(units.suggestions(for: region).joined(separator: ", "))?", diagnostics: [])
            }
            unit = found
        }
        let root = URL(fileURLWithPath: source).standardizedFileURL.path
        let (content, diagnostics) = try ContentLoader().load(root)
        guard let content, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw Failure(description: "the content has errors; fix them (casebook check lists them) and export again",
                          diagnostics: diagnostics.filter { $0.severity == .error })
        }
        let contacts = includePrivate ? PrivateContacts(root: root, cases: content.cases) : nil
        return SummaryTable(cases: content.cases, year: year, unit: unit, contacts: contacts)
    }

    /// The format to write: the `--output` extension decides, `--format` must agree with it, csv by default.
    /// Throws a usage failure when they disagree, or when an xlsx workbook would go to standard output.
    public static func format(output: String?, format: Format?) throws -> Format {
        guard let output, output != "-" else {
            if output == "-", format == .xlsx { throw Failure(description: "an .xlsx workbook cannot go to standard output; pass --output FILE.xlsx", diagnostics: []) }
            return format ?? .csv
        }
        let ext = Paths.fileExtension(of: output).lowercased()
        guard let named = Format(rawValue: ext) else {
            if let format { throw Failure(description: "--output \(output) does not end in .\(format.rawValue); name the file \(Paths.stem(of: output)).\(format.rawValue)", diagnostics: []) }
            throw Failure(description: "--output \(output) ends in neither .csv nor .xlsx; name the file .csv or .xlsx", diagnostics: [])
        }
        if let format, format != named {
            throw Failure(description: "--format \(format.rawValue) disagrees with --output \(output); the extension picks the format: drop --format, or name the file .\(format.rawValue)",
                          diagnostics: [])
        }
        return named
    }

    /// The default file name: `summary[-YEAR][-UNIT].EXT`.
    public func defaultFileName(_ format: Format, units: UnitTable = .official) -> String {
        let unit = region.flatMap { units.unit(named: $0) }?.id
        return (["summary", year.map(String.init), unit].compactMap { $0 }).joined(separator: "-") + "." + format.rawValue
    }
}
