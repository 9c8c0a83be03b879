import CasebookSupport
import Foundation

/// The folder a build is written into before it reaches the output: files arrive from the render
/// threads as soon as each is made, so writing overlaps rendering and no page is held in memory
/// longer than it takes to write it. Either a whole new site, swapped in for the output, or a
/// patch holding only what changed, applied to the output in place (`PatchJournal`). Every call
/// may come from any thread.
public final class StagingFolder: @unchecked Sendable {
    // @unchecked: every `var` below is only touched under `lock`.
    /// What a finished staging folder holds.
    public struct Summary: Sendable, Equatable {
        /// HTML pages.
        public let pages: Int
        /// Every file, pages included.
        public let files: Int
        /// Pages kept from the previous build because nothing they show changed.
        public var kept = 0
        /// Files written because they are new or their bytes changed (every file of a first build).
        public var written = 0
        /// Files of the previous build that this one no longer has.
        public var deleted = 0

        /// A summary of `pages` pages among `files` files, of which `kept` were kept, `written` written
        /// and `deleted` removed from the previous build.
        package init(pages: Int, files: Int, kept: Int = 0, written: Int = 0, deleted: Int = 0) {
            self.pages = pages
            self.files = files
            self.kept = kept
            self.written = written
            self.deleted = deleted
        }
    }

    let path: String
    private let writer: FileWriter
    private let sourceRoot: String
    private let interruption: OutputWriter.Interruption?
    private let moments: WriteMoments
    private let lock = NSLock()
    private var entries: [(path: String, entry: FileWriter.Entry)] = []
    /// The key of each page placed or kept (`PreparedPage.key`), for the next build.
    private var keys: [(path: String, key: PageKey)] = []
    /// The previous build's page keys.
    private let previousKeys: [String: PageKey]
    /// Render every page even when its key is unchanged, and fail when the page differs from the
    /// one that would have been kept: how tests prove that the keys miss no dependency.
    private let verifyKept: Bool
    /// Pages that would have been kept, under `verifyKept`: path → the kept file's entry.
    private var wouldKeep: [String: FileWriter.Entry] = [:]
    private var kept = 0
    /// Under `patch`: the files written into the folder, which the output must get.
    private var changed: [String] = []
    /// Whether this is a patch of the previous output rather than a whole site.
    let patch: Bool
    private var passedMidWrite = false

    /// The file beside the manifest that records each page's key.
    static let keysFile = ".casebook-pages"

    init(
        path: String, previousOutput: String, sourceRoot: String, interruption: OutputWriter.Interruption?, moments: WriteMoments,
        patch: Bool = false, verifyKept: Bool = false
    ) {
        self.path = path
        self.patch = patch
        writer = FileWriter(folder: path, previousOutput: previousOutput, patch: patch)
        previousKeys = Self.keys(in: previousOutput)
        self.verifyKept = verifyKept
        self.sourceRoot = sourceRoot
        self.interruption = interruption
        self.moments = moments
    }

    /// Keeps the previous build's page at `path` when it was made under the same model `key`, or,
    /// when the model was not made (`key` nil), from the same `inputs`: links it in and returns
    /// true. False when the page must be made and rendered.
    package func keep(_ path: String, key: String?, inputs: String?) throws -> Bool {
        try interruption?.checkpoint()
        guard let previous = previousKeys[path], previous.allows(model: key, inputs: inputs) else { return false }
        if verifyKept {
            guard let entry = writer.previous[path] else { return false }
            lock.lock()
            wouldKeep[path] = entry
            lock.unlock()
            return false
        }
        guard let entry = try writer.keep(path) else { return false }
        lock.lock()
        kept += 1
        lock.unlock()
        try record(path, entry, key: PageKey(model: previous.model, inputs: inputs))
        return true
    }

    /// Keeps every file of the previous build recorded under `inputs` (the files made beside the
    /// pages), linking each in; returns the paths kept, and whether they are all that were
    /// recorded, at least one. Under `verifyKept`, keeps none and remembers them all.
    package func keepFiles(inputs: String) throws -> (kept: Set<String>, complete: Bool) {
        try interruption?.checkpoint()
        let recorded = previousKeys.filter { $0.value.inputs == inputs }
        guard !recorded.isEmpty else { return ([], false) }
        if verifyKept {
            lock.lock()
            for path in recorded.keys { wouldKeep[path] = writer.previous[path] }
            lock.unlock()
            return ([], false)
        }
        var kept: Set<String> = []
        for (path, key) in recorded {
            guard let entry = try writer.keep(path) else { continue }
            kept.insert(path)
            try record(path, entry, key: key)
        }
        return (kept, kept.count == recorded.count)
    }

