import CasebookContent
import CasebookSupport
import Foundation

/// What a build keeps for the next one, outside the output folder (which is what people upload):
/// each content file's parsed entries and each Markdown body's rendering, in the site folder's
/// `.casebook/cache/`. A cache that is missing, damaged, cut short, or made by another build of
/// Casebook is ignored with one note and made anew: it can make a build faster, never different.
public final class BuildCache: Sendable {
    /// The folder under the site folder that holds it; it ignores itself in git.
    public static let folder = ".casebook"
    /// The cache file, under `folder`.
    static let file = "cache/build.cache"
    /// The first line of the file: what it is and the version of its layout.
    static let magic = "casebook build cache 2"

    /// Parsed content files.
    package let content: LoadCache
    /// Rendered Markdown bodies.
    package let bodies: BodyCache
    /// Why the cache on disk was not used, when there was one that could not be; for one note line.
    public let note: String?
    /// The site folder whose cache this is; nil for a cache kept only in memory.
    private let root: String?
    /// Whether the tables came from a cache file.
    private let loadedFromDisk: Bool

    /// What the file holds after its three header lines.
    struct Stored: Codable {
        var content: [String: LoadCache.Entry]
        var bodies: [String: BodyCache.Entry]
    }

    /// An empty cache that lives in memory only (the preview keeps one across rebuilds).
    public convenience init() {
        self.init(root: nil, stored: nil, note: nil)
    }

    private init(root: String?, stored: Stored?, note: String?) {
        self.root = root
        self.note = note
        loadedFromDisk = stored != nil
        content = LoadCache(stored?.content ?? [:])
        bodies = BodyCache(stored?.bodies ?? [:])
    }

    /// The cache of the site folder at `root`: what the last build saved there, or an empty one.
    public static func open(site root: String) -> BuildCache {
        let path = root + "/" + folder + "/" + file
        guard let data = FileManager.default.contents(atPath: path) else { return BuildCache(root: root, stored: nil, note: nil) }
        switch decode([UInt8](data)) {
        case .success(let stored): return BuildCache(root: root, stored: stored, note: nil)
        case .failure(let problem): return BuildCache(root: root, stored: nil, note: "\(folder)/\(file) \(problem.rawValue); it is made anew")
        }
    }

    /// Why a cache file is not used.
    enum Problem: String, Error {
        case foreign = "is not a Casebook build cache"
        case otherProgram = "was made by another build of Casebook"
        case damaged = "is damaged or cut short"
    }

    /// The stored tables from the bytes of a cache file.
    static func decode(_ bytes: [UInt8]) -> Result<Stored, Problem> {
        var lines: [Substring] = []
        var start = 0
        while lines.count < 3, let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            lines.append(Substring(decoding: bytes[start..<end], as: UTF8.self))
            start = end + 1
        }
        guard lines.first == Substring(magic) else { return .failure(.foreign) }
        guard lines.count == 3 else { return .failure(.damaged) }
        guard lines[1] == Substring(BuildID.value) else { return .failure(.otherProgram) }
        let payload = Array(bytes[start...])
        guard lines[2] == Substring("\(payload.count) \(Fingerprint.content(payload))"),
            let stored = try? BinaryDecoder().decode(Stored.self, from: payload)
        else { return .failure(.damaged) }
        return .success(stored)
    }

    /// The bytes of a cache file holding `stored`.
    static func encode(_ stored: Stored) throws -> [UInt8] {
        let payload = try BinaryEncoder().encode(stored)
        return Array("\(magic)\n\(BuildID.value)\n\(payload.count) \(Fingerprint.content(payload))\n".utf8) + payload
    }

    /// Writes the cache into the site folder, replacing the previous file in one step, so that a
    /// build stopped while saving leaves the old cache or the new one, never half of one. A cache
    /// kept in memory only, or one that did not change, is not written.
    public func save() throws {
        guard let root, content.hasChanged || bodies.hasChanged || note != nil || !loadedFromDisk else { return }
        let base = root + "/" + Self.folder
        let path = base + "/" + Self.file
        try FileManager.default.createDirectory(atPath: Paths.folder(of: path), withIntermediateDirectories: true)
        let ignore = base + "/.gitignore"
        if !FileManager.default.fileExists(atPath: ignore) {
            try Data("# Made by casebook: its build cache, never published or committed.\n*\n".utf8).write(to: URL(fileURLWithPath: ignore))
        }
        let bytes = try Self.encode(Stored(content: content.snapshot, bodies: bodies.snapshot))
        let temporary = path + ".\(getpid()).tmp"
        try Data(bytes).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }

    /// Removes the cache of the site folder at `root`; true when there was one.
    public static func clean(site root: String) throws -> Bool {
        let base = root + "/" + folder + "/cache"
        guard FileManager.default.fileExists(atPath: base) else { return false }
        try FileManager.default.removeItem(atPath: base)
        return true
    }
}
