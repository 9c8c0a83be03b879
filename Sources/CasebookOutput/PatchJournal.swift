import CasebookSupport
import Foundation

/// What a rebuild changes in an output folder it updates in place: the files to move in from the
/// patch folder beside it and the files to delete. Written last into the patch folder, so that its
/// presence says the patch is complete; applying it is idempotent, so a build killed while applying
/// it leaves the next build to finish the job before anything else.
struct PatchJournal: Equatable {
    static let file = ".casebook-journal"

    /// Paths (relative) written into the patch folder, moved into the output in this order.
    var changed: [String]
    /// Paths (relative) of the previous build that this one no longer makes.
    var deleted: [String]

    /// Writes the journal into `folder` in one step (a temporary file renamed into place).
    func write(into folder: String) throws {
        let text = (changed.map { "+ " + $0 } + deleted.map { "- " + $0 }).joined(separator: "\n") + "\n"
        let temporary = folder + "/" + Self.file + ".tmp"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, folder + "/" + Self.file) == 0 else {
            throw OutputWriter.OutputError.systemCall(.finish, folder)
        }
    }

    /// The journal in `folder`, or nil when the patch there never completed.
    static func read(from folder: String) -> PatchJournal? {
        guard let text = try? String(contentsOfFile: folder + "/" + file, encoding: .utf8) else { return nil }
        var journal = PatchJournal(changed: [], deleted: [])
        for line in text.split(separator: "\n") where line.count > 2 {
            let path = String(line.dropFirst(2))
            if line.hasPrefix("+ ") { journal.changed.append(path) } else if line.hasPrefix("- ") { journal.deleted.append(path) }
        }
        return journal
    }

    /// Moves every changed file from `patch` into `output` (a file already moved is skipped),
    /// deletes the deleted ones and the folders they leave empty.
    func apply(from patch: String, to output: String) throws {
        for path in changed {
            let source = patch + "/" + path, target = output + "/" + path
            if rename(source, target) == 0 || errno == ENOENT && access(target, F_OK) == 0 { continue }
            guard errno == ENOENT else { throw OutputWriter.OutputError.systemCall(.move, target) }
            try FileWriter.makeFolders(Paths.folder(of: path), in: output)
            guard rename(source, target) == 0 else { throw OutputWriter.OutputError.systemCall(.move, target) }
        }
        for path in deleted {
            guard unlink(output + "/" + path) == 0 || errno == ENOENT else { throw OutputWriter.OutputError.systemCall(.delete, output + "/" + path) }
            var folder = Paths.folder(of: path)
            while !folder.isEmpty, rmdir(output + "/" + folder) == 0 { folder = Paths.folder(of: folder) }
        }
    }

}
