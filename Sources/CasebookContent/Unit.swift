import CasebookSupport
import Foundation

/// One of the 37 units that may apply: a province-level division, a city with independent planning
/// status (计划单列市) or the Xinjiang Production and Construction Corps.
public struct Unit: Sendable, Hashable, Codable, Comparable {
    /// What kind of unit this is; official lists put provinces first, then the cities, then the corps.
    public enum Kind: String, Sendable, Codable {
        case province, city, corps
    }

    /// ASCII id, also the output path segment (`hunan`).
    public let id: String
    /// Administrative division code; nil for the corps.
    public let code: String?
    /// Full name (`湖南省`).
    public let name: String
    /// Short name (`湖南`).
    public let short: String
    /// English name (`Hunan`).
    public let english: String
    /// Province, city or corps; decides the unit's place in official lists.
    public let kind: Kind
    /// Position in the official order, 0-based.
    public let order: Int

    /// Official order: provinces, then cities, then the corps.
    public static func < (lhs: Unit, rhs: Unit) -> Bool { lhs.order < rhs.order }

    /// The name in the given interface language.
    public func label(_ language: UILanguage) -> String { language == .english ? english : name }
}

/// The official table of units, shipped as a data file with the tool.
public struct UnitTable: Sendable {
    /// All units in official order.
    public let units: [Unit]
    private let lookup: [String: Int]

    /// The bytes of the table embedded in the tool (`Resources/units.json`), for readers of its other columns.
    package static var embeddedJSON: Data { EmbeddedFiles.data("data/units.json") }

    /// The table embedded in the tool.
    public static let official: UnitTable = {
        struct Row: Decodable {
            let id: String
            let code: String?
            let name: String
            let short: String
            let english: String
            let kind: Unit.Kind
        }
        let rows = (try? JSONDecoder().decode([Row].self, from: embeddedJSON)) ?? []
        return UnitTable(
            units: rows.enumerated().map { index, row in
                Unit(id: row.id, code: row.code, name: row.name, short: row.short, english: row.english, kind: row.kind, order: index)
            })
    }()

    init(units: [Unit]) {
        self.units = units
        var lookup: [String: Int] = [:]
        for (index, unit) in units.enumerated() {
            for key in [unit.id, unit.name, unit.short, unit.english.lowercased()] + (unit.code.map { [$0] } ?? []) {
                lookup[key] = index
            }
        }
        self.lookup = lookup
    }

    /// The unit named by id, code, full, short or English name.
    public func unit(named text: String) -> Unit? {
        let key = text.trimmingCharacters(in: .whitespaces)
        return (lookup[key] ?? lookup[key.lowercased()]).map { units[$0] }
    }

    /// The unit with this id.
    public subscript(id: String) -> Unit? { lookup[id].map { units[$0] } }

    /// The unit names closest to `text` (up to three, all equally close), for "did you mean" hints.
    public func suggestions(for text: String) -> [String] {
        let scored = units.map { unit in
            (unit, [unit.id, unit.name, unit.short, unit.english.lowercased()].map { EditDistance.between($0, text.lowercased()) }.min() ?? Int.max)
        }
        let best = scored.map(\.1).min() ?? 0
        return scored.filter { $0.1 == best }.sorted { $0.0.order < $1.0.order }.prefix(3).map { "\($0.0.name) (\($0.0.id))" }
    }
}
