/// Rules that look across files: uniqueness, references and quotas.
public struct Validator: Sendable {
    public init() {}

    /// Every cross-file problem in `content`, unsorted.
    public func validate(_ content: SiteContent) -> [Diagnostic] {
        var found: [Diagnostic] = []
        found += slugRules(content)
        found += regionRules(content)
        found += mediaRules(content)
        found += quotaRule(content)
        found += termSlugRule(content)
        for entry in content.cases where entry.summary.count > 300 {
            found.append(Diagnostic(.warning, "CB0211", "the summary has \(entry.summary.count) characters; the form allows 300", file: entry.file,
                                    hint: "shorten the summary; the full text belongs in the body"))
        }
        return found
    }

    private func slugRules(_ content: SiteContent) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var firstFile: [String: String] = [:]
        for entry in content.cases {
            if !Slug.isValid(entry.slug) {
                let suggestion = Slug.make(entry.slug)
                found.append(Diagnostic(.error, "CB0106", "the case slug '\(entry.slug)' is not a valid path name", file: entry.file,
                                        hint: "use lower-case ASCII letters, digits and hyphens" + (suggestion.isEmpty ? "" : ", for example '\(suggestion)'")))
            } else if let other = firstFile[entry.slug] {
                found.append(Diagnostic(.error, "CB0107", "the slug '\(entry.slug)' is already used by \(other)", file: entry.file,
                                        hint: "rename one of the files (or the `slug` in JSON); slugs are unique across all cases"))
            } else {
                firstFile[entry.slug] = entry.file
            }
        }
        var pageFiles: [String: String] = [:]
        for page in content.pages {
            if !Slug.isValid(page.slug) {
                found.append(Diagnostic(.error, "CB0106", "the page file name '\(page.slug)' is not a valid path name", file: page.file,
                                        hint: "rename it with lower-case ASCII letters, digits and hyphens"))
            } else if let other = pageFiles[page.slug] {
                found.append(Diagnostic(.error, "CB0107", "the page name '\(page.slug)' is already used by \(other)", file: page.file,
                                        hint: "rename one of the files"))
            } else {
                pageFiles[page.slug] = page.file
            }
        }
        return found
    }

    private func regionRules(_ content: SiteContent) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var seen: [String: String] = [:]
        for region in content.regions {
            let key = "\(region.year)-\(region.unit.id)"
            if let other = seen[key] {
                found.append(Diagnostic(.error, "CB0201", "\(region.unit.name) already has a region file for \(region.year): \(other)", file: region.file,
                                        hint: "merge the awards into one file named content/regions/\(key).md"))
            } else {
                seen[key] = region.file
            }
        }
        return found
    }

    private func mediaRules(_ content: SiteContent) -> [Diagnostic] {
        let media = Set(content.media)
        var found: [Diagnostic] = []
        for entry in content.cases {
            guard let cover = entry.cover else { continue }
            switch MediaReference.resolve(cover, from: entry.file) {
            case .some(let path) where media.contains(path): continue
            case .some(let path):
                found.append(Diagnostic(.error, "CB0110", "the cover '\(cover)' points to \(path), which does not exist", file: entry.file,
                                        hint: "put the image in content/media/ and give its path relative to this file"))
            case .none:
                found.append(Diagnostic(.error, "CB0110", "the cover '\(cover)' is not a file inside content/media/", file: entry.file,
                                        hint: "images are published from content/media/; give a path relative to this file, for example ../../media/cover.jpg"))
            }
        }
        return found
    }

    /// Industries and tags become ASCII folders through pinyin; two terms must not share one.
    private func termSlugRule(_ content: SiteContent) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (kind, values) in [("industry", { (c: CaseEntry) in [c.industry] }), ("tag", { (c: CaseEntry) in c.tags })] {
            var owner: [String: String] = [:]
            var reported: Set<String> = []
            for entry in content.cases {
                for term in values(entry) {
                    let slug = Slug.make(term)
                    if slug.isEmpty {
                        guard reported.insert(term).inserted else { continue }
                        found.append(Diagnostic(.error, "CB0130", "the \(kind) '\(term)' gives no usable folder name", file: entry.file,
                                                hint: "use words in Chinese or Latin letters"))
                    } else if let other = owner[slug], other != term {
                        guard reported.insert(term).inserted else { continue }
                        found.append(Diagnostic(.error, "CB0130", "the \(kind) '\(term)' and '\(other)' both become the folder '\(slug)'",
                                                file: entry.file, hint: "write both the same way if they are one term, or make them differ"))
                    } else {
                        owner[slug] = term
                    }
                }
            }
        }
        return found
    }

    private func quotaRule(_ content: SiteContent) -> [Diagnostic] {
        var counts: [String: Int] = [:]
        for entry in content.cases where !entry.draft {
            counts["\(entry.year)-\(entry.unit.id)", default: 0] += 1
        }
        var found: [Diagnostic] = []
        for region in content.regions {
            guard let participating = region.participatingEnterprises else { continue }
            let allowed = Int((Double(participating) * content.config.quotaRatio).rounded(.down))
            let count = counts["\(region.year)-\(region.unit.id)", default: 0]
            if count > allowed {
                let percent = Int((content.config.quotaRatio * 100).rounded())
                found.append(Diagnostic(.warning, "CB0210",
                                        "\(region.unit.name) recommends \(count) cases in \(region.year) but \(percent)% of \(participating) enterprises allows \(allowed)",
                                        file: region.file, hint: "check participating_enterprises or withdraw cases"))
            }
        }
        return found
    }
}

/// Resolving media paths written relative to a content file.
enum MediaReference {
    /// `../../media/a.jpg` from `content/cases/2022/x.md` → `content/media/a.jpg`; nil when the path
    /// is a URL or leaves content/media/.
    static func resolve(_ reference: String, from file: String) -> String? {
        guard !reference.contains(":"), !reference.hasPrefix("/") else { return nil }
        guard let path = Paths.join(Paths.folder(of: file), reference), path.hasPrefix("content/media/") else { return nil }
        return path
    }
}
