import Foundation

/// Decides whether a folder may receive a build. A build replaces its output folder as a whole,
/// so pointing it at the wrong folder would delete that folder: such folders are refused, with the
/// reason, before anything is read or written.
public enum OutputTarget {
    /// Why a folder may not be used as the output.
    public struct Refusal: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Refuses folders that no flag makes safe: `/` and the folders right under it, the home
    /// folder and its ancestors, the site folder and its ancestors, anything inside its content/
    /// or themes/, the current folder and its ancestors, and a path that is a file.
    public static func refuseDangerous(_ output: String, source: String) throws {
        let out = realPath(output), site = realPath(source)
        func refuse(_ reason: String, _ advice: String = "Choose a folder of its own, such as --output public.") throws -> Never {
            throw Refusal(description: "Refusing to write the site into \(out): \(reason). A build replaces its output folder as a whole. \(advice)")
        }
        if out == "/" { try refuse("it is the root of the file system") }
        for home in homeFolders() where out == home || home.hasPrefix(out + "/") {
            try refuse(out == home ? "it is your home folder" : "it contains your home folder")
        }
        if out.split(separator: "/").count == 1 { try refuse("it is a system folder right under /") }
        if out == site { try refuse("it is the site folder itself, which holds your content") }
        if site.hasPrefix(out + "/") { try refuse("it contains the site folder \(site)") }
        for folder in ["content", "themes"] where out == site + "/" + folder || out.hasPrefix(site + "/" + folder + "/") {
            try refuse("it is inside the site's \(folder)/ folder", "Write the site outside content/ and themes/, for example --output public.")
        }
        let current = realPath(FileManager.default.currentDirectoryPath)
        if out == current || current.hasPrefix(out + "/") {
            try refuse(out == current ? "it is the current folder" : "it contains the current folder")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isFolder), !isFolder.boolValue {
            try refuse("it is a file, not a folder")
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
        if entries.contains(".git") {
            throw Refusal(description: "Refusing to write the site into \(out): it holds a .git folder, which the build would delete. "
                + "Build into another folder and copy the files, or pass --force if that is really what you want.")
        }
        if !entries.contains(OutputWriter.marker) {
            throw Refusal(description: "Refusing to write the site into \(out): it holds files that casebook did not write "
                + "(\(entries.sorted().prefix(3).joined(separator: ", "))\(entries.count > 3 ? ", …" : "")), and a build replaces the folder as a whole. "
                + "Choose an empty or new folder, or pass --force to replace it.")
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
        let existing = realpath(url.path, nil).map { pointer in
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
