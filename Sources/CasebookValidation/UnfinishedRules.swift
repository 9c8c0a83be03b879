import CasebookContent
import CasebookSupport

/// Bodies that are unfinished: a scaffold placeholder still in the text of an entry, or no text at all.
/// A draft's placeholders are a warning, unless drafts are published (`--drafts`).
enum UnfinishedRules {
    static func check(_ content: SiteContent, drafts: Bool) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for entry in content.cases {
            found += check(body: entry.body, firstLine: entry.bodyFirstLine, file: entry.file, draft: entry.draft && !drafts)
        }
        for region in content.regions {
            found += check(body: region.body, firstLine: region.bodyFirstLine, file: region.file, draft: false)
        }
        for page in content.pages {
            found += check(body: page.body, firstLine: page.bodyFirstLine, file: page.file, draft: page.draft && !drafts)
        }
        return found
    }

    private static func check(body: String, firstLine: Int, file: String, draft: Bool) -> [Diagnostic] {
        let json = file.hasSuffix(".json")
        if body.allSatisfy(\.isWhitespace) {
            guard !draft else { return [] }
            return [
                Diagnostic(
                    .warning, "CB0155", Message("unfinished.empty"), file: file, at: SourceLocation(line: json ? 0 : firstLine, column: 0),
                    hint: Message(json ? "unfinished.empty.jsonHint" : "unfinished.empty.hint"))
            ]
        }
        guard let placeholder = Placeholder.find(in: body) else { return [] }
        let location =
            json
            ? SourceLocation(line: firstLine, column: 0)
            : SourceLocation(line: firstLine + placeholder.line, column: placeholder.column + 1)
        if draft {
            return [
                Diagnostic(
                    .warning, "CB0151", Message("unfinished.bodyDraft", ["placeholder": "\(placeholder.written)"]), file: file,
                    at: location, hint: Message("unfinished.bodyDraft.hint"))
            ]
        }
        return [
            Diagnostic(
                .error, "CB0150", Message("unfinished.body", ["placeholder": "\(placeholder.written)"]), file: file, at: location,
                hint: Message("unfinished.body.hint", ["hint": .message(Placeholder.hint(placeholder, field: "text"))]))
        ]
    }
}
