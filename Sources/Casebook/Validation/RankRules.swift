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
                    .warning, "CB0221", "rank \(rank) is not shown: site.yaml does not declare the \(region.year) list ranked",
                    file: region.file, at: region.location(of: "rank"),
                    hint:
                        "official lists are 「按行政区划排列，排名不分先后」 unless they say otherwise: remove `rank`, or add \(region.year) to `ranked:` in site.yaml if the official list ranks its units"
                ))
        }
        for year in content.config.rankedYears.sorted() {
            let holders = overall.filter { $0.year == year }.sorted { ($0.rank ?? .max, $0.file) < ($1.rank ?? .max, $1.file) }
            let ranks = holders.map(\.rank)
            guard ranks != holders.indices.map({ Optional($0 + 1) }) else { continue }
            let culprit = firstWrong(holders)
            let listed = holders.map { "\($0.file): \($0.rank.map(String.init) ?? "no rank")" }.joined(separator: ", ")
            found.append(
                Diagnostic(
                    .error, "CB0220", "the \(year) overall list is declared ranked, but its ranks do not run 1 to \(holders.count): \(listed)",
                    file: culprit.file, at: culprit.location(of: culprit.rank == nil ? "region" : "rank"),
                    hint:
                        "give each of the \(holders.count) units with the overall award its rank from the official list, 1 to \(holders.count), each once; or remove \(year) from `ranked:`"
                ))
        }
        return found
    }

    /// The first region, in rank order, whose rank is not its place in the list.
    private static func firstWrong(_ holders: [RegionEntry]) -> RegionEntry {
        holders.enumerated().first { $0.element.rank != $0.offset + 1 }?.element ?? holders[0]
    }
}
