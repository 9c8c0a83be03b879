import CasebookContent
import CasebookSupport

/// Ranks are never invented: a rank is shown only in a year whose overall-award list site.yaml
/// declares ranked (`ranked: [2023]`), and there the ranks run 1…n with no gap and no repeat.
enum RankRules {
    static func check(_ content: SiteContent) -> [Diagnostic] {
        let overall = RegionRules.kept(content).filter { $0.awards.contains(.overall) }
        var found: [Diagnostic] = []
        for region in overall where !content.config.isRanked(region.year) {
            guard let rank = region.rank else { continue }
            found.append(
                Diagnostic(
                    .warning, "CB0221", Message("rank.notShown", ["rank": "\(rank)", "year": "\(region.year)"]),
                    file: region.file, at: region.location(of: "rank"), hint: Message("rank.notShown.hint", ["year": "\(region.year)"])
                ))
        }
        for year in content.config.rankedYears.sorted() {
            let holders = overall.filter { $0.year == year }.sorted { ($0.rank ?? .max, $0.file) < ($1.rank ?? .max, $1.file) }
            let ranks = holders.map(\.rank)
            guard ranks != holders.indices.map({ Optional($0 + 1) }) else { continue }
            let culprit = firstWrong(holders)
            let listed = holders.map { holder -> Message in
                let rank: Message.Argument = holder.rank.map { "\($0)" } ?? .message(Message("rank.noRank"))
                return Message("rank.listed", ["file": "\(holder.file)", "rank": rank])
            }
            found.append(
                Diagnostic(
                    .error, "CB0220",
                    Message("rank.broken", ["year": "\(year)", "count": "\(holders.count)", "listed": .message(Message.list(listed, "list.comma"))]),
                    file: culprit.file, at: culprit.location(of: culprit.rank == nil ? "region" : "rank"),
                    hint: Message("rank.broken.hint", ["year": "\(year)", "count": "\(holders.count)"])
                ))
        }
        return found
    }

    /// The first region, in rank order, whose rank is not its place in the list.
    private static func firstWrong(_ holders: [RegionEntry]) -> RegionEntry {
        holders.enumerated().first { $0.element.rank != $0.offset + 1 }?.element ?? holders[0]
    }
}
