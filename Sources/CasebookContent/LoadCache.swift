import CasebookSupport
import Foundation
import Synchronization

/// What the loader made of each content file in an earlier load, so that a rebuild parses only
/// the files that changed. A file is read again unless its stamp (size, times, inode) is the one
/// recorded; it is parsed again unless its bytes hash to the recorded hash. One cache serves one
/// site folder and one program; `BuildCache` keeps it between runs.
package final class LoadCache: Sendable {
    /// One file's record.
    package struct Entry: Sendable, Codable {
        /// What `lstat` said when the bytes were read; nil for a file reached through a link.
        var stamp: FileStamp?
        /// When the bytes were read, nanoseconds since 1970.
        var readAt: Int64
        /// `Fingerprint.content` of the bytes.
        let hash: String
        /// Whether the load published drafts: it changes what a draft's mistakes are.
        let drafts: Bool
        /// The entries and diagnostics read from the file.
        let loaded: Loaded
    }

    /// The result of loading one file, by what the file holds.
    package enum Loaded: Sendable, Codable {
        case cases(ContentLoader.FileResult<CaseEntry>)
        case regions(ContentLoader.FileResult<RegionEntry>)
        case pages(ContentLoader.FileResult<PageEntry>)

        private enum Key: String, CodingKey { case cases, regions, pages }

        /// Written as one key, the kind, holding the result (a form `BinaryEncoder` can write).
        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            switch self {
            case .cases(let result): try container.encode(result, forKey: .cases)
            case .regions(let result): try container.encode(result, forKey: .regions)
            case .pages(let result): try container.encode(result, forKey: .pages)
            }
        }

        /// Reads what `encode(to:)` wrote.
        package init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            if let result = try container.decodeIfPresent(ContentLoader.FileResult<CaseEntry>.self, forKey: .cases) {
                self = .cases(result)
            } else if let result = try container.decodeIfPresent(ContentLoader.FileResult<RegionEntry>.self, forKey: .regions) {
                self = .regions(result)
            } else {
                self = .pages(try container.decode(ContentLoader.FileResult<PageEntry>.self, forKey: .pages))
            }
        }
    }

    /// A file changed within this long before it was read may change again within the same tick
    /// of the file system's clock without its stamp changing ("racy" files, as git calls them):
    /// its stamp is not trusted, its bytes are hashed again.
    static let racyWindow: Int64 = 2_000_000_000

    private let entries: Mutex<[String: Entry]>
    private let changed = Mutex<Set<String>>([])

    /// A cache holding `entries`, keyed by path relative to the site folder.
    package init(_ entries: [String: Entry] = [:]) {
        self.entries = Mutex(entries)
    }

    /// Every entry, for saving.
    package var snapshot: [String: Entry] { entries.withLock { $0 } }

    /// The files recorded anew or forgotten since the cache was made: what a save must write.
    package var changedFiles: Set<String> { changed.withLock { $0 } }

    /// How many files the cache knows.
    package var count: Int { entries.withLock { $0.count } }

    /// The recorded result when the file's stamp is unchanged and was not racy when read.
    func unchanged(_ file: String, stamp: FileStamp?, drafts: Bool) -> Loaded? {
        guard let entry = entries.withLock({ $0[file] }), entry.drafts == drafts, entry.stamp == stamp, Self.trusts(stamp, readAt: entry.readAt)
        else { return nil }
        return entry.loaded
    }

    /// Whether a file with `stamp`, read at `readAt`, cannot have changed since without its stamp changing.
    static func trusts(_ stamp: FileStamp?, readAt: Int64) -> Bool {
        guard let stamp else { return false }
        return stamp.latest + racyWindow < readAt
    }

    /// The recorded result when the file's bytes hash as before; records the new stamp.
    func same(_ file: String, hash: String, stamp: FileStamp?, readAt: Int64, drafts: Bool) -> Loaded? {
        entries.withLock { table in
            guard var entry = table[file], entry.hash == hash, entry.drafts == drafts else { return nil }
            // Worth saving only when the stamp changed or can now be trusted: a file still
            // within the racy window is hashed again next time anyway.
            if entry.stamp != stamp || Self.trusts(stamp, readAt: readAt) != Self.trusts(entry.stamp, readAt: entry.readAt) {
                changed.withLock { _ = $0.insert(file) }
            }
            entry.stamp = stamp
            entry.readAt = readAt
            table[file] = entry
            return entry.loaded
        }
    }

    /// Records what `file` loaded to.
    func store(_ file: String, _ entry: Entry) {
        entries.withLock { $0[file] = entry }
        changed.withLock { _ = $0.insert(file) }
    }

    /// Forgets every file not in `files` (deleted or renamed since).
    func keep(only files: Set<String>) {
        entries.withLock { table in
            let gone = table.keys.filter { !files.contains($0) }
            changed.withLock { $0.formUnion(gone) }
            for file in gone { table[file] = nil }
        }
    }

    /// Now, in nanoseconds since 1970, as the file system counts time.
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
