import Foundation

/// One entry found while walking a folder.
public struct FileEntry: Sendable, Hashable {
    /// Path relative to the folder walked, with `/` separators.
    public let path: String
    /// True for a symbolic link (never followed by the walk).
    public let isSymlink: Bool
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
                case S_IFREG: found.append(FileEntry(path: path, isSymlink: false))
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
