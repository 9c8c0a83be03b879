import CasebookSupport
import Foundation

/// Writes a build into its output folder without ever leaving a half-written site. A first build
/// (or one into a folder without page keys) goes to a staging folder beside the output, which is
/// then swapped into place in one atomic step. A rebuild goes to a patch folder beside the output
/// that holds only the files whose bytes changed, plus a journal; once the journal is written the
/// files are moved into the output one by one and the files the site no longer has are deleted.
/// A build that fails, is interrupted or is killed before that leaves the previous site as it was;
/// one killed while moving files leaves a complete journal, which the next build applies first.
/// One build at a time writes into a folder (a lock on the hidden file `.<output>.casebook-lock`
/// beside it, released by the system if the process dies, removed when the build ends); builds
/// into different folders never wait for each other.
///
/// Protects against the process dying, not against the machine losing power: files are not
/// flushed to disk one by one, which would make large builds several times slower.
public struct OutputWriter: Sendable {
    /// The file that marks a folder as made by Casebook.
    public static let marker = ".casebook-output"

    let interruption: Interruption?
    /// Where a caller steps in during the write (tests); `.none` in normal use.
    let moments: WriteMoments
    /// See `StagingFolder`: render kept pages too and fail when one differs (tests).
    let verifyKept: Bool

    /// A writer that `interruption` can stop, calling `moments` at its moments.
    public init(interruption: Interruption? = nil, moments: WriteMoments = .none) {
        self.init(interruption: interruption, moments: moments, verifyKept: false)
    }

    package init(interruption: Interruption?, moments: WriteMoments, verifyKept: Bool) {
        self.interruption = interruption
        self.moments = moments
        self.verifyKept = verifyKept
    }

    /// Replaces the folder at `output` with what `produce` puts into the staging folder it is
    /// given; the previous site stays until the new one is complete. `timings` gets the time of
    /// the last step (manifest, swap, removing the previous site) as the phase "swap".
    public func replace(
        _ output: String, sourceRoot: String, timings: BuildTimings = .off,
        produce: (StagingFolder) throws -> Void
    ) throws -> StagingFolder.Summary {
        try OutputTarget.refuseDangerous(output, source: sourceRoot)
        let target = URL(fileURLWithPath: OutputTarget.realPath(output))
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let manager = FileManager.default
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let lock = try OutputLock(parent.appendingPathComponent(".\(name).casebook-lock").path, output: target.path)
        defer { lock.release() }
        clearLeftovers(in: parent, of: name)

        // An output made by an earlier build, with its manifest and page keys, is patched in place;
        // anything else is replaced by a whole new site.
        let patch = [Self.marker, FileWriter.manifest, StagingFolder.keysFile].allSatisfy { manager.fileExists(atPath: target.path + "/" + $0) }
        let staging = parent.appendingPathComponent(".\(name).casebook-\(patch ? "patch" : "staging")-\(getpid())")
        try interruption?.begin()
        defer { interruption?.end() }
        do {
            try? manager.removeItem(at: staging)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            let folder = StagingFolder(
                path: staging.path, previousOutput: target.path, sourceRoot: sourceRoot, interruption: interruption, moments: moments,
                patch: patch, verifyKept: verifyKept)
            try produce(folder)
            return try timings.measure(patch ? "apply" : "swap") {
                let summary = try folder.finish()
                try moments.beforeSwap?()
                try interruption?.checkpoint()
                if patch {
                    try apply(staging.path, to: target.path)
                } else {
                    try swap(staging, into: target, retired: parent.appendingPathComponent(".\(name).casebook-old-\(getpid())"))
                }
                return summary
            }
        } catch {
            FolderRemover.remove(staging.path)
            throw error
        }
    }

