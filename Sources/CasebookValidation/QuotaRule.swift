import CasebookContent
import CasebookSupport

/// A unit may recommend at most `quota.ratio` (20%) of its enterprises that implemented
/// classification-and-grading management, rounded down. The number comes from the region file's
/// `participating_enterprises`, else from content/data/participation.yaml.
enum QuotaRule {
    /// Where a participation number was written.
    private struct Source {
        let enterprises: Int
        let file: String
        let location: SourceLocation
    }

    static func check(_ content: SiteContent) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var sources: [String: Source] = [:]
        var fromData: [String: Source] = [:]
        for entry in content.participation {
            let key = "\(entry.year)-\(entry.unit.id)"
            let source = Source(enterprises: entry.enterprises, file: entry.file, location: entry.location)
            if let other = fromData[key] {
                found.append(
                    Diagnostic(
                        .warning, "CB0212", Message("quota.twice", ["unit": "\(entry.unit.name)", "year": "\(entry.year)", "line": "\(other.location.line)"]),
                        file: entry.file, at: entry.location, hint: Message("quota.twice.hint")))
                continue
            }
            fromData[key] = source
            sources[key] = source
        }
        for region in RegionRules.kept(content) {
            guard let participating = region.participatingEnterprises else { continue }
            let key = "\(region.year)-\(region.unit.id)"
            let location = region.location(of: "participating_enterprises")
            if let data = fromData[key], data.enterprises != participating {
                found.append(
                    Diagnostic(
                        .warning, "CB0212",
                        Message(
                            "quota.disagree",
                            ["here": "\(participating)", "file": "\(data.file)", "line": "\(data.location.line)", "there": "\(data.enterprises)"]),
                        file: region.file, at: location, hint: Message("quota.disagree.hint")))
            }
            sources[key] = Source(enterprises: participating, file: region.file, location: location)
        }

        var counts: [String: Int] = [:]
        var unitOf: [String: CasebookContent.Unit] = [:]
        for entry in content.cases where !entry.draft {
            let key = "\(entry.year)-\(entry.unit.id)"
            counts[key, default: 0] += 1
            unitOf[key] = entry.unit
        }
        let ratio = content.config.quotaRatio
        let percent = Int((ratio * 100).rounded())
        for (key, count) in counts.sorted(by: { $0.key < $1.key }) {
            guard let source = sources[key], let unit = unitOf[key] else { continue }
            let allowed = Int((Double(source.enterprises) * ratio + 1e-9).rounded(.down))
            guard count > allowed else { continue }
            let year = key.prefix { $0 != "-" }
            found.append(
                Diagnostic(
                    .warning, "CB0210",
                    Message(
                        "quota.over",
                        [
                            "unit": "\(unit.name)", "count": "\(count)", "year": "\(year)", "percent": "\(percent)", "enterprises": "\(source.enterprises)",
                            "allowed": "\(allowed)",
                        ]),
                    file: source.file, at: source.location, hint: Message("quota.over.hint")))
        }
        return found
    }
}
