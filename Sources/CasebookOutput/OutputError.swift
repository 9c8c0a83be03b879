import CasebookSupport
import Foundation

extension OutputWriter {
    /// A write that could not be completed; the previous site is unchanged. Says which file and
    /// why as values; `description` makes the sentence.
    public struct OutputError: Error, MessageConvertible, Sendable, Equatable {
        /// Why the write stopped.
        public enum Reason: Sendable, Equatable {
            /// A system call on `path` failed while doing `action`; `detail` is the system's words
            /// (strerror).
            case systemCall(action: Action, detail: String)
            /// The lock file beside the output folder could not be made.
            case cannotCreateLock
            /// Another build holds the output folder's lock (`path` is the output folder).
            case busy
            /// The lock file kept changing under this build.
            case cannotLock
            /// The patch folder has no journal, so it never completed.
            case noJournal
            /// A page's bytes changed although its key did not (the keys-verifying test mode).
            case changedDespiteKey
            /// A media file's path leads outside the site folder.
            case outsideSite
            /// A media file could not be read.
            case unreadable
        }

        /// What a failed system call was doing.
        public enum Action: Sendable, Equatable {
            case write, createFolder, finish, move, delete
        }

        /// The file or folder concerned.
        public let path: String
        /// Why the write stopped.
        public let reason: Reason

        /// An error about `path`.
        public init(_ reason: Reason, path: String) {
            self.reason = reason
            self.path = path
        }

        /// The failed system call `action` on `path`, with the system's reason (errno) now.
        static func systemCall(_ action: Action, _ path: String) -> OutputError {
            OutputError(.systemCall(action: action, detail: String(cString: strerror(errno))), path: path)
        }

        /// The sentence printed for the person at the terminal.
        public var message: Message {
            switch reason {
            case .systemCall(let action, let detail): Message("output." + Self.key(action), ["path": "\(path)", "detail": "\(detail)"])
            case .cannotCreateLock: Message("output.cannotCreateLock", ["path": "\(path)"])
            case .busy: Message("output.busy", ["path": "\(path)"])
            case .cannotLock: Message("output.cannotLock", ["path": "\(path)"])
            case .noJournal: Message("output.noJournal", ["path": "\(path)"])
            case .changedDespiteKey: Message("output.changedDespiteKey", ["path": "\(path)"])
            case .outsideSite: Message("output.outsideSite", ["path": "\(path)"])
            case .unreadable: Message("output.unreadable", ["path": "\(path)"])
            }
        }

        private static func key(_ action: Action) -> String {
            switch action {
            case .write: "write"
            case .createFolder: "createFolder"
            case .finish: "finish"
            case .move: "move"
            case .delete: "delete"
            }
        }
    }
}
