import Foundation

/// What a search result or a filtered card shows of a document, as a `d/` file stores it: the
/// names of the `case-card` partial that the index fills, under one-letter keys because a query
/// downloads forty of them. search.js puts them back under the card's own names (`t` → `title`).
struct SearchRecord: Sendable, Encodable {
    /// `{{title}}`.
    let title: String
    /// The page, relative to the site root: `{{href}}`.
    let route: String
    /// The summary, or the start of a page's text: `{{summary}}`, cut into `{{snippet}}`.
    let excerpt: String
    /// `{{enterprise}}`; absent for a region without an applicant and for a page.
    let enterprise: String?
    /// `{{publicity}}`: written as 1, and only when the case is under public notice.
    let publicity: Bool

    init(_ document: SearchDocument) {
        title = document.title
        route = document.route
        excerpt = document.excerpt
        enterprise = document.enterprise.isEmpty ? nil : document.enterprise
        publicity = document.publicity
    }

    enum CodingKeys: String, CodingKey {
        case title = "t"
        case route = "h"
        case excerpt = "s"
        case enterprise = "e"
        case publicity = "p"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(route, forKey: .route)
        try container.encode(excerpt, forKey: .excerpt)
        try container.encodeIfPresent(enterprise, forKey: .enterprise)
        if publicity { try container.encode(1, forKey: .publicity) }
    }

    /// The records of one `d/` file as a JSON array: sorted keys, `/` unescaped, so the same
    /// documents always give the same bytes.
    static func list(_ records: [SearchRecord]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Strings and an integer always encode.
        return (try? encoder.encode(records)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }
}
