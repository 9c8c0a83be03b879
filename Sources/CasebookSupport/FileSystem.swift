import Foundation

/// One entry found while walking a folder.
public struct FileEntry: Sendable, Hashable {
    /// Path relative to the folder walked, with `/` separators.
    public let path: String
    /// True for a symbolic link (never followed by the walk).
    public let isSymlink: Bool
    /// What `lstat` said of a regular file, for telling an unchanged file without reading it;
    /// nil for links and where the file system does not say.
    public var stamp: FileStamp? = nil
}

/// A regular file's size, times and inode, as `lstat` gives them: when all of them are as they
/// were, the file is taken to be unchanged (what make, git and Hugo's server assume too).
public struct FileStamp: Sendable, Hashable, Codable {
    /// Size in bytes.
    public let size: Int64
    /// Last modification, nanoseconds since 1970.
    public let modified: Int64
    /// Last change of the inode (any write, rename or `touch`), nanoseconds since 1970.
    public let changed: Int64
    /// The inode number: a file replaced by another (editors save that way) gets a new one.
    public let inode: UInt64

    /// The stamp of the `stat` result `info`.
    public init(_ info: stat) {
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        inode = UInt64(info.st_ino)
    }

    /// The later of the two times, in nanoseconds since 1970.
    public var latest: Int64 { max(modified, changed) }
}

/// The file system as the loader sees it, so tests can substitute it.
public protocol FileSystem: Sendable {
    /// The bytes of a file.
    func read(_ path: String) throws -> [UInt8]
    /// Regular files and symlinks below `folder`, recursively, sorted by path; hidden entries skipped.
    func walk(_ folder: String) -> [FileEntry]
    /// Whether a regular file (or a link to one) exists at `path`.
    func isFile(_ path: String) -> Bool
    /// Whether a folder exists at `path`.
    func isDirectory(_ path: String) -> Bool
    /// The path with every symlink resolved.
    func resolvingSymlinks(_ path: String) -> String
}

/// The real, local file system.
public struct LocalFileSystem: FileSystem {
    /// The file system of this machine; it holds no state.
    public init() {}

    /// The bytes of the file, or a `CocoaError` naming `path` when it cannot be read.
    public func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        return [UInt8](data)
    }

    /// Walks with `lstat`, so a symlink is listed but never entered; unreadable folders are skipped.
    public func walk(_ folder: String) -> [FileEntry] {
        var found: [FileEntry] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? folder : folder + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: absolute) else { continue }
            for name in names where !name.hasPrefix(".") {
                let path = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(folder + "/" + path, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: pending.append(path)
                case S_IFLNK: found.append(FileEntry(path: path, isSymlink: true))
                case S_IFREG: found.append(FileEntry(path: path, isSymlink: false, stamp: FileStamp(info)))
                default: break
                }
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// True for a file or a link to one, false for a folder.
    public func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// True for a folder or a link to one.
    public func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The path with every link along it resolved, as Foundation resolves it.
    public func resolvingSymlinks(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }
}
