import CasebookSupport
import Yams

/// How many enterprises of a unit implemented classification-and-grading management in a year, from
/// `content/data/participation.yaml` (a list of `{ year, unit, enterprises }`); feeds the quota rule.
public struct Participation: Sendable, Hashable {
    /// The year of the selection.
    public let year: Int
    /// The unit the number belongs to.
    public let unit: Unit
    /// How many of its enterprises implemented the management that year.
    public let enterprises: Int
    /// The data file, relative to the site folder.
    public let file: String
    /// Where the entry is written.
    package let location: SourceLocation

    static let keys = ["year", "unit", "enterprises"]

    /// The data files that may hold participation numbers, in order of preference.
    static let files = ["content/data/participation.yaml", "content/data/participation.yml", "content/data/participation.json"]

    /// Reads the entries of a parsed data file, reporting every mistake in it.
    static func read(_ root: Node, file: String, units: UnitTable, into diagnostics: inout [Diagnostic]) -> [Participation] {
        guard let entries = root.sequence else {
            diagnostics.append(
                Diagnostic(
                    .error, "CB0102", Message("participation.notList"), file: file, at: YAMLDocument.location(of: root, firstLine: 1),
                    hint: Message("participation.notList.hint")))
            return []
        }
        var found: [Participation] = []
        for entry in entries {
            guard var reader = FieldReader(entry, file: file, firstLine: 1, known: keys, what: Message("what.participation"), into: &diagnostics) else {
                continue
            }
            let year = reader.year()
            let unit = UnitField.read(&reader, key: "unit", units: units)
            let enterprises = reader.int("enterprises", required: true, example: "123", minimum: 0)
            diagnostics += reader.diagnostics
            if let year, let unit, let enterprises {
                found.append(
                    Participation(
                        year: year, unit: unit, enterprises: enterprises, file: file,
                        location: reader.location(of: "enterprises")))
            }
        }
        return found
    }
}
