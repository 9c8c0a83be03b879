import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The kernel's word that something under the site's watched folders changed (Linux inotify), so
/// that the preview looks at a save at once instead of at its next poll, and never walks ten
/// thousand files five times a second while nothing happens. What changed is still found by
/// comparing snapshots (`SiteWatcher`); these events only say when to look. Nil where inotify is
/// missing or refuses (the per-user watch limit): the preview polls then.
final class FileEvents: @unchecked Sendable {
    // @unchecked: `watches` is only touched under `lock`; the descriptor is only read.
    private let descriptor: Int32
    private let lock = NSLock()
    /// Each watch's folder, absolute.
    private var watches: [Int32: String] = [:]
    /// The watch of the site folder itself, and the folders below it that are watched whole.
    private var rootWatch: Int32 = -1
    private let folders: Set<String>
    private let root: String

    /// Watches the site folder itself (for site.yaml) and every folder below `folders`.
    init?(root: String, folders: [String]) {
        self.folders = Set(folders)
        self.root = root
        #if os(Linux)
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
            rootWatch = inotify_add_watch(descriptor, root, Self.mask)
            guard rootWatch >= 0 else {
                close(descriptor)
                return nil
            }
            for folder in folders where !watchTree(root + "/" + folder) {
                close(descriptor)
                return nil
            }
        #else
            return nil
        #endif
    }

    deinit { close(descriptor) }

    /// Whether an event came since the last call, without waiting; reads all that are waiting,
    /// and watches the folders made since.
    func take() -> Bool {
        #if os(Linux)
            var target = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&target, 1, 0) > 0 else { return false }
            drain()
            return true
        #else
            return false
        #endif
    }

    #if os(Linux)
        /// The events a change of the site's files gives.
        private static let mask = UInt32(
            IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

        /// Watches one folder; false when the kernel refuses (a missing folder is no refusal).
        private func watch(_ folder: String) -> Bool {
            let watch = inotify_add_watch(descriptor, folder, Self.mask)
            guard watch >= 0 else { return errno == ENOENT || errno == ENOTDIR || errno == EACCES }
            lock.withLock { watches[watch] = folder }
            return true
        }

        /// Watches `folder` and every folder below it, hidden ones aside, as `SiteWatcher` walks.
        private func watchTree(_ folder: String) -> Bool {
            var pending = [folder], visited: Set<UInt64> = []
            while let next = pending.popLast() {
                var info = stat()
                guard stat(next, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, visited.insert(UInt64(info.st_ino)).inserted else { continue }
                guard watch(next) else { return false }
                let names = (try? FileManager.default.contentsOfDirectory(atPath: next)) ?? []
                pending += names.filter { !$0.hasPrefix(".") }.map { next + "/" + $0 }
            }
            return true
        }

        /// Reads every waiting event; a folder made or moved in is watched with what it holds.
        private func drain() {
            let size = 64 * 1024
            let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
            defer { buffer.deallocate() }
            while true {
                let count = read(descriptor, buffer, size)
                guard count > 0 else { return }
                var offset = 0
                while offset + MemoryLayout<inotify_event>.size <= count {
                    let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                    let nameStart = offset + MemoryLayout<inotify_event>.size
                    if event.mask & UInt32(IN_ISDIR) != 0, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, event.len > 0 {
                        let name = String(cString: buffer.advanced(by: nameStart).assumingMemoryBound(to: CChar.self))
                        // In the site folder itself only `content/` and `themes/` are watched, never the output.
                        if event.wd == rootWatch {
                            if folders.contains(name) { _ = watchTree(root + "/" + name) }
                        } else if let folder = lock.withLock({ watches[event.wd] }), !name.hasPrefix(".") {
                            _ = watchTree(folder + "/" + name)
                        }
                    }
                    if event.mask & UInt32(IN_IGNORED) != 0 { _ = lock.withLock { watches.removeValue(forKey: event.wd) } }
                    offset = nameStart + Int(event.len)
                }
            }
        }
    #endif
}
