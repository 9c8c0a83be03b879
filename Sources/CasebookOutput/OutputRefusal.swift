import CasebookSupport

extension OutputTarget {
    /// Why a folder may not be used as the output: the folder and the reason as values;
    /// `description` makes the sentence, with what to do instead.
    public struct Refusal: Error, MessageConvertible, Sendable, Equatable {
        /// Why the folder is refused.
        public enum Reason: Sendable, Equatable {
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
        }

        /// The refused folder.
        public let path: String
        /// Why it is refused.
        public let reason: Reason

        /// A refusal of the folder `path`.
        public init(_ reason: Reason, path: String) {
            self.reason = reason
            self.path = path
        }

        /// The sentence printed for the person at the terminal.
        public var message: Message {
            var arguments: [String: Message.Argument] = ["path": "\(path)"]
            switch reason {
            case .containsSite(let folder), .insideSources(let folder): arguments["folder"] = "\(folder)"
            case .holdsForeignFiles(let first, let count): arguments["files"] = "\(first.joined(separator: ", "))\(count > first.count ? ", …" : "")"
            default: break
            }
            return Message("refusal." + Self.key(reason), arguments)
        }

        private static func key(_ reason: Reason) -> String {
            switch reason {
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
}
