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
    public struct Failure: Error, MessageConvertible, Sendable, Equatable {
        /// Why the export could not be made.
        public enum Reason: Sendable, Equatable {
            /// The unit named by --region is not one of the 37; the closest names.
            case unknownUnit(String, suggestions: [String])
            /// The content has errors (in `diagnostics`).
            case contentErrors
            /// An .xlsx workbook was asked for on standard output.
            case workbookToStandardOutput
            /// --output has another extension than the --format given.
            case extensionDisagrees(output: String, format: Format)
            /// --output ends in neither .csv nor .xlsx.
            case unknownExtension(output: String)
            /// --format disagrees with --output's extension.
            case formatDisagrees(output: String, format: Format)
        }

        /// Why the export could not be made.
        public let reason: Reason
        /// Content errors found while loading; empty for a usage mistake.
        public let diagnostics: [Diagnostic]

        /// A failure; `diagnostics` for `.contentErrors`.
        public init(_ reason: Reason, diagnostics: [Diagnostic] = []) {
            self.reason = reason
            self.diagnostics = diagnostics
        }

        /// The sentence printed for the person at the terminal.
        public var message: Message {
            switch reason {
            case .unknownUnit(let name, let suggestions):
                Message("export.unknownUnit", ["name": "\(name)", "suggestions": "\(suggestions.joined(separator: ", "))"])
            case .contentErrors: Message("export.contentErrors")
            case .workbookToStandardOutput: Message("export.workbookToStandardOutput")
            case .extensionDisagrees(let output, let format):
                Message("export.extensionDisagrees", ["output": "\(output)", "format": "\(format.rawValue)", "stem": "\(Paths.stem(of: output))"])
            case .unknownExtension(let output): Message("export.unknownExtension", ["output": "\(output)"])
            case .formatDisagrees(let output, let format): Message("export.formatDisagrees", ["output": "\(output)", "format": "\(format.rawValue)"])
            }
        }
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
                throw Failure(.unknownUnit(region, suggestions: units.suggestions(for: region)))
            }
            unit = found
        }
        let root = URL(fileURLWithPath: source).standardizedFileURL.path
        let (content, diagnostics) = try ContentLoader().load(root)
        guard let content, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw Failure(.contentErrors, diagnostics: diagnostics.filter { $0.severity == .error })
        }
        let contacts = includePrivate ? PrivateContacts(root: root, cases: content.cases) : nil
        return SummaryTable(cases: content.cases, year: year, unit: unit, contacts: contacts)
    }

    /// The format to write: the `--output` extension decides, `--format` must agree with it, csv by default.
    /// Throws a usage failure when they disagree, or when an xlsx workbook would go to standard output.
    public static func format(output: String?, format: Format?) throws -> Format {
        guard let output, output != "-" else {
            if output == "-", format == .xlsx { throw Failure(.workbookToStandardOutput) }
            return format ?? .csv
        }
        let ext = Paths.fileExtension(of: output).lowercased()
        guard let named = Format(rawValue: ext) else {
            if let format { throw Failure(.extensionDisagrees(output: output, format: format)) }
            throw Failure(.unknownExtension(output: output))
        }
        if let format, format != named {
            throw Failure(.formatDisagrees(output: output, format: format))
        }
        return named
    }

    /// The default file name: `summary[-YEAR][-UNIT].EXT`.
    public func defaultFileName(_ format: Format, units: UnitTable = .official) -> String {
        let unit = region.flatMap { units.unit(named: $0) }?.id
        return (["summary", year.map(String.init), unit].compactMap { $0 }).joined(separator: "-") + "." + format.rawValue
    }
}
