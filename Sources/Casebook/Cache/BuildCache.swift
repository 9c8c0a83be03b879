import CasebookContent
import CasebookPages
import CasebookSupport
import Foundation

/// What a build keeps for the next one, outside the output folder (which is what people upload):
/// each content file's parsed entries and each Markdown body's rendering, in the site folder's
/// `.casebook/cache/`. A cache that is missing, damaged, cut short, or made by another build of
/// Casebook is ignored with one note and made anew: it can make a build faster, never different.
///
/// The tables are spread over `shardCount` files by a hash of each entry's key, read in parallel;
/// a save rewrites only the files holding an entry that changed, so a one-case edit writes one.
public final class BuildCache: Sendable {
    /// The folder under the site folder that holds it; it ignores itself in git.
    public static let folder = ".casebook"
    /// How many files the tables are spread over.
    static let shardCount = 16
    /// The first line of each file: what it is and the version of its layout.
    static let magic = "casebook build cache 4"

    /// Parsed content files.
    package let content: LoadCache
    /// Rendered Markdown bodies; the first use waits until they are decoded.
    package var bodies: BodyCache { decodedBodies.wait().cache }
    /// Why (part of) the cache on disk was not used, when there was one that could not be; for one note line.
    public let note: Message?
    /// The site folder whose cache this is; nil for a cache kept only in memory.
    private let root: String?
    /// The shards read from disk as they were written; any other is written by the next save.
    private let goodShards: Set<Int>
    /// The bodies, decoded on another thread while the content is loaded: they are not needed
    /// until the Markdown is rendered, and they are most of the cache's bytes. With the shards
    /// whose bodies could not be decoded after all, which the next save writes anew.
    private let decodedBodies: BackgroundWork<(cache: BodyCache, bad: Set<Int>), Never>

    /// What one file holds after its three header lines.
    struct Stored: Codable {
        var content: [String: LoadCache.Entry] = [:]
        var bodies: [String: BodyCache.Entry] = [:]
    }

    /// The content table of a file's payload alone, decoded first.
    private struct StoredContent: Decodable {
        var content: [String: LoadCache.Entry]
    }

    /// The bodies table of a file's payload alone, decoded beside the loading.
    private struct StoredBodies: Decodable {
        var bodies: [String: BodyCache.Entry]
    }

    /// An empty cache that lives in memory only (the preview keeps one across rebuilds).
    public convenience init() {
        self.init(root: nil, content: [:], payloads: [:], goodShards: [], note: nil)
    }

    /// A cache of `content`, whose bodies are decoded from `payloads` (by shard) in the background.
    private init(root: String?, content: [String: LoadCache.Entry], payloads: [Int: [UInt8]], goodShards: Set<Int>, note: Message?) {
        self.root = root
        self.note = note
        self.goodShards = goodShards
        self.content = LoadCache(content)
        decodedBodies = BackgroundWork {
            let decoded = payloads.sorted { $0.key < $1.key }.parallelMap { index, payload in
                (index, try? BinaryDecoder().decode(StoredBodies.self, from: payload).bodies)
            }
            var bodies: [String: BodyCache.Entry] = [:], bad: Set<Int> = []
            for (index, table) in decoded {
                guard let table else {
                    bad.insert(index)
                    continue
                }
                bodies.merge(table) { first, _ in first }
            }
            return (BodyCache(bodies), bad)
        }
    }

    /// The path of shard `index`, relative to the site folder.
    static func file(_ index: Int) -> String {
        folder + "/cache/build-\(String(format: "%02d", index)).cache"
    }

    /// The shard an entry's key belongs to.
    static func shard(of key: String) -> Int {
        Int(UInt64(Fingerprint.content(key).prefix(8), radix: 16) ?? 0) % shardCount
    }

