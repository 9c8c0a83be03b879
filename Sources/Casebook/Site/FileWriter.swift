import Foundation

/// Puts one file into a staging folder with plain POSIX calls, creating its folders on the way. A
/// file whose bytes equal the previous build's (known from its manifest) is hard-linked from the
/// previous output instead of written, so it keeps its modification time and rsync or a CDN
/// upload sees it unchanged. Safe to call from many threads at once.
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

    /// A writer into `folder` that links unchanged files from `previousOutput`.
    init(folder: String, previousOutput: String) {
        self.folder = folder
        self.previousOutput = previousOutput
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

    /// Places `bytes` at `path` (relative to the folder); returns its manifest entry.
    func place(_ path: String, _ bytes: [UInt8]) throws -> Entry {
        let target = folder + "/" + path
        try makeParent(of: path)
        let entry = Entry(size: bytes.count, hash: Fingerprint.content(bytes))
        if previous[path] == entry, link(previousOutput + "/" + path, target) == 0 {
            return entry
        }
        // O_EXCL: the staging folder is new, so a file already there would be a second writer.
        let descriptor = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw posixError("write", target) }
        defer { close(descriptor) }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw posixError("write", target)
                }
                offset += written
            }
        }
        return entry
    }

    /// Links the previous build's file at `path` into the folder unchanged; its manifest entry,
    /// or nil when the previous build has no such file (or it cannot be linked).
    func keep(_ path: String) throws -> Entry? {
        guard let entry = previous[path] else { return nil }
        try makeParent(of: path)
        return link(previousOutput + "/" + path, folder + "/" + path) == 0 ? entry : nil
    }

    /// Creates the folder `path` lies in, and its parents when they are missing. Two threads may
    /// race to make one folder; the loser sees EEXIST, which is success.
    private func makeParent(of path: String) throws {
        try makeFolder(Paths.folder(of: path))
    }

    /// Creates the folder `parent` (relative), and its parents when they are missing.
    func makeFolder(_ parent: String) throws {
        guard !parent.isEmpty else { return }
        if mkdir(folder + "/" + parent, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw posixError("create the folder", folder + "/" + parent) }
        var prefix = ""
        for part in parent.split(separator: "/") {
            prefix += prefix.isEmpty ? String(part) : "/" + part
            if mkdir(folder + "/" + prefix, 0o755) != 0 && errno != EEXIST { throw posixError("create the folder", folder + "/" + prefix) }
        }
    }

    /// The manifest text for placed files, sorted by path.
    static func manifestText(_ entries: [(path: String, entry: Entry)]) -> String {
        entries.sorted { $0.path < $1.path }.map { "\($0.entry.size) \($0.entry.hash) \($0.path)" }.joined(separator: "\n") + "\n"
    }

    private func posixError(_ action: String, _ path: String) -> OutputWriter.OutputError {
        OutputWriter.OutputError(description: "could not \(action) \(path): \(String(cString: strerror(errno)))")
    }
}
