import CasebookContent
import CasebookPages
import CasebookSupport

/// Covers are images inside content/media/, written relative to the file that names them.
enum MediaRules {
    static func check(_ content: SiteContent) -> [Diagnostic] {
        let media = Set(content.media)
        var found: [Diagnostic] = []
        for entry in content.cases {
            guard let cover = entry.cover else { continue }
            let location = entry.location(of: "cover")
            switch MediaReference.resolve(cover, from: entry.file) {
            case .some(let path) where media.contains(path): continue
            case .some(let path):
                let nearest = Nearest.name(path, among: content.media)
                found.append(
                    Diagnostic(
                        .error, "CB0110", Message("media.coverMissing", ["cover": "\(cover)", "path": "\(path)"]), file: entry.file, at: location,
                        hint: nearest.map { Message("media.didYouMean", ["path": "\(MediaReference.relative($0, from: entry.file))"]) }
                            ?? Message("media.coverMissing.hint")))
            case .none:
                found.append(
                    Diagnostic(
                        .error, "CB0110", Message("media.coverOutside", ["cover": "\(cover)"]), file: entry.file, at: location,
                        hint: Message("media.coverOutside.hint", ["example": "\(MediaReference.relative("content/media/cover.jpg", from: entry.file))"])))
            }
        }
        return found
    }
}

/// "Did you mean" for paths: the candidate whose last segment is closest to the wanted one's,
/// when it is close enough to be a typo (one edit in three characters) and no other is as close.
enum Nearest {
    static func name(_ path: String, among candidates: [String]) -> String? {
        func last(_ text: String) -> String { text.split(separator: "/").last.map(String.init) ?? text }
        let wanted = last(path)
        guard wanted.count >= 3 else { return nil }
        let scored = candidates.map { ($0, EditDistance.between(last($0), wanted)) }
        guard let best = scored.map(\.1).min(), best <= max(1, wanted.count / 3) else { return nil }
        let closest = scored.filter { $0.1 == best }
        return closest.count == 1 ? closest[0].0 : nil
    }
}
