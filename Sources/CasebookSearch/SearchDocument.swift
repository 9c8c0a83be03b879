import CasebookSupport

/// One searchable page — a case, one unit's outstanding-region entry for a year, or a free page —
/// as the index sees it: weighted text fields, what a result shows, and its facet values.
struct SearchDocument: Sendable {
    /// What a document is; also the `kind` facet, in this order.
    enum Kind: String, Sendable, CaseIterable {
        case `case`, region, page
    }

    /// A text field and its weight: title 8, enterprise/unit/tags 4, summary and labels 2, body 1.
    struct Field: Sendable {
        let text: String
        let weight: UInt32
        /// Whether `text` is rendered HTML whose tags and entities must be skipped.
        let isHTML: Bool

        init(_ text: String, weight: UInt32, isHTML: Bool = false) {
            self.text = text
            self.weight = weight
            self.isHTML = isHTML
        }
    }

    static let titleWeight: UInt32 = 8
    static let keyWeight: UInt32 = 4
    static let summaryWeight: UInt32 = 2
    static let bodyWeight: UInt32 = 1

    let kind: Kind
    /// Route relative to the site root (`cases/x/`).
    let route: String
    let title: String
    /// The enterprise of a case, the applicant of a region; shown under the title.
    let enterprise: String
    /// Summary, or the start of a page's text: the stored snippet text.
    let excerpt: String
    /// Whether the case is still under public notice (公示).
    let publicity: Bool
    /// Every indexed field.
    let fields: [Field]
    /// Facet values by facet id (`year` → `2022`); absent facets have no entry.
    let facets: [FacetID: String]

    /// Length for BM25's length normalisation: UTF-8 bytes of all fields, weighted like the fields,
    /// so it is known before any token is counted.
    var length: Int { fields.reduce(0) { $0 + $1.text.utf8.count * Int($1.weight) } }

    /// What names the document from one build to the next: its route, and for a region also its
    /// year, since a unit's entries of several years share the unit's page.
    var key: String { kind == .region ? route + "#" + (facets[.year] ?? "") : route }

    /// A hash of everything the index files hold of the document (its fields and its record), so
    /// that an equal fingerprint means equal postings and an equal result card. Facets are left
    /// out: they live in `main.js`, which every build writes anew.
    var fingerprint: String {
        var bytes: [UInt8] = []
        for field in fields {
            bytes += Array("\(field.weight)\(field.isHTML ? "h" : "t")\(field.text.utf8.count):".utf8) + Array(field.text.utf8)
        }
        bytes += Array(SearchRecord.list([SearchRecord(self)]).utf8)
        return Fingerprint.content(bytes)
    }
}