    /// Puts `staging` in the place of `target`: one atomic exchange where the system offers it,
    /// else two renames, the second undone if it fails.
    private func swap(_ staging: URL, into target: URL, retired: URL) throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: target.path) else {
            try manager.moveItem(at: staging, to: target)
            return
        }
        if AtomicExchange.exchange(staging.path, target.path) {
            // The staging path now holds the previous site.
            try? manager.moveItem(at: staging, to: retired)
            FolderRemover.remove(retired.path)
            try? manager.removeItem(at: staging)
            return
        }
        try manager.moveItem(at: target, to: retired)
        do {
            try manager.moveItem(at: staging, to: target)
        } catch {
            try? manager.moveItem(at: retired, to: target)
            throw error
        }
        FolderRemover.remove(retired.path)
    }

    /// Applies a complete patch folder to the output, then removes it.
    private func apply(_ patch: String, to output: String) throws {
        guard let journal = PatchJournal.read(from: patch) else {
            throw OutputError(.noJournal, path: patch)
        }
        try journal.apply(from: patch, to: output)
        FolderRemover.remove(patch)
    }

    /// Staging, patch and retired folders left by a build that was killed. Runs under the output's
    /// lock, so it never touches the folders of a build still running. A patch that was complete
    /// (it has its journal) may have been applied in part: it is applied to the end first.
    private func clearLeftovers(in parent: URL, of name: String) {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
        let output = parent.appendingPathComponent(name)
        for entry in entries.sorted() where entry.hasPrefix(".\(name).casebook-patch-") {
            let patch = parent.appendingPathComponent(entry).path
            if let journal = PatchJournal.read(from: patch) { try? journal.apply(from: patch, to: output.path) }
            FolderRemover.remove(patch)
        }
        if !manager.fileExists(atPath: output.path),
            let retired = entries.sorted().last(where: { $0.hasPrefix(".\(name).casebook-old-") })
        {
            // Killed between the two renames of the fallback swap: the retired folder is the last complete site.
            try? manager.moveItem(at: parent.appendingPathComponent(retired), to: output)
        }
        for entry in entries where entry.hasPrefix(".\(name).casebook-staging-") || entry.hasPrefix(".\(name).casebook-old-") {
            try? manager.removeItem(at: parent.appendingPathComponent(entry))
        }
    }

    /// Lets another thread (a signal handler) stop a write: the writer notices at its next file,
    /// removes its staging folder and returns; a swap already under way is finished first.
    public final class Interruption: @unchecked Sendable {
        // @unchecked: every field is read and written under `condition`.
        private let condition = NSCondition()
        private var interrupted = false
        private var writing = false

        /// A stop that has not been asked for yet.
        public init() {}

        /// Stops the write and waits, at most `timeout` seconds, until the staging folder is gone
        /// or the new site is in place.
        public func interrupt(timeout: TimeInterval = 30) {
            condition.lock()
            defer { condition.unlock() }
            interrupted = true
            let deadline = Date(timeIntervalSinceNow: timeout)
            while writing, condition.wait(until: deadline) {}
        }

        func begin() throws {
            condition.lock()
            defer { condition.unlock() }
            if interrupted { throw Interrupted() }
            writing = true
        }

        /// Throws `Interrupted` once the write has been interrupted.
        public func checkpoint() throws {
            condition.lock()
            defer { condition.unlock() }
            if interrupted { throw Interrupted() }
        }

        func end() {
            condition.lock()
            writing = false
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The error a write stops with when it is interrupted.
    public struct Interrupted: Error, MessageConvertible, Sendable {
        /// The sentence printed for the person at the terminal.
        public var message: Message { Message("output.interrupted") }
    }
}

/// An exclusive lock (flock) on a file beside the output folder, so that two builds never write
/// into one folder at the same time. The lock goes with the process; the file is removed when the
/// build ends (one a killed build leaves is simply taken over by the next).
private struct OutputLock {
    let descriptor: Int32
    let path: String

    init(_ path: String, output: String) throws {
        self.path = path
        for _ in 0..<8 {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw OutputWriter.OutputError(.cannotCreateLock, path: path) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                close(descriptor)
                throw OutputWriter.OutputError(.busy, path: output)
            }
            // The build that held it may have removed the file meanwhile: hold the lock only on
            // the file that is still at the path, or two builds could each hold a different one.
            var held = stat(), current = stat()
            if fstat(descriptor, &held) == 0, stat(path, &current) == 0, held.st_ino == current.st_ino, held.st_dev == current.st_dev {
                self.descriptor = descriptor
                return
            }
            close(descriptor)
        }
        throw OutputWriter.OutputError(.cannotLock, path: path)
    }

    /// Removes the file while still holding the lock, then releases it.
    func release() {
        unlink(path)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

/// Exchanging two paths in one step (Linux `renameat2(RENAME_EXCHANGE)`, macOS `renamex_np(RENAME_SWAP)`).
private enum AtomicExchange {
    #if os(Linux)
        private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        // Looked up at run time: the C library has it, but Swift's Glibc module does not export it.
        private static let renameat2: RenameAt2? = dlsym(dlopen(nil, RTLD_NOW), "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }
    #endif

    /// True when `a` and `b` were exchanged; false when the system or file system cannot.
    static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
            guard let renameat2 else { return false }
            return renameat2(AT_FDCWD, a, AT_FDCWD, b, 2 /* RENAME_EXCHANGE */) == 0
        #elseif canImport(Darwin)
            return renamex_np(a, b, UInt32(RENAME_SWAP)) == 0
        #else
            return false
        #endif
    }
}
