import CasebookSupport
import Yams

/// Drafts are never published, so their unfinished fields must not block a build: a draft's missing
/// and placeholder fields become one warning, unless the build publishes drafts (`--drafts`).
enum DraftLeniency {
    /// Codes that mean "not written yet": a missing or empty field, a scaffold placeholder.
    static let unfinishedCodes: Set<String> = ["CB0101", "CB0150"]

    /// Whether the record says `draft: true`, read before its other fields.
    static func isDraft(_ node: Node) -> Bool {
        guard let value = node.mapping?["draft"]?.scalar?.string.lowercased() else { return false }
        return ["true", "yes", "on"].contains(value)
    }

    /// `diagnostics` of one draft record, its unfinished fields folded into one warning at the first of them.
    static func soften(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let unfinished = diagnostics.filter { unfinishedCodes.contains($0.code) }.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        guard let first = unfinished.first else { return diagnostics }
        let shown = Message.list(unfinished.prefix(3).map(\.problem), "list.semicolon")
        let more: Message.Argument = unfinished.count > 3 ? .message(Message("draft.more", ["count": "\(unfinished.count - 3)"])) : ""
        var warning = Diagnostic(
            .warning, "CB0151", Message("draft.unfinished", ["shown": .message(shown), "more": more]), file: first.file,
            hint: Message("draft.unfinished.hint"))
        warning.line = first.line
        warning.column = first.column
        return diagnostics.filter { !unfinishedCodes.contains($0.code) } + [warning]
    }
}