    /// Writes one generated file, a page with the key it was made under. Throws
    /// `OutputWriter.Interrupted` once the build is interrupted.
    public func place(_ file: OutputFile, key: PageKey? = nil) throws {
        try interruption?.checkpoint()
        let (entry, written) = try writer.place(file.path, file.bytes)
        if written && patch {
            lock.lock()
            changed.append(file.path)
            lock.unlock()
        }
        if verifyKept {
            lock.lock()
            let kept = wouldKeep[file.path]
            lock.unlock()
            if let kept, kept != entry {
                throw OutputWriter.OutputError(.changedDespiteKey, path: file.path)
            }
        }
        try record(file.path, entry, key: key)
    }

    private func record(_ path: String, _ entry: FileWriter.Entry, key: PageKey?) throws {
        lock.lock()
        entries.append((path, entry))
        if let key { keys.append((path, key)) }
        // The moment "mid-write": once, after a few files are in.
        let midWrite = !passedMidWrite && entries.count == 16
        if midWrite { passedMidWrite = true }
        lock.unlock()
        if midWrite {
            try moments.midWrite?()
            try interruption?.checkpoint()
        }
    }

    /// The page keys recorded in the output folder `folder`; empty when there are none.
    static func keys(in folder: String) -> [String: PageKey] {
        guard let text = try? String(contentsOfFile: folder + "/" + keysFile, encoding: .utf8) else { return [:] }
        var keys: [String: PageKey] = [:]
        for line in text.split(separator: "\n") {
            guard let (path, key) = PageKey.parse(line) else { continue }
            keys[path] = key
        }
        return keys
    }

    /// Makes the folders of `routes` (relative folder paths ending in `/`) ahead of the pages,
    /// on the calling thread, in order, until `stop` is raised; the pages make the rest as they
    /// go. A patch makes only the folders of what changed, as it goes.
    package func makeFolders(_ routes: [String], until stop: StopFlag) throws {
        guard !patch else { return }
        for (index, route) in routes.sorted().enumerated() where !route.isEmpty {
            if index % 64 == 0, stop.isRaised { return }
            try FileWriter.makeFolders(String(route.dropLast()), in: path)
        }
    }

    /// Copies media files byte for byte, in parallel: what a link inside the site points to,
    /// never the link, and never anything outside the site folder.
    package func copy(_ copies: [BuildOutput.Copy]) throws {
        let realRoot = OutputTarget.realPath(sourceRoot)
        let results = copies.parallelMap { copy in
            Result<Void, Error> {
                let source = OutputTarget.realPath(self.sourceRoot + "/" + copy.source)
                guard source.hasPrefix(realRoot + "/") else {
                    throw OutputWriter.OutputError(.outsideSite, path: copy.source)
                }
                guard let data = FileManager.default.contents(atPath: source) else {
                    throw OutputWriter.OutputError(.unreadable, path: source)
                }
                try self.place(OutputFile(path: copy.path, bytes: [UInt8](data)))
            }
        }
        for result in results { try result.get() }
    }

    /// Writes the manifest and the page keys, then what says the folder is complete: the marker
    /// of a whole site, or the journal of a patch.
    func finish() throws -> Summary {
        lock.lock()
        let (entries, keys, kept, changed) = (self.entries, self.keys, self.kept, self.changed)
        lock.unlock()
        try Data(FileWriter.manifestText(entries).utf8).write(to: URL(fileURLWithPath: path + "/" + FileWriter.manifest))
        let keyText = keys.sorted { $0.path < $1.path }.map { $0.key.line(for: $0.path) }.joined(separator: "\n") + "\n"
        try Data(keyText.utf8).write(to: URL(fileURLWithPath: path + "/" + Self.keysFile))
        var summary = Summary(pages: entries.count { $0.path.hasSuffix(".html") }, files: entries.count, kept: kept, written: entries.count)
        if patch {
            let made = Set(entries.map(\.path))
            let deleted = writer.previous.keys.filter { !made.contains($0) }.sorted()
            // The manifest and keys go last, so an output never has a manifest newer than its files.
            try PatchJournal(changed: changed.sorted() + [FileWriter.manifest, Self.keysFile], deleted: deleted).write(into: path)
            summary.written = changed.count
            summary.deleted = deleted.count
        } else {
            try Data("This folder was written by casebook build; it is replaced on every build.\n".utf8)
                .write(to: URL(fileURLWithPath: path + "/" + OutputWriter.marker))
        }
        return summary
    }
}
