import CasebookSupport

/// Resolving media paths written relative to a content file.
package enum MediaReference {
    /// `../../media/a.jpg` from `content/cases/2022/x.md` → `content/media/a.jpg`; nil when the path
    /// is a URL or leaves content/media/.
    package static func resolve(_ reference: String, from file: String) -> String? {
        guard !reference.contains(":"), !reference.hasPrefix("/") else { return nil }
        guard let path = Paths.join(Paths.folder(of: file), reference), path.hasPrefix("content/media/") else { return nil }
        return path
    }

    /// How `file` writes the path of `target` (both relative to the site folder): `../../media/a.jpg`.
    package static func relative(_ target: String, from file: String) -> String {
        let from = Paths.folder(of: file).split(separator: "/"), to = target.split(separator: "/")
        let common = zip(from, to).prefix { $0 == $1 }.count
        return (Array(repeating: "..", count: from.count - common) + to.dropFirst(common).map(String.init)).joined(separator: "/")
    }
}
