import CasebookSupport

extension Mustache {
    /// A template that cannot be compiled: where, what in plain words, and what to do.
    struct SyntaxError: Error, Equatable {
        /// Byte offset of the offending tag in the template.
        let offset: Int
        let message: Message
        let hint: Message

        static func unfinishedTag(at offset: Int, closing: String = "}}") -> SyntaxError {
            SyntaxError(
                offset: offset, message: Message("mustache.unfinishedTag", ["closing": "\(closing)"]),
                hint: Message("mustache.unfinishedTag.hint", ["closing": "\(closing)"]))
        }

        static func unclosedComment(at offset: Int) -> SyntaxError {
            SyntaxError(offset: offset, message: Message("mustache.unclosedComment"), hint: Message("mustache.unclosedComment.hint"))
        }

        static func neverClosed(_ tag: String, name: String, at offset: Int) -> SyntaxError {
            SyntaxError(
                offset: offset, message: Message("mustache.neverClosed", ["tag": "\(tag)"]), hint: Message("mustache.neverClosed.hint", ["name": "\(name)"]))
        }

        static func strayClose(_ name: String, at offset: Int) -> SyntaxError {
            SyntaxError(
                offset: offset, message: Message("mustache.strayClose", ["name": "\(name)"]), hint: Message("mustache.strayClose.hint", ["name": "\(name)"]))
        }

        static func mismatchedClose(_ name: String, open tag: String, openName: String, line: Int, at offset: Int) -> SyntaxError {
            SyntaxError(
                offset: offset, message: Message("mustache.mismatchedClose", ["name": "\(name)", "tag": "\(tag)", "line": "\(line)"]),
                hint: Message("mustache.mismatchedClose.hint", ["openName": "\(openName)"]))
        }

        static func notAllowedInParent(_ parent: String, at offset: Int) -> SyntaxError {
            SyntaxError(
                offset: offset, message: Message("mustache.notAllowedInParent", ["parent": "\(parent)"]),
                hint: Message("mustache.notAllowedInParent.hint"))
        }

        /// A feature of Mustache that Casebook leaves out: `feature` names the catalogue entries
        /// `mustache.<feature>` (what it is) and `mustache.<feature>.hint` (what to do instead).
        static func unsupported(_ feature: String, at offset: Int) -> SyntaxError {
            SyntaxError(
                offset: offset, message: Message("mustache.unsupported", ["what": .message(Message("mustache." + feature))]),
                hint: Message("mustache." + feature + ".hint"))
        }
    }
}
