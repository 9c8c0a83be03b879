import CasebookContent
import CasebookSupport

/// Industries and tags become ASCII folders through pinyin; two terms must not share one.
enum TermSlugRule {
    static func check(_ content: SiteContent) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let kinds: [(name: String, key: String, values: (CaseEntry) -> [String])] = [
            ("industry", "industry", { [$0.industry] }),
            ("tag", "tags", { $0.tags }),
        ]
        for kind in kinds {
            var owner: [String: (term: String, file: String)] = [:]
            var reported: Set<String> = []
            for entry in content.cases {
                for term in kind.values(entry) {
                    let slug = Slug.cached(term)
                    if slug.isEmpty {
                        guard reported.insert(term).inserted else { continue }
                        found.append(
                            Diagnostic(
                                .error, "CB0130", "the \(kind.name) '\(term)' gives no usable folder name", file: entry.file,
                                at: entry.location(of: kind.key), hint: "use words in Chinese or Latin letters"))
                    } else if let other = owner[slug], other.term != term {
                        guard reported.insert(term).inserted else { continue }
                        found.append(
                            Diagnostic(
                                .error, "CB0130", "the \(kind.name) '\(term)' and '\(other.term)' (\(other.file)) both become the folder '\(slug)'",
                                file: entry.file, at: entry.location(of: kind.key),
                                hint: "write both the same way if they are one term, or make them differ"))
                    } else {
                        owner[slug] = (term, entry.file)
                    }
                }
            }
        }
        return found
    }
}
