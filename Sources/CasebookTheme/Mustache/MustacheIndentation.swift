extension Mustache {
    /// Takes the indentation and the blank lines out of template text before it is compiled, so
    /// that themes can be indented for their readers without every page paying for it: a line
    /// break followed by spaces renders as one space in HTML, just as a line break alone does.
    /// Lines inside `<pre>` and `<textarea>` elements of the template, where white space shows,
    /// and inside `<script>`, where a template literal may span lines, are kept as written.
    enum Indentation {
        /// `bytes` without leading spaces and tabs on its lines and without empty lines, outside
        /// `<pre>…</pre>`, `<textarea>…</textarea>` and `<script>…</script>`.
        static func drop(_ bytes: [UInt8]) -> [UInt8] {
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var lineStart = true
            var keepUntil: [UInt8]?
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if let closing = keepUntil {
                    if matches(closing, in: bytes, at: index) { keepUntil = nil }
                } else if lineStart, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") {
                    index += 1
                    continue
                } else if byte == UInt8(ascii: "<") {
                    keepUntil = preserving.first { matches($0.open, in: bytes, at: index) }?.close
                }
                lineStart = byte == UInt8(ascii: "\n")
                output.append(byte)
                index += 1
            }
            return output
        }

        /// Elements whose white space may be content, as their opening and closing tags (lower case).
        private static let preserving: [(open: [UInt8], close: [UInt8])] = ["pre", "textarea", "script"].map {
            (Array("<\($0)".utf8), Array("</\($0)".utf8))
        }

        /// Whether `bytes` at `index` start with `tag` (ASCII letters compared without case), and
        /// an opening tag's name ends there.
        private static func matches(_ tag: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
            guard index + tag.count <= bytes.count else { return false }
            for (offset, expected) in tag.enumerated() where bytes[index + offset] | 0x20 != expected | 0x20 {
                return false
            }
            guard tag[1] != UInt8(ascii: "/"), index + tag.count < bytes.count else { return true }
            return !Text.isNameByte(bytes[index + tag.count])
        }
    }
}
