import CasebookContent
import CasebookSupport

/// One region file per unit and year, named after them.
enum RegionRules {
    static func check(_ content: SiteContent) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (key, regions) in groups(content) {
            let keeperIndex = keeper(of: regions, key: key)
            let keeper = regions[keeperIndex]
            for (index, region) in regions.enumerated() where index != keeperIndex {
                found.append(
                    Diagnostic(
                        .error, "CB0201", Message("regionFile.twice", ["unit": "\(region.unit.name)", "year": "\(region.year)", "file": "\(keeper.file)"]),
                        file: region.file, at: region.location(of: "region"), hint: Message("regionFile.twice.hint", ["file": "\(keeper.file)"])))
            }
            if regions.count == 1, keeper.file.hasSuffix(".md"), Paths.stem(of: keeper.file) != key {
                found.append(
                    Diagnostic(
                        .warning, "CB0203",
                        Message("regionFile.misnamed", ["unit": "\(keeper.unit.name)", "year": "\(keeper.year)", "stem": "\(Paths.stem(of: keeper.file))"]),
                        file: keeper.file, at: keeper.location(of: "region"),
                        hint: Message("regionFile.misnamed.hint", ["path": "\(Paths.folder(of: keeper.file))/\(key).md"])))
            }
        }
        return found
    }

    /// The regions of each unit and year, keyed `<year>-<unit>`, in key order.
    static func groups(_ content: SiteContent) -> [(key: String, regions: [RegionEntry])] {
        Dictionary(grouping: content.regions) { "\($0.year)-\($0.unit.id)" }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Of several regions for one unit and year, the one to keep: the file named <year>-<unit>.md, else the first.
    static func keeper(of regions: [RegionEntry], key: String) -> Int {
        regions.firstIndex { Paths.stem(of: $0.file) == key && $0.file.hasSuffix(".md") } ?? 0
    }

    /// One region per unit and year: duplicates are reported once, by `check`, and ignored by other rules.
    static func kept(_ content: SiteContent) -> [RegionEntry] {
        groups(content).map { $0.regions[keeper(of: $0.regions, key: $0.key)] }
    }
}
