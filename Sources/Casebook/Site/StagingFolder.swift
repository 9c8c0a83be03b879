import Foundation

/// The folder a build is written into before it replaces the output: files arrive from the render
/// threads as soon as each is made, so writing overlaps rendering and no page is held in memory
/// longer than it takes to write it. Every call may come from any thread.
public final class StagingFolder: @unchecked Sendable {
    // @unchecked: `entries`, `pages` and `paused` are only touched under `lock`.
    /// What a finished staging folder holds.
    public struct Summary: Sendable, Equatable {
        /// HTML pages.
        public let pages: Int
        /// Every file, pages included.
        public let files: Int
    }

    let path: String
    private let writer: FileWriter
    private let sourceRoot: String
    private let interruption: OutputWriter.Interruption?
    private let pauses: OutputWriter.TestPauses
    private let lock = NSLock()
    private var entries: [(path: String, entry: FileWriter.Entry)] = []
    private var pages = 0
    private var paused = false

    init(path: String, previousOutput: String, sourceRoot: String, interruption: OutputWriter.Interruption?, pauses: OutputWriter.TestPauses) {
        self.path = path
        writer = FileWriter(folder: path, previousOutput: previousOutput)
        self.sourceRoot = sourceRoot
        self.interruption = interruption
        self.pauses = pauses
    }

    /// Writes one generated file. Throws `OutputWriter.Interrupted` once the build is interrupted.
    public func place(_ file: OutputFile) throws {
        try interruption?.checkpoint()
        let entry = try writer.place(file.path, file.bytes)
        lock.lock()
        entries.append((file.path, entry))
        if file.path.hasSuffix(".html") { pages += 1 }
        // Tests stop a build "mid-write": once, after a few files are in.
        let pauseNow = !paused && entries.count == 16
        if pauseNow { paused = true }
        lock.unlock()
        if pauseNow { try pauses.pause(pauses.midWrite, interruption) }
    }

    /// Makes the folders of `routes` (relative folder paths ending in `/`) ahead of the pages,
    /// on the calling thread, in order.
    func makeFolders(_ routes: [String]) throws {
        for route in routes.sorted() where !route.isEmpty {
            try writer.makeFolder(String(route.dropLast()))
        }
    }

    /// Copies media files byte for byte, in parallel: what a link inside the site points to,
    /// never the link, and never anything outside the site folder.
    func copy(_ copies: [BuildOutput.Copy]) throws {
        let realRoot = OutputTarget.realPath(sourceRoot)
        let results = copies.parallelMap { copy in
            Result<Void, Error> {
                let source = OutputTarget.realPath(self.sourceRoot + "/" + copy.source)
                guard source.hasPrefix(realRoot + "/") else {
                    throw OutputWriter.OutputError(description: "\(copy.source) leads outside the site folder and was not copied")
                }
                guard let data = FileManager.default.contents(atPath: source) else {
                    throw OutputWriter.OutputError(description: "\(source) could not be read to copy it into the site")
                }
                try self.place(OutputFile(path: copy.path, bytes: [UInt8](data)))
            }
        }
        for result in results { try result.get() }
    }

    /// Writes the manifest, then the marker that says the folder is complete.
    func finish() throws -> Summary {
        lock.lock()
        let (entries, pages) = (self.entries, self.pages)
        lock.unlock()
        try Data(FileWriter.manifestText(entries).utf8).write(to: URL(fileURLWithPath: path + "/" + FileWriter.manifest))
        try Data("This folder was written by casebook build; it is replaced on every build.\n".utf8)
            .write(to: URL(fileURLWithPath: path + "/" + OutputWriter.marker))
        return Summary(pages: pages, files: entries.count)
    }
}
