import CasebookContent

/// Ranks as the site shows them: only in years whose overall-award list site.yaml declares ranked.
extension Site {
    /// The rank to show for `region`, or nil when its year's list is not declared ranked.
    public func shownRank(_ region: RegionEntry) -> Int? {
        guard region.awards.contains(.overall), config.isRanked(region.year) else { return nil }
        return region.rank
    }

    /// The holders of `award` in one year: in rank order where that list is ranked, else as given (official order).
    package func ordered(_ holders: [RegionEntry], award: Award) -> [RegionEntry] {
        guard award == .overall, let year = holders.first?.year, config.isRanked(year) else { return holders }
        return holders.enumerated().sorted { ($0.element.rank ?? .max, $0.offset) < ($1.element.rank ?? .max, $1.offset) }.map(\.element)
    }

    /// The i18n key of the note under a year's award lists: ranked years say which list is ranked.
    package func orderNoteKey(_ year: Int) -> String {
        config.isRanked(year) ? "ranked_order_note" : "official_order_note"
    }
}
