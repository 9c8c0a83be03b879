extension OutputTarget {
    /// Why a folder may not be used as the output: the folder and the reason as values;
    /// `description` makes the sentence, with what to do instead.
    public struct Refusal: Error, CustomStringConvertible, Sendable, Equatable {
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
        public var description: String {
            let replaced = "A build replaces its output folder as a whole."
            let ownFolder = "Choose a folder of its own, such as --output public."
            let site = "Refusing to write the site into \(path):"
            switch reason {
            case .fileSystemRoot: return "\(site) it is the root of the file system. \(replaced) \(ownFolder)"
            case .homeFolder: return "\(site) it is your home folder. \(replaced) \(ownFolder)"
            case .containsHomeFolder: return "\(site) it contains your home folder. \(replaced) \(ownFolder)"
            case .systemFolder: return "\(site) it is a system folder right under /. \(replaced) \(ownFolder)"
            case .siteFolder: return "\(site) it is the site folder itself, which holds your content. \(replaced) \(ownFolder)"
            case .containsSite(let folder): return "\(site) it contains the site folder \(folder). \(replaced) \(ownFolder)"
            case .insideSources(let folder):
                return
                    "\(site) it is inside the site's \(folder)/ folder. \(replaced) Write the site outside content/ and themes/, for example --output public."
            case .currentFolder: return "\(site) it is the current folder. \(replaced) \(ownFolder)"
            case .containsCurrentFolder: return "\(site) it contains the current folder. \(replaced) \(ownFolder)"
            case .isAFile: return "\(site) it is a file, not a folder. \(replaced) \(ownFolder)"
            case .holdsGit:
                return "\(site) it holds a .git folder, which the build would delete. "
                    + "Build into another folder and copy the files, or pass --force if that is really what you want."
            case .holdsForeignFiles(let first, let count):
                return "\(site) it holds files that casebook did not write (\(first.joined(separator: ", "))\(count > first.count ? ", …" : "")), "
                    + "and a build replaces the folder as a whole. Choose an empty or new folder, or pass --force to replace it."
            case .bookInSources:
                return "Refusing to write the book into \(path): it is part of the site's sources. Pass --output with a folder of its own, such as public."
            case .bookAmongForeignFiles:
                return
                    "Refusing to write the book into \(path): the folder holds files that Casebook did not make. Pass --output with an empty folder or a built site."
            }
        }
    }
}
