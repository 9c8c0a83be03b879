import CasebookContent
import CasebookSupport

/// Rules that look across files: uniqueness, references and quotas. Each rule reports a defect
/// once, where the author has to fix it.
public struct Validator: Sendable {
    /// Whether drafts will be published, so that their unfinished text is an error.
    let drafts: Bool

    /// A validator; `drafts` when the build publishes drafts.
    public init(drafts: Bool = false) { self.drafts = drafts }

    /// Every cross-file problem in `content`, unsorted.
    public func validate(_ content: SiteContent) -> [Diagnostic] {
        var found: [Diagnostic] = []
        found += SlugRules.check(content)
        found += RegionRules.check(content)
        found += MediaRules.check(content)
        found += QuotaRule.check(content)
        found += TermSlugRule.check(content)
        found += UnfinishedRules.check(content, drafts: drafts)
        found += YearRules.check(content)
        found += RankRules.check(content)
        found += ImageRules.check(content)
        for entry in content.cases where entry.summary.count > 300 {
            found.append(
                Diagnostic(
                    .warning, "CB0211", Message("summary.tooLong", ["count": "\(entry.summary.count)"]), file: entry.file,
                    at: entry.location(of: "summary"), hint: Message("summary.tooLong.hint")))
        }
        return found
    }
}
