import Foundation

/// Writes a build into its output folder without ever leaving a half-written site: everything
/// goes to a staging folder beside the output, which is then swapped into place.
public struct OutputWriter: Sendable {
    /// The file that marks a folder as made by Casebook.
    public static let marker = ".casebook-output"

    public init() {}

    /// Replaces the folder at `output` with `build`; the previous site stays until the new one is complete.
    public func replace(_ output: String, with build: BuildOutput, sourceRoot: String) throws {
        let manager = FileManager.default
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        let parent = outputURL.deletingLastPathComponent()
        let name = outputURL.lastPathComponent
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        removeLeftovers(in: parent, of: name)

        let staging = parent.appendingPathComponent(".\(name).casebook-staging-\(getpid())")
        try? manager.removeItem(at: staging)
        do {
            try write(build, into: staging, sourceRoot: sourceRoot)
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }

        let retired = parent.appendingPathComponent(".\(name).casebook-old-\(getpid())")
        if manager.fileExists(atPath: outputURL.path) {
            try manager.moveItem(at: outputURL, to: retired)
        }
        do {
            try manager.moveItem(at: staging, to: outputURL)
        } catch {
            try? manager.moveItem(at: retired, to: outputURL)
            throw error
        }
        try? manager.removeItem(at: retired)
    }

    private func write(_ build: BuildOutput, into folder: URL, sourceRoot: String) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        var made: Set<String> = [""]
        func ensureFolder(of path: String) throws {
            let dir = Paths.folder(of: path)
            guard made.insert(dir).inserted else { return }
            try manager.createDirectory(at: folder.appendingPathComponent(dir), withIntermediateDirectories: true)
        }
        for file in build.files {
            try ensureFolder(of: file.path)
            try Data(file.bytes).write(to: folder.appendingPathComponent(file.path))
        }
        for copy in build.copies {
            try ensureFolder(of: copy.path)
            try manager.copyItem(atPath: sourceRoot + "/" + copy.source, toPath: folder.appendingPathComponent(copy.path).path)
        }
        try Data("This folder was written by casebook build; it is replaced on every build.\n".utf8)
            .write(to: folder.appendingPathComponent(Self.marker))
    }

    /// Staging or retired folders left by a build that was killed.
    private func removeLeftovers(in parent: URL, of name: String) {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
        let output = parent.appendingPathComponent(name)
        if !manager.fileExists(atPath: output.path),
           let retired = entries.sorted().last(where: { $0.hasPrefix(".\(name).casebook-old-") }) {
            // Killed between the two renames: the retired folder is the last complete site.
            try? manager.moveItem(at: parent.appendingPathComponent(retired), to: output)
        }
        for entry in entries where entry.hasPrefix(".\(name).casebook-staging-") || entry.hasPrefix(".\(name).casebook-old-") {
            try? manager.removeItem(at: parent.appendingPathComponent(entry))
        }
    }
}
