import Foundation

/// Writes scaffolded files into a site folder, never replacing anything that is already there.
public enum ScaffoldWriter {
    /// Creates `root/path` with `text` (a path ending in `/` is a folder) and returns true; returns
    /// false and leaves the existing file alone when something is already at that path.
    @discardableResult
    public static func create(_ path: String, _ text: String, in root: String) throws -> Bool {
        let url = URL(fileURLWithPath: root).appendingPathComponent(path)
        if path.hasSuffix("/") {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return true
        }
        guard !FileManager.default.fileExists(atPath: url.path) else { return false }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        // withoutOverwriting: a file that appears between the check and the write is still kept.
        try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        return true
    }

    /// Whether anything exists at `root/path`.
    public static func exists(_ path: String, in root: String) -> Bool {
        FileManager.default.fileExists(atPath: URL(fileURLWithPath: root).appendingPathComponent(path).path)
    }
}
