import Foundation

/// Notices edits to a site by comparing snapshots of what it reads — site.yaml, content/ and
/// themes/ — by size, modification time (to the nanosecond) and inode, which also catches
/// editors that save by replacing the file. The kernel's events (`FileEvents`) say when to take
/// one; without them the preview polls. The output folder is never looked at.
struct SiteWatcher: Sendable {
    /// What one file looked like at one moment.
    struct Stamp: Sendable, Equatable {
        let size: Int64
        let modified: Int64
        let inode: UInt64
    }

    /// Every watched file of the site, by its path relative to the site folder.
    typealias Snapshot = [String: Stamp]

    let root: String
    /// The folders and files a build reads.
    static let watched = ["site.yaml", "content", "themes"]
    /// The watched folders, whose every subfolder is watched for events.
    static let watchedFolders = ["content", "themes"]

    /// The stamps of every watched file now. Hidden files and editor backups (`name~`) are left
    /// out: a build ignores them, and editors write them on every keystroke.
    func snapshot() -> Snapshot {
        var stamps: Snapshot = [:]
        var visited: Set<UInt64> = []
        for name in Self.watched {
            walk(name, into: &stamps, visited: &visited)
        }
        return stamps
    }

    /// The paths that differ between two snapshots, sorted.
    static func changes(from old: Snapshot, to new: Snapshot) -> [String] {
        var paths = Set<String>()
        for (path, stamp) in new where old[path] != stamp { paths.insert(path) }
        for path in old.keys where new[path] == nil { paths.insert(path) }
        return paths.sorted()
    }

    private func walk(_ relative: String, into stamps: inout Snapshot, visited: inout Set<UInt64>) {
        var info = stat()
        guard stat(root + "/" + relative, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            // A folder reached twice through symbolic links is walked once.
            guard visited.insert(UInt64(info.st_ino)).inserted else { return }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + relative)) ?? []
            for name in names where !name.hasPrefix(".") && !name.hasSuffix("~") {
                walk(relative + "/" + name, into: &stamps, visited: &visited)
            }
        } else {
            stamps[relative] = Stamp(size: Int64(info.st_size), modified: Self.modified(info), inode: UInt64(info.st_ino))
        }
    }

    /// The modification time of `info`, in nanoseconds.
    static func modified(_ info: stat) -> Int64 {
        #if os(Linux)
            return Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #else
            return Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #endif
    }
}
