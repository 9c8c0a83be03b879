import CasebookContent
import CasebookSupport

/// A way of grouping cases (or, for awards, regions), with one term per value in use.
public struct Taxonomy: Sendable {
    /// The taxonomies of SPEC §4; the folder name is the raw value.
    public enum Kind: String, Sendable, CaseIterable {
        case years, types, grades, steps, awards, industries, tags
    }

    /// One value of a taxonomy and what it holds.
    public struct Term: Sendable {
        /// ASCII path segment, unique in its taxonomy.
        public let slug: String
        /// Display label in the site's language.
        public let label: String
        /// Indices into `Site.cases` (or `Site.regions` for awards), in site order.
        public let members: [Int]
    }

    /// Which taxonomy this is; its raw value is the output folder.
    public let kind: Kind
    /// Terms in their natural order: years newest first, vocabularies in official order,
    /// free-text terms by number of cases, then label.
    public let terms: [Term]

    /// Whether this taxonomy groups regions rather than cases.
    public var holdsRegions: Bool { kind == .awards }

    package static func all(for cases: [CaseEntry], regions: [RegionEntry], language: UILanguage) -> [Taxonomy] {
        Kind.allCases.map { kind in
            switch kind {
            case .years:
                return Taxonomy(
                    kind: kind,
                    terms: grouped(cases, by: { [String($0.year)] })
                        .sorted { $0.key > $1.key }
                        .map { Term(slug: $0.key, label: $0.key, members: $0.members) })
            case .types: return vocabulary(kind, cases, language) { [$0.enterpriseType] }
            case .grades: return vocabulary(kind, cases, language) { $0.grade.map { [$0] } ?? [] }
            case .steps: return vocabulary(kind, cases, language) { $0.steps }
            case .awards:
                let groups = Dictionary(grouping: regions.indices.flatMap { index in regions[index].awards.map { ($0, index) } }, by: \.0)
                return Taxonomy(
                    kind: kind,
                    terms: groups.keys.sorted().map { award in
                        Term(slug: award.pathSegment, label: award.label(language), members: groups[award]!.map(\.1))
                    })
            case .industries: return freeText(kind, cases) { [$0.industry] }
            case .tags: return freeText(kind, cases) { $0.tags }
            }
        }
    }

    private static func vocabulary<T: Vocabulary>(_ kind: Kind, _ cases: [CaseEntry], _ language: UILanguage, _ values: (CaseEntry) -> [T]) -> Taxonomy {
        var members: [T: [Int]] = [:]
        for (index, entry) in cases.enumerated() {
            for value in values(entry) { members[value, default: []].append(index) }
        }
        return Taxonomy(kind: kind, terms: members.keys.sorted().map { Term(slug: $0.pathSegment, label: $0.label(language), members: members[$0]!) })
    }

    private static func freeText(_ kind: Kind, _ cases: [CaseEntry], _ values: (CaseEntry) -> [String]) -> Taxonomy {
        let groups = grouped(cases, by: values)
        return Taxonomy(
            kind: kind,
            terms:
                groups
                .sorted { ($1.members.count, $0.key) < ($0.members.count, $1.key) }
                .map { Term(slug: Slug.cached($0.key), label: $0.key, members: $0.members) })
    }

    private static func grouped(_ cases: [CaseEntry], by values: (CaseEntry) -> [String]) -> [(key: String, members: [Int])] {
        var members: [String: [Int]] = [:]
        for (index, entry) in cases.enumerated() {
            for value in values(entry) { members[value, default: []].append(index) }
        }
        return members.map { ($0.key, $0.value) }
    }
}
