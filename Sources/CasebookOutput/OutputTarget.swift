import Foundation

/// Decides whether a folder may receive a build. A build replaces its output folder as a whole,
/// so pointing it at the wrong folder would delete that folder: such folders are refused, with the
/// reason, before anything is read or written.
public enum OutputTarget {
    /// Refuses folders that no flag makes safe: `/` and the folders right under it, the home
    /// folder and its ancestors, the site folder and its ancestors, anything inside its content/
    /// or themes/, the current folder and its ancestors, and a path that is a file.
    public static func refuseDangerous(_ output: String, source: String) throws {
        let out = realPath(output), site = realPath(source)
        func refuse(_ reason: OutputRefusalReason) throws -> Never { throw Refusal(reason, path: out) }
        if out == "/" { try refuse(.fileSystemRoot) }
        for home in homeFolders() where out == home || home.hasPrefix(out + "/") {
            try refuse(out == home ? .homeFolder : .containsHomeFolder)
        }
        if out.split(separator: "/").count == 1 { try refuse(.systemFolder) }
        if out == site { try refuse(.siteFolder) }
        if site.hasPrefix(out + "/") { try refuse(.containsSite(site)) }
        for folder in ["content", "themes"] where out == site + "/" + folder || out.hasPrefix(site + "/" + folder + "/") {
            try refuse(.insideSources(folder: folder))
        }
        let current = realPath(FileManager.default.currentDirectoryPath)
        if out == current || current.hasPrefix(out + "/") {
            try refuse(out == current ? .currentFolder : .containsCurrentFolder)
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isFolder), !isFolder.boolValue {
            try refuse(.isAFile)
        }
    }

    /// Everything `refuseDangerous` refuses, and — unless `force` — a folder that holds files
    /// Casebook did not write (it has no `.casebook-output` marker) or a `.git` folder.
    public static func vet(_ output: String, source: String, force: Bool) throws {
        try refuseDangerous(output, source: source)
        guard !force else { return }
        let out = realPath(output)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
        guard !entries.isEmpty else { return }
        if entries.contains(".git") { throw Refusal(.holdsGit, path: out) }
        if !entries.contains(OutputWriter.marker) {
            throw Refusal(.holdsForeignFiles(first: Array(entries.sorted().prefix(3)), count: entries.count), path: out)
        }
    }

    /// The absolute path with every symbolic link of its existing part resolved, so that two
    /// spellings of one folder compare equal.
    static func realPath(_ path: String) -> String {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        var missing: [String] = []
        while url.path != "/", !FileManager.default.fileExists(atPath: url.path) {
            missing.insert(url.lastPathComponent, at: 0)
            url.deleteLastPathComponent()
        }
        let existing =
            realpath(url.path, nil).map { pointer in
                defer { free(pointer) }
                return String(cString: pointer)
            } ?? url.path
        let joined = ([existing == "/" ? "" : existing] + missing).joined(separator: "/")
        return joined.isEmpty ? "/" : joined
    }

    private static func homeFolders() -> [String] {
        let candidates = [ProcessInfo.processInfo.environment["HOME"], NSHomeDirectory()].compactMap { $0 }.filter { !$0.isEmpty }
        return Array(Set(candidates.map(realPath))).filter { $0 != "/" }
    }
}
