import Foundation

/// Removes a folder tree fast: plain POSIX calls (FileManager's recursion stats every entry), and
/// the second level of the tree spread over all cores, since a built site is one wide folder per
/// page. Best effort, like `rm -rf`: what cannot be removed stays.
package enum FolderRemover {
    /// Removes `path` and everything below it, as far as it can.
    package static func remove(_ path: String) {
        let children = entries(of: path)
        var items: [String] = []
        for child in children {
            let full = path + "/" + child.name
            if child.isFolder { items += entries(of: full).map { full + "/" + $0.name } + [full] } else { items.append(full) }
        }
        // Folders after their contents: each folder follows its own children in `items`, and
        // removing one that is not yet empty fails harmlessly and is retried below.
        let failed = items.parallelMap { item in removeTree(item) ? nil : item }.compactMap { $0 }
        for item in failed { _ = removeTree(item) }
        rmdir(path)
    }

    /// Removes one file or folder tree; true when it is gone.
    private static func removeTree(_ path: String) -> Bool {
        if unlink(path) == 0 || errno == ENOENT { return true }
        guard errno == EISDIR || errno == EPERM else { return false }
        for child in entries(of: path) { _ = removeTree(path + "/" + child.name) }
        return rmdir(path) == 0 || errno == ENOENT
    }

    private static func entries(of path: String) -> [(name: String, isFolder: Bool)] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var result: [(String, Bool)] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            guard name != ".", name != ".." else { continue }
            result.append((name, entry.pointee.d_type == DT_DIR))
        }
        return result
    }
}
