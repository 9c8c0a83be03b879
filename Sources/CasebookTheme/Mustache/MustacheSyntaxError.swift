extension Mustache {
    /// A template that cannot be compiled: where, what in plain words, and what to do.
    struct SyntaxError: Error, Equatable {
        /// Byte offset of the offending tag in the template.
        let offset: Int
        let message: String
        let hint: String

        static func unfinishedTag(at offset: Int, closing: String = "}}") -> SyntaxError {
            SyntaxError(
                offset: offset, message: "a tag is not finished with \(closing)",
                hint: "end the tag with \(closing); names may use only letters, digits and . - _ ?")
        }

        static func unclosedComment(at offset: Int) -> SyntaxError {
            SyntaxError(offset: offset, message: "a comment {{! … is not finished with }}", hint: "end the comment with }}")
        }

        static func neverClosed(_ tag: String, name: String, at offset: Int) -> SyntaxError {
            SyntaxError(offset: offset, message: "\(tag) is never closed", hint: "add {{/\(name)}} where it should end")
        }

        static func strayClose(_ name: String, at offset: Int) -> SyntaxError {
            SyntaxError(
                offset: offset, message: "{{/\(name)}} closes a section that was never opened",
                hint: "remove it, or open the section with {{#\(name)}} before it")
        }

        static func mismatchedClose(_ name: String, open tag: String, openName: String, line: Int, at offset: Int) -> SyntaxError {
            SyntaxError(
                offset: offset, message: "{{/\(name)}} does not match \(tag), still open from line \(line)",
                hint: "close sections in the reverse order they were opened: add {{/\(openName)}} before it")
        }

        static func notAllowedInParent(_ parent: String, at offset: Int) -> SyntaxError {
            SyntaxError(
                offset: offset, message: "only {{$block}} overrides may stand inside {{<\(parent)}} … {{/\(parent)}}",
                hint: "move the tag into a {{$block}} … {{/block}} that the parent template declares")
        }

        static func unsupported(_ what: String, at offset: Int, hint: String) -> SyntaxError {
            SyntaxError(offset: offset, message: "\(what) are not supported", hint: hint)
        }
    }
}
