import CasebookSupport
import Foundation

/// Puts one file into a staging folder with plain POSIX calls, creating its folders on the way. A
/// file whose bytes equal the previous build's (known from its manifest) is not written: a whole
/// new site links it from the previous output, a patch of the previous output leaves it where it
/// is; either way it keeps its modification time and rsync or a CDN upload sees it unchanged.
/// Safe to call from many threads at once.
struct FileWriter: Sendable {
    /// Records `size hash path` of every written file, sorted by path.
    static let manifest = ".casebook-manifest"

    /// Size and content hash of one output file.
    struct Entry: Sendable, Equatable {
        let size: Int
        let hash: String
    }

    let folder: String
    let previousOutput: String
    let previous: [String: Entry]
    /// Whether the folder is a patch: it gets only the files that changed, and the previous output
    /// keeps the others (see `PatchJournal`).
    let patch: Bool

    /// A writer into `folder` that reuses unchanged files of `previousOutput`.
    init(folder: String, previousOutput: String, patch: Bool = false) {
        self.folder = folder
        self.previousOutput = previousOutput
        self.patch = patch
        previous = Self.previous(previousOutput)
    }

    /// The previous build's `path → (size, hash)`, read from its manifest; empty when there is none.
    static func previous(_ output: String) -> [String: Entry] {
        guard let text = try? String(contentsOfFile: output + "/" + manifest, encoding: .utf8) else { return [:] }
        var entries: [String: Entry] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, let size = Int(parts[0]) else { continue }
            entries[String(parts[2])] = Entry(size: size, hash: String(parts[1]))
        }
        return entries
    }

    /// Places `bytes` at `path` (relative to the folder); returns its manifest entry and whether
    /// the bytes were written into the folder (false for a file the previous output already has).
    func place(_ path: String, _ bytes: [UInt8]) throws -> (entry: Entry, written: Bool) {
        let target = folder + "/" + path
        let entry = Entry(size: bytes.count, hash: Fingerprint.content(bytes))
        if previous[path] == entry {
            if patch { return (entry, false) }
            try makeParent(of: path)
            if link(previousOutput + "/" + path, target) == 0 { return (entry, false) }
        } else {
            try makeParent(of: path)
        }
        // O_EXCL: the staging folder is new, so a file already there would be a second writer.
        let descriptor = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputWriter.OutputError.systemCall(.write, target) }
        defer { close(descriptor) }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw OutputWriter.OutputError.systemCall(.write, target)
                }
                offset += written
            }
        }
        return (entry, true)
    }

    /// Links the previous build's file at `path` into the folder unchanged; its manifest entry,
    /// or nil when the previous build has no such file (or it cannot be linked).
    func keep(_ path: String) throws -> Entry? {
        guard let entry = previous[path] else { return nil }
        if patch { return entry }
        try makeParent(of: path)
        return link(previousOutput + "/" + path, folder + "/" + path) == 0 ? entry : nil
    }

    /// Creates the folder `path` lies in, and its parents when they are missing. Two threads may
    /// race to make one folder; the loser sees EEXIST, which is success.
    private func makeParent(of path: String) throws {
        try Self.makeFolders(Paths.folder(of: path), in: folder)
    }

    /// Creates `relative` below `root`, and its parents when they are missing.
    static func makeFolders(_ relative: String, in root: String) throws {
        guard !relative.isEmpty else { return }
        if mkdir(root + "/" + relative, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw OutputWriter.OutputError.systemCall(.createFolder, root + "/" + relative) }
        var prefix = ""
        for part in relative.split(separator: "/") {
            prefix += prefix.isEmpty ? String(part) : "/" + part
            if mkdir(root + "/" + prefix, 0o755) != 0 && errno != EEXIST { throw OutputWriter.OutputError.systemCall(.createFolder, root + "/" + prefix) }
        }
    }

    /// The manifest text for placed files, sorted by path.
    static func manifestText(_ entries: [(path: String, entry: Entry)]) -> String {
        entries.sorted { $0.path < $1.path }.map { "\($0.entry.size) \($0.entry.hash) \($0.path)" }.joined(separator: "\n") + "\n"
    }
}