    /// The cache of the site folder at `root`: what the last build saved there, or an empty one.
    /// The content is decoded now; the bodies on another thread, until they are first asked for.
    public static func open(site root: String) -> BuildCache {
        let read = Array(0..<shardCount).parallelMap { index -> Result<(content: StoredContent, payload: [UInt8]), Problem>? in
            guard let data = FileManager.default.contents(atPath: root + "/" + file(index)) else { return nil }
            return payload([UInt8](data)).flatMap { payload in
                guard let content = try? BinaryDecoder().decode(StoredContent.self, from: payload) else { return .failure(.damaged) }
                return .success((content, payload))
            }
        }
        var content: [String: LoadCache.Entry] = [:], payloads: [Int: [UInt8]] = [:], good: Set<Int> = [], problems: [(Int, Problem)] = []
        for (index, result) in read.enumerated() {
            switch result {
            case .success(let shard)?:
                content.merge(shard.content.content) { first, _ in first }
                payloads[index] = shard.payload
                good.insert(index)
            case .failure(let problem)?: problems.append((index, problem))
            case nil: break
            }
        }
        let note = problems.first.map { index, problem in
            let others: Message.Argument = problems.count > 1 ? .message(Message("cache.others", ["count": "\(problems.count - 1)"])) : ""
            return Message("cache.ignored", ["file": "\(file(index))", "problem": .message(Message("cache.problem." + problem.rawValue)), "others": others])
        }
        return BuildCache(root: root, content: content, payloads: payloads, goodShards: good, note: note)
    }

    /// Why a cache file is not used; the raw value names its words in the message catalogue.
    enum Problem: String, Error {
        case foreign, otherProgram, damaged
    }

    /// The payload of a cache file, after its three header lines, when they say it is one of
    /// this program's and its bytes are whole.
    private static func payload(_ bytes: [UInt8]) -> Result<[UInt8], Problem> {
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
        guard lines[2] == Substring("\(payload.count) \(Fingerprint.content(payload))") else { return .failure(.damaged) }
        return .success(payload)
    }

    /// The bytes of a cache file holding `stored`.
    static func encode(_ stored: Stored) throws -> [UInt8] {
        let payload = try BinaryEncoder().encode(stored)
        return Array("\(magic)\n\(BuildID.value)\n\(payload.count) \(Fingerprint.content(payload))\n".utf8) + payload
    }

    /// Writes the files of the cache that changed into the site folder, each replaced in one
    /// step, so that a build stopped while saving leaves each file old or new, never half of one.
    /// A cache kept in memory only is not written.
    public func save() throws {
        guard let root else { return }
        let changed = Set(content.changedFiles.map(Self.shard(of:)) + bodies.changedKeys.map(Self.shard(of:)))
        let dirty = changed.union(Set(0..<Self.shardCount).subtracting(goodShards)).union(decodedBodies.wait().bad)
        guard !dirty.isEmpty else { return }
        let base = root + "/" + Self.folder
        try FileManager.default.createDirectory(atPath: base + "/cache", withIntermediateDirectories: true)
        let ignore = base + "/.gitignore"
        if !FileManager.default.fileExists(atPath: ignore) {
            try Data("# Made by casebook: its build cache, never published or committed.\n*\n".utf8).write(to: URL(fileURLWithPath: ignore))
        }
        var shards = Array(repeating: Stored(), count: Self.shardCount)
        for (key, entry) in content.snapshot where dirty.contains(Self.shard(of: key)) { shards[Self.shard(of: key)].content[key] = entry }
        for (key, entry) in bodies.snapshot where dirty.contains(Self.shard(of: key)) { shards[Self.shard(of: key)].bodies[key] = entry }
        let ready = shards
        let failures = dirty.sorted().parallelMap { index -> String? in
            do {
                try Self.write(Self.encode(ready[index]), to: root + "/" + Self.file(index))
                return nil
            } catch {
                return "\(Self.file(index)): \(error)"
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: failure]) }
    }

    /// Writes `bytes` beside `path` and renames them onto it.
    private static func write(_ bytes: [UInt8], to path: String) throws {
        let temporary = path + ".\(getpid()).tmp"
        try Data(bytes).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }

    /// Removes everything builds keep in the site folder at `root` (this cache, the search index's
    /// base); true when there was something.
    public static func clean(site root: String) throws -> Bool {
        let base = root + "/" + folder
        guard FileManager.default.fileExists(atPath: base) else { return false }
        try FileManager.default.removeItem(atPath: base)
        return true
    }
}
