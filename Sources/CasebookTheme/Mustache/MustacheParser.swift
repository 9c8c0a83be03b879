extension Mustache {
    /// Compiles template text into nodes.
    ///
    /// The whitespace rules reproduce swift-mustache 2.1.1, which Casebook used before, step for
    /// step — including where it departs from the Mustache spec — so that existing themes render
    /// byte for byte as before: a line holding only a section, inverted, close, comment, partial,
    /// parent or block tag is removed; whitespace before a standalone partial stays in the output
    /// and indents the partial's later lines; the first line of a `{{<parent}}`'s block sets an
    /// indentation that is taken off its following lines.
    struct Parser {
        private let bytes: [UInt8]
        private var position = 0

        /// What the parser knows about the tag it is inside of.
        private struct State {
            /// The open section, block or parent: its name, its tag as written, where it starts.
            var open: (name: String, tag: String, offset: Int)?
            /// At the start of a line, or after a standalone tag (swift-mustache's `newLine` flag).
            var newLine = true
            /// Inside a `{{<parent}}` … `{{/parent}}` tag, at any depth.
            var inParent = false
            /// Directly inside a parent tag, where only block overrides may stand.
            var parentTopLevel = false
            /// The indentation of the first line of a parent's block.
            var blockIndent: Int?

            func entering(_ name: String, tag: String, at offset: Int, newLine: Bool) -> State {
                var state = self
                state.open = (name, tag, offset)
                state.parentTopLevel = false
                if !newLine { state.newLine = false }
                return state
            }

            func enteringParent(_ name: String, at offset: Int) -> State {
                var state = self
                state.open = (name, "{{<\(name)}}", offset)
                state.newLine = true
                state.inParent = true
                state.parentTopLevel = true
                return state
            }
        }

        /// Nodes and, directly inside a parent tag, the blocks it overrides.
        private struct Parsed {
            var nodes: [Node] = []
            var blocks: [String: [Node]] = [:]
        }

        /// Compiles `bytes`, valid UTF-8.
        static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> [Node] {
            var parser = Parser(bytes: bytes)
            return try parser.parse(State()).nodes
        }

        private init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        // One pass per nesting level, returning at the close tag: the loop and its order of
        // checks follow swift-mustache's `MustacheTemplate.parse` so that whitespace lands alike.
        private mutating func parse(_ initial: State) throws(SyntaxError) -> Parsed {
            var state = initial
            var parsed = Parsed()
            var whitespace = position..<position
            while position < bytes.count {
                if state.newLine {
                    let indent = spacesAndTabs()
                    if state.inParent, !state.parentTopLevel {
                        if let blockIndent = state.blockIndent {
                            whitespace = min(indent.lowerBound + blockIndent, indent.upperBound)..<indent.upperBound
                        } else {
                            state.blockIndent = indent.count
                        }
                    } else {
                        whitespace = indent
                    }
                }
                let (text, lineBreak, atTag) = readText()
                if lineBreak > 0 {
                    parsed.nodes.append(.text(Array(bytes[whitespace]) + bytes[text] + bytes[position..<position + lineBreak]))
                    position += lineBreak
                    state.newLine = true
                    continue
                }
                if !text.isEmpty {
                    parsed.nodes.append(.text(Array(bytes[whitespace]) + bytes[text]))
                    whitespace = position..<position
                    state.newLine = false
                }
                guard atTag else { break }
                let tagStart = position - 2
                guard position < bytes.count else { throw .unfinishedTag(at: tagStart) }
                let sigil = bytes[position]
                if state.parentTopLevel, !"$!/=%".utf8.contains(sigil) {
                    throw .notAllowedInParent(state.open?.name ?? "", at: tagStart)
                }
                var setNewLine = false
                switch sigil {
                case UInt8(ascii: "#"), UInt8(ascii: "^"):
                    position += 1
                    let name = try tagName(tagStart)
                    if standalone(state) {
                        setNewLine = true
                    } else if !whitespace.isEmpty {
                        parsed.nodes.append(.text(Array(bytes[whitespace])))
                        whitespace = position..<position
                    }
                    let tag = "{{" + String(UnicodeScalar(sigil)) + name + "}}"
                    let inner = try parse(state.entering(name, tag: tag, at: tagStart, newLine: setNewLine))
                    parsed.nodes.append(.section(Name(name), inner.nodes, inverted: sigil == UInt8(ascii: "^")))

                case UInt8(ascii: "/"):
                    position += 1
                    let name = try tagName(tagStart)
                    guard let open = state.open else { throw .strayClose(name, at: tagStart) }
                    guard open.name == name else {
                        throw .mismatchedClose(name, open: open.tag, openName: open.name, line: line(of: open.offset), at: tagStart)
                    }
                    if !standalone(state), !whitespace.isEmpty {
                        parsed.nodes.append(.text(Array(bytes[whitespace])))
                    }
                    return parsed

                case UInt8(ascii: "!"):
                    guard let end = find("}}", from: position + 1) else { throw .unclosedComment(at: tagStart) }
                    position = end + 2
                    setNewLine = standalone(state)

                case UInt8(ascii: "{"), UInt8(ascii: "&"):
                    if !whitespace.isEmpty {
                        parsed.nodes.append(.text(Array(bytes[whitespace])))
                        whitespace = position..<position
                    }
                    position += 1
                    let name = try tagName(tagStart)
                    if sigil == UInt8(ascii: "{") {
                        guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                            throw .unfinishedTag(at: tagStart, closing: "}}}")
                        }
                        position += 1
                    }
                    parsed.nodes.append(.variable(Name(name), escaped: false))

                case UInt8(ascii: ">"):
                    position += 1
                    let name = try partialName(tagStart)
                    if !whitespace.isEmpty { parsed.nodes.append(.text(Array(bytes[whitespace]))) }
                    if standalone(state) {
                        setNewLine = true
                        parsed.nodes.append(.partial(name, indentation: Array(bytes[whitespace]), overrides: nil))
                    } else {
                        parsed.nodes.append(.partial(name, indentation: [], overrides: nil))
                    }
                    whitespace = position..<position

                case UInt8(ascii: "<"):
                    position += 1
                    let name = try partialName(tagStart)
                    if !whitespace.isEmpty { parsed.nodes.append(.text(Array(bytes[whitespace]))) }
                    if standalone(state) { setNewLine = true }
                    let inner = try parse(state.enteringParent(name, at: tagStart))
                    parsed.nodes.append(.partial(name, indentation: Array(bytes[whitespace]), overrides: inner.blocks))
                    whitespace = position..<position

                case UInt8(ascii: "$"):
                    position += 1
                    let name = try tagName(tagStart)
                    if state.parentTopLevel {
                        if standalone(state) { setNewLine = true }
                        let inner = try parse(state.entering(name, tag: "{{$\(name)}}", at: tagStart, newLine: setNewLine))
                        parsed.blocks[name] = inner.nodes
                    } else {
                        if !whitespace.isEmpty { parsed.nodes.append(.text(Array(bytes[whitespace]))) }
                        if standalone(state) { setNewLine = true }
                        let inner = try parse(state.entering(name, tag: "{{$\(name)}}", at: tagStart, newLine: setNewLine))
                        parsed.nodes.append(.block(name, defaultNodes: inner.nodes, indentation: Array(bytes[whitespace])))
                        whitespace = position..<position
                    }

                case UInt8(ascii: "="):
                    throw .unsupported("setDelimiter", at: tagStart)

                case UInt8(ascii: "%"):
                    throw .unsupported("pragma", at: tagStart)

                default:
                    if !whitespace.isEmpty {
                        parsed.nodes.append(.text(Array(bytes[whitespace])))
                        whitespace = position..<position
                    }
                    let name = try tagName(tagStart)
                    parsed.nodes.append(.variable(Name(name), escaped: true))
                }
                state.newLine = setNewLine
            }
            if let open = state.open { throw .neverClosed(open.tag, name: open.name, at: open.offset) }
            return parsed
        }

        /// Text up to a line break (returned with its length, not consumed) or a `{{` (consumed).
        private mutating func readText() -> (text: Range<Int>, lineBreak: Int, atTag: Bool) {
            let start = position
            while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: "\n"):
                    return (start..<position, 1, false)
                case UInt8(ascii: "\r") where position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "\n"):
                    return (start..<position, 2, false)
                case UInt8(ascii: "{") where position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "{"):
                    position += 2
                    return (start..<position - 2, 0, true)
                default:
                    position += 1
                }
            }
            return (start..<position, 0, false)
        }

        private mutating func spacesAndTabs() -> Range<Int> {
            let start = position
            while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
                position += 1
            }
            return start..<position
        }

        /// Whether the tag just read ends its line (or the text), in which case the line break is
        /// consumed; only a tag that also started its line counts.
        private mutating func standalone(_ state: State) -> Bool {
            guard state.newLine else { return false }
            guard position < bytes.count else { return true }
            var end = position
            while end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") { end += 1 }
            let length = Text.newlineLength(bytes, at: end)
            guard length > 0 else { return false }
            position = end + length
            return true
        }

        /// A variable, section or block name and the `}}` after it.
        private mutating func tagName(_ tagStart: Int) throws(SyntaxError) -> String {
            let name = try name(tagStart, allowing: Text.isNameByte)
            if name.contains("(") || name.contains(")") {
                throw .unsupported("transform", at: tagStart)
            }
            return name
        }

        /// A partial or parent name (which may contain `/`) and the `}}` after it.
        private mutating func partialName(_ tagStart: Int) throws(SyntaxError) -> String {
            let name = try name(tagStart) { Text.isNameByte($0) || $0 == UInt8(ascii: "/") }
            if name.hasPrefix("*") {
                throw .unsupported("dynamicName", at: tagStart)
            }
            return name
        }

        private mutating func name(_ tagStart: Int, allowing isNameByte: (UInt8) -> Bool) throws(SyntaxError) -> String {
            skipWhitespace()
            let start = position
            while position < bytes.count, isNameByte(bytes[position]) { position += 1 }
            let name = String(decoding: bytes[start..<position], as: UTF8.self)
            skipWhitespace()
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "}"), bytes[position + 1] == UInt8(ascii: "}") else {
                throw .unfinishedTag(at: tagStart)
            }
            position += 2
            return name
        }

        private mutating func skipWhitespace() {
            while case let length = Text.whitespaceLength(bytes, at: position), length > 0 { position += length }
        }

        private func find(_ needle: StaticString, from start: Int) -> Int? {
            let first = needle.utf8Start[0], second = needle.utf8Start[1]
            var index = start
            while index + 1 < bytes.count {
                if bytes[index] == first, bytes[index + 1] == second { return index }
                index += 1
            }
            return nil
        }

        private func line(of offset: Int) -> Int {
            bytes[..<offset].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        }
    }
}
