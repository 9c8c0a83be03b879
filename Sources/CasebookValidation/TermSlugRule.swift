import CasebookContent
import CasebookSupport

/// Industries and tags become ASCII folders through pinyin; two terms must not share one.
enum TermSlugRule {
    static func check(_ content: SiteContent) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let kinds: [(name: String, key: String, values: (CaseEntry) -> [String])] = [
            ("term.industry", "industry", { [$0.industry] }),
            ("term.tag", "tags", { $0.tags }),
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
                                .error, "CB0130", Message("term.noFolder", ["kind": .message(Message(kind.name)), "term": "\(term)"]), file: entry.file,
                                at: entry.location(of: kind.key), hint: Message("term.noFolder.hint")))
                    } else if let other = owner[slug], other.term != term {
                        guard reported.insert(term).inserted else { continue }
                        found.append(
                            Diagnostic(
                                .error, "CB0130",
                                Message(
                                    "term.clash",
                                    [
                                        "kind": .message(Message(kind.name)), "term": "\(term)", "other": "\(other.term)", "file": "\(other.file)",
                                        "slug": "\(slug)",
                                    ]),
                                file: entry.file, at: entry.location(of: kind.key), hint: Message("term.clash.hint")))
                    } else {
                        owner[slug] = (term, entry.file)
                    }
                }
            }
        }
        return found
    }
}
