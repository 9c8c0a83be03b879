import CasebookSupport

extension OutputTarget {
    /// Why a folder may not be used as the output: the folder (the failure's path) and the reason as
    /// values; the reason makes the sentence, with what to do instead.
    public typealias Refusal = PathFailure<OutputRefusalReason>
}

/// Why a folder is refused as the output.
public enum OutputRefusalReason: PathReason {
    case fileSystemRoot, homeFolder, containsHomeFolder, systemFolder, siteFolder, currentFolder, containsCurrentFolder, isAFile
    /// The folder contains the site folder (given).
    case containsSite(String)
    /// The folder is inside the site's `content/` or `themes/` (given).
    case insideSources(folder: String)
    /// The folder holds a .git folder, which a build would delete (without --force).
    case holdsGit
    /// The folder holds files casebook did not write: the first few names, and how many there are.
    case holdsForeignFiles(first: [String], count: Int)
    /// The book's output folder is part of the site's sources.
    case bookInSources
    /// The book's output folder holds files Casebook did not make.
    case bookAmongForeignFiles

    /// The sentence printed for the person at the terminal.
    public func message(path: String) -> Message {
        var arguments: [String: Message.Argument] = ["path": "\(path)"]
        switch self {
        case .containsSite(let folder), .insideSources(let folder): arguments["folder"] = "\(folder)"
        case .holdsForeignFiles(let first, let count): arguments["files"] = "\(first.joined(separator: ", "))\(count > first.count ? ", …" : "")"
        default: break
        }
        return Message("refusal." + key, arguments)
    }

    /// The catalogue key after `refusal.`.
    private var key: String {
        switch self {
        case .fileSystemRoot: "fileSystemRoot"
        case .homeFolder: "homeFolder"
        case .containsHomeFolder: "containsHomeFolder"
        case .systemFolder: "systemFolder"
        case .siteFolder: "siteFolder"
        case .containsSite: "containsSite"
        case .insideSources: "insideSources"
        case .currentFolder: "currentFolder"
        case .containsCurrentFolder: "containsCurrentFolder"
        case .isAFile: "isAFile"
        case .holdsGit: "holdsGit"
        case .holdsForeignFiles: "holdsForeignFiles"
        case .bookInSources: "bookInSources"
        case .bookAmongForeignFiles: "bookAmongForeignFiles"
        }
    }
}
