import CasebookOutput
import CasebookSupport
import Foundation

/// Keeps the search index's base segment between builds in `<site>/.casebook/search/base`: a
/// header line (the format and the program's build id), a checksum line, then the base — its id,
/// shard count, each document's fingerprint and key, and each file's bytes. A missing file means
/// no base; a truncated, corrupt or foreign one means no base and one note, and the build makes a
/// fresh base. Saved to a temporary file and renamed, so a killed build leaves the old one whole.
package struct SearchBaseStore: Sendable {
    static let path = ".casebook/search/base"

    /// The site folder.
    let root: String
    /// The build id of the program (`BuildID.value`): a base saved by another build is not used.
    let program: String

    /// The store of the site folder `root`, for bases made by the program `program`.
    package init(root: String, program: String) {
        self.root = root
        self.program = program
    }

    private var header: String { "casebook-search-base 1 \(program)\n" }

    private var file: String { root + "/" + Self.path }

    /// The stored base, or nil; a note when a file was there but could not be used.
    package func load(fileSystem: any FileSystem) -> (base: SearchBase?, note: Message?) {
        guard fileSystem.isFile(file) else { return (nil, nil) }
        guard let bytes = try? fileSystem.read(file), let base = decode(bytes) else {
            return (nil, Message("search.base.unusable", ["path": "\(Self.path)"]))
        }
        return (base, nil)
    }

    /// Stores `base`; a note when it could not (the next build then makes a fresh base).
    package func save(_ base: SearchBase) -> Message? {
        // Keys are routes, one per line in the file; a line break in one would misread as another.
        guard !base.keys.contains(where: { $0.contains("\n") }) else { return nil }
        do {
            let url = URL(fileURLWithPath: file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(encode(base)).write(to: url, options: .atomic)
            return nil
        } catch {
            return Message("search.base.unsaved", ["path": "\(Self.path)", "error": "\(error.localizedDescription)"])
        }
    }

    func encode(_ base: SearchBase) -> [UInt8] {
        var payload = Array("\(base.id) \(base.shardCount) \(base.keys.count) \(base.files.count)\n".utf8)
        for (key, fingerprint) in zip(base.keys, base.fingerprints) { payload += Array("\(fingerprint) \(key)\n".utf8) }
        for file in base.files { payload += Array("\(file.bytes.count) \(file.path)\n".utf8) + file.bytes }
        return Array(header.utf8) + Array("\(Fingerprint.content(payload))\n".utf8) + payload
    }

    /// The base in `bytes`, or nil when they are not a whole base of this format and program.
    func decode(_ bytes: [UInt8]) -> SearchBase? {
        var reader = LineReader(bytes: bytes)
        guard reader.line() == String(header.dropLast()), let checksum = reader.line(),
            checksum == Fingerprint.content(Array(bytes[reader.offset...]))
        else { return nil }
        let counts = reader.line()?.split(separator: " ").map(String.init) ?? []
        // The base's files are written into the output: only under its own folder, never elsewhere.
        guard counts.count == 4, counts[0].count == 10, counts[0].allSatisfy(\.isHexDigit), let shards = Int(counts[1]), let documents = Int(counts[2]),
            let fileCount = Int(counts[3])
        else { return nil }
        var keys: [String] = [], fingerprints: [String] = []
        for _ in 0..<documents {
            guard let line = reader.line(), let space = line.firstIndex(of: " ") else { return nil }
            fingerprints.append(String(line[..<space]))
            keys.append(String(line[line.index(after: space)...]))
        }
        var files: [OutputFile] = []
        for _ in 0..<fileCount {
            guard let line = reader.line(), let space = line.firstIndex(of: " "), let size = Int(line[..<space]),
                let content = reader.take(size)
            else { return nil }
            let path = String(line[line.index(after: space)...])
            guard path.hasPrefix(SearchIndex.folder + counts[0] + "/"), !path.split(separator: "/").contains("..") else { return nil }
            files.append(OutputFile(path: path, bytes: content))
        }
        guard reader.offset == bytes.count else { return nil }
        return SearchBase(id: counts[0], shardCount: shards, keys: keys, fingerprints: fingerprints, files: files)
    }
}

/// Reads lines and byte runs from the front of a byte array.
private struct LineReader {
    let bytes: [UInt8]
    private(set) var offset = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The next line without its line break; nil at the end or without one.
    mutating func line() -> String? {
        guard let end = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        defer { offset = end + 1 }
        return String(validating: bytes[offset..<end], as: UTF8.self)
    }

    /// The next `count` bytes; nil when fewer are left.
    mutating func take(_ count: Int) -> [UInt8]? {
        guard count >= 0, count <= bytes.count - offset else { return nil }
        defer { offset += count }
        return Array(bytes[offset..<(offset + count)])
    }
}
