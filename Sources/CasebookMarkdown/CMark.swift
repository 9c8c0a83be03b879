import CCmarkGFM
import CasebookSupport
import Foundation

/// The one file that talks to cmark-gfm: it parses, corrects the tree (raw HTML, unsafe URLs, CJK line
/// breaks, heading ids, table wrappers) and renders HTML. Everything else in the package stays C-free.
enum CMark {
    /// A link or image destination with cmark's position: line, and byte column in the parsed source.
    struct RawLink {
        let destination: String
        let isImage: Bool
        let line: Int
        let byteColumn: Int
        /// When set, the link is the first occurrence of this text at or after `line`:`byteColumn`.
        let searchText: String?
    }

    /// What one conversion produces.
    struct Output {
        let html: String
        let headings: [MarkdownHeading]
        let links: [RawLink]
        /// Raw HTML removed because `markdown.unsafe` is off: its start and its text (in `destination`).
        var droppedHTML: [RawLink] = []
    }

    /// Parses `source`, applies the corrections and renders it. Only the parse and the render run under the
    /// process-wide lock; the tree corrections touch nothing but this document's own nodes.
    static func convert(
        _ source: UnsafeBufferPointer<UInt8>,
        markers: EmphasisMarkers?,
        options: MarkdownOptions,
        rewrite: ((String) -> String)?,
        imageSize: ((String) -> ImageHeader?)? = nil
    ) -> Output {
        let unsafeHTML = options.unsafeHTML
        let runtime = Runtime.shared
        guard let document = runtime.parse(source) else { return Output(html: "", headings: [], links: []) }
        defer { cmark_node_free(document) }
        var pass = TreePass(runtime: runtime, markers: markers, options: options)
        pass.run(document, rewrite: rewrite)
        if let imageSize { pass.sizeImages(imageSize) }
        let html = runtime.render(document, unsafeHTML: unsafeHTML, markers: markers)
        return Output(html: html, headings: pass.headings, links: pass.links, droppedHTML: pass.droppedHTML)
    }
}

/// The registered extensions and the lock around cmark-gfm (also used by `CMarkReference`).
final class Runtime: @unchecked Sendable {
    static let shared = Runtime()

    /// cmark-gfm 0.29 mutates global tables while parsing (the inline parser's special-character table is
    /// switched on and off for the attached extensions), so two parses at once corrupt each other's results.
    /// Every parse and every render therefore holds this one process-wide lock, and nothing else does.
    private let lock = NSLock()
    private let extensions: [OpaquePointer]
    /// The extensions as the C list `cmark_render_html` wants; built once, alive for the whole process.
    private let extensionList: UnsafeMutablePointer<cmark_llist>?
    let table: OpaquePointer?
    let strikethrough: OpaquePointer?

    private static let parseOptions = CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE
    /// Alignment as `style` because `align` on table cells is obsolete HTML.
    private static let renderOptions = parseOptions | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES

    private init() {
        cmark_gfm_core_extensions_ensure_registered()
        let names: [String] = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
        extensions = names.compactMap { cmark_find_syntax_extension($0) }
        var list: UnsafeMutablePointer<cmark_llist>?
        for syntaxExtension in extensions {
            list = cmark_llist_append(cmark_get_default_mem_allocator(), list, UnsafeMutableRawPointer(syntaxExtension))
        }
        extensionList = list
        table = cmark_find_syntax_extension("table")
        strikethrough = cmark_find_syntax_extension("strikethrough")
    }

    /// The document tree of `source`, owned by the caller (free it with `cmark_node_free`).
    func parse(_ source: UnsafeBufferPointer<UInt8>) -> OpaquePointer? {
        lock.withLock {
            guard let parser = cmark_parser_new(Self.parseOptions) else { return nil }
            defer { cmark_parser_free(parser) }
            for syntaxExtension in extensions {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
            if let base = source.baseAddress, source.count > 0 {
                base.withMemoryRebound(to: CChar.self, capacity: source.count) {
                    cmark_parser_feed(parser, $0, source.count)
                }
            }
            return cmark_parser_finish(parser)
        }
    }

    /// The HTML of `document`; raw HTML nodes still in the tree are passed through only when `unsafeHTML`.
    /// `CJKEmphasis` markers are removed here, from the whole output at once, which is much cheaper than
    /// from every text, code and HTML node of the tree.
    func render(_ document: OpaquePointer, unsafeHTML: Bool, markers: EmphasisMarkers?) -> String {
        let options = Self.renderOptions | (unsafeHTML ? CMARK_OPT_UNSAFE : 0)
        guard let html = lock.withLock({ cmark_render_html(document, options, extensionList) }) else { return "" }
        defer { free(html) }
        if let stripped = markers?.stripped(html) { return String(decoding: stripped, as: UTF8.self) }
        return String(cString: html)
    }
}

/// One walk over a parsed document that collects headings and links and applies the corrections.
private struct TreePass {
    let runtime: Runtime
    let markers: EmphasisMarkers?
    let options: MarkdownOptions
    private(set) var headings: [MarkdownHeading] = []
    private(set) var links: [CMark.RawLink] = []
    private(set) var droppedHTML: [CMark.RawLink] = []
    /// The image nodes kept in the tree, with their destinations as written.
    private var imageNodes: [(node: OpaquePointer, destination: String)] = []

    var unsafeHTML: Bool { options.unsafeHTML }

    init(runtime: Runtime, markers: EmphasisMarkers?, options: MarkdownOptions) {
        self.runtime = runtime
        self.markers = markers
        self.options = options
    }

    /// Collects first and changes the tree afterwards, since cmark's iterator forbids changing what it
    /// has yet to visit.
    mutating func run(_ document: OpaquePointer, rewrite: ((String) -> String)?) {
        var rawHTML: [OpaquePointer] = []
        var linkNodes: [OpaquePointer] = []
        var softBreaks: [OpaquePointer] = []
        var headingNodes: [OpaquePointer] = []
        var tables: [OpaquePointer] = []

        let iterator = cmark_iter_new(document)
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                continue // the common case; any markers in them leave with the rendered HTML
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                if !unsafeHTML { rawHTML.append(node) }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if Self.isInAltText(node) { continue } // rendered as alt text only: no link to check or rewrite
                // URLs are percent-encoded on output, out of reach of the HTML-wide marker removal.
                stripMarkers(node, get: cmark_node_get_url, set: cmark_node_set_url)
                links.append(Self.rawLink(node))
                linkNodes.append(node)
            case CMARK_NODE_SOFTBREAK:
                softBreaks.append(node)
            case CMARK_NODE_HEADING:
                headingNodes.append(node)
            default:
                if isTable(node) { tables.append(node) }
            }
        }
        cmark_iter_free(iterator)

        // Raw HTML goes entirely, without cmark's `<!-- raw HTML omitted -->`; comments were meant to vanish, the rest is reported.
        for node in rawHTML {
            let text = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            if !text.hasPrefix("<!--") {
                let anchor =
                    cmark_node_get_start_line(node) > 0
                    ? (line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node))) : Self.positionedAnchor(before: node)
                droppedHTML.append(CMark.RawLink(destination: text, isImage: false, line: anchor.line, byteColumn: anchor.column, searchText: nil))
            }
            Self.delete(node)
        }
        for (node, link) in zip(linkNodes, links) {
            if URLSafety.isUnsafe(link.destination) {
                Self.unwrap(node)
                continue
            } else if let rewrite {
                cmark_node_set_url(node, rewrite(link.destination))
            }
            if link.isImage { imageNodes.append((node, link.destination)) }
        }
        for node in softBreaks {
            if let before = edgeScalar(cmark_node_previous(node), last: true),
                let after = edgeScalar(cmark_node_next(node), last: false),
                CJKText.joinsAcrossLineBreak(before, after)
            {
                Self.delete(node)
            }
        }
        var ids = HeadingIDs()
        for node in headingNodes {
            let text = plainText(node)
            let heading = MarkdownHeading(
                level: min(6, Int(cmark_node_get_heading_level(node)) + options.headingOffset),
                text: String(decoding: text, as: UTF8.self),
                id: options.idPrefix + ids.next(for: text)
            )
            headings.append(heading)
            Self.replace(node, withHeading: heading)
        }
        // Focusable and named, so keyboard users can scroll a wide table on a phone.
        let label = options.tableLabel.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
        for node in tables {
            Self.wrap(node, enter: #"<div class="table-wrap" tabindex="0" role="group" aria-label=""# + label + #"">"#, exit: "</div>")
        }
    }

    /// Replaces each image by its full `<img>` tag (`ImageTag`), with the size `imageSize` gives for its destination.
    func sizeImages(_ imageSize: (String) -> ImageHeader?) {
        for (node, destination) in imageNodes {
            guard let tag = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let title = cmark_node_get_title(node).map { String(cString: $0) } ?? ""
            let alt = String(decoding: plainText(node), as: UTF8.self)
            cmark_node_set_on_enter(tag, ImageTag.html(url: url, alt: alt, title: title, size: imageSize(destination)))
            guard cmark_node_insert_before(node, tag) == 1 else {
                cmark_node_free(tag)
                continue
            }
            Self.delete(node)
        }
    }

    private func isTable(_ node: OpaquePointer) -> Bool {
        guard let table = runtime.table, cmark_node_get_syntax_extension(node) == table else { return false }
        return cmark_gfm_extensions_get_table_columns(node) > 0
    }

    /// Removes `CJKEmphasis` markers from one string property of `node`, leaving it alone when it has none.
    private func stripMarkers(
        _ node: OpaquePointer,
        get: (OpaquePointer) -> UnsafePointer<CChar>?,
        set: (OpaquePointer, UnsafePointer<CChar>) -> Int32
    ) {
        guard let markers, let value = get(node) else { return }
        guard var stripped = markers.stripped(value) else { return }
        stripped.append(0)
        _ = stripped.withUnsafeBytes { bytes in
            bytes.baseAddress.map { set(node, $0.assumingMemoryBound(to: CChar.self)) }
        }
    }

    /// The first or last scalar of the text that `start` renders, looking into emphasis and links; nil when
    /// there is none or `start` is not text (an image, a footnote reference, another break).
    private func edgeScalar(_ start: OpaquePointer?, last: Bool) -> UInt32? {
        var current = start
        while let node = current {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                guard let literal = cmark_node_get_literal(node) else { return nil }
                let bytes = markers.map { $0.trimmed(Self.bytes(of: literal)) } ?? Self.bytes(of: literal)
                return last ? CJKText.scalar(endingBefore: bytes.count, in: bytes) : CJKText.scalar(startingAt: 0, in: bytes)
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK:
                current = last ? cmark_node_last_child(node) : cmark_node_first_child(node)
            default:
                guard let strikethrough = runtime.strikethrough, cmark_node_get_syntax_extension(node) == strikethrough else {
                    return nil
                }
                current = last ? cmark_node_last_child(node) : cmark_node_first_child(node)
            }
        }
        return nil
    }

    /// Whether `node` lies inside an image, whose content cmark renders as plain alt text.
    private static func isInAltText(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let ancestor = parent {
            if cmark_node_get_type(ancestor) == CMARK_NODE_IMAGE { return true }
            parent = cmark_node_parent(ancestor)
        }
        return false
    }

    /// The destination and position of a link or image. cmark-gfm 0.29 gets two kinds of autolink wrong:
    /// `<…>` autolinks have a misplaced start (their text node's is right, one byte after the `<`), and
    /// bare `https://…` autolinks have none at all; those are looked up by their text from the nearest
    /// positioned node before them.
    private static func rawLink(_ node: OpaquePointer) -> CMark.RawLink {
        let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
        var line = Int(cmark_node_get_start_line(node))
        var column = Int(cmark_node_get_start_column(node))
        if !isImage, let text = autolinkText(node, destination: destination) {
            let textLine = Int(cmark_node_get_start_line(text.node))
            let textColumn = Int(cmark_node_get_start_column(text.node))
            if textLine > 0 {
                // Equal positions mean a `www.` autolink, which has no `<` before its text.
                if textLine != line || textColumn != column { (line, column) = (textLine, max(textColumn - 1, 1)) }
            } else {
                let anchor = positionedAnchor(before: node)
                return CMark.RawLink(
                    destination: destination, isImage: isImage, line: anchor.line, byteColumn: anchor.column, searchText: text.literal
                )
            }
        }
        if line <= 0 {
            let anchor = positionedAnchor(before: node)
            (line, column) = (anchor.line, anchor.column)
        }
        return CMark.RawLink(destination: destination, isImage: isImage, line: line, byteColumn: column, searchText: nil)
    }

    /// The only child of a link that shows its own destination (`<x>`, `www.x`, `https://x`, `a@b.cn`), if so.
    private static func autolinkText(_ link: OpaquePointer, destination: String) -> (node: OpaquePointer, literal: String)? {
        guard let child = cmark_node_first_child(link), cmark_node_next(child) == nil,
            cmark_node_get_type(child) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(child),
            let url = cmark_node_get_url(link)
        else { return nil }
        // Compared in C: this runs for every link, and most are not autolinks.
        let prefixLength = strlen(url) - strlen(literal)
        let shown =
            switch prefixLength {
            case 0: strcmp(url, literal) == 0
            case 7: (strncmp(url, "mailto:", 7) == 0 || strncmp(url, "http://", 7) == 0) && strcmp(url + 7, literal) == 0
            default: false
            }
        return shown ? (child, String(cString: literal)) : nil
    }

    /// The start of the nearest node before `node` (an earlier sibling, else an ancestor) that has a position.
    private static func positionedAnchor(before node: OpaquePointer) -> (line: Int, column: Int) {
        var current: OpaquePointer? = node
        while let candidate = current {
            var sibling = cmark_node_previous(candidate)
            while let previous = sibling {
                if cmark_node_get_start_line(previous) > 0 {
                    return (Int(cmark_node_get_start_line(previous)), Int(cmark_node_get_start_column(previous)))
                }
                sibling = cmark_node_previous(previous)
            }
            current = cmark_node_parent(candidate)
            if let parent = current, cmark_node_get_start_line(parent) > 0 {
                return (Int(cmark_node_get_start_line(parent)), Int(cmark_node_get_start_column(parent)))
            }
        }
        return (1, 1)
    }

    /// The heading's text (UTF-8) without markup; breaks become spaces, raw HTML and footnote marks vanish.
    private func plainText(_ heading: OpaquePointer) -> ArraySlice<UInt8> {
        var text: [UInt8] = []
        let iterator = cmark_iter_new(heading)
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(node) { text.append(contentsOf: Self.bytes(of: literal)) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text.append(UInt8(ascii: " "))
            default:
                break
            }
        }
        cmark_iter_free(iterator)
        if let markers {
            text.append(0)
            let stripped = text.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { $0.baseAddress.flatMap(markers.stripped) }
            }
            if let stripped { text = stripped } else { text.removeLast() }
        }
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        let start = text.firstIndex { !isSpace($0) } ?? text.endIndex
        let end = text.lastIndex { !isSpace($0) }.map { $0 + 1 } ?? start
        return text[start..<max(start, end)]
    }

    /// Replaces a heading node by `<hN id="…">…</hN>`: a custom block (for the line breaks around it)
    /// holding a custom inline that carries the tags, since cmark's own heading has no attributes.
    private static func replace(_ node: OpaquePointer, withHeading heading: MarkdownHeading) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        guard let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return cmark_node_free(block) }
        cmark_node_set_on_enter(inline, "<h\(heading.level) id=\"\(heading.id)\">")
        cmark_node_set_on_exit(inline, "</h\(heading.level)>")
        guard cmark_node_append_child(block, inline) == 1 else {
            cmark_node_free(inline)
            return cmark_node_free(block)
        }
        guard cmark_node_insert_before(node, block) == 1 else { return cmark_node_free(block) }
        while let child = cmark_node_first_child(node), cmark_node_append_child(inline, child) == 1 {}
        delete(node)
    }

    /// Puts `node` inside a custom block that renders `enter` before it and `exit` after it.
    private static func wrap(_ node: OpaquePointer, enter: String, exit: String) {
        guard let wrapper = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(wrapper, enter)
        cmark_node_set_on_exit(wrapper, exit)
        guard cmark_node_insert_before(node, wrapper) == 1 else { return cmark_node_free(wrapper) }
        if cmark_node_append_child(wrapper, node) != 1 { delete(wrapper) }
    }

    /// Replaces a link or image by its content: a link keeps its text, an image leaves its alt text.
    private static func unwrap(_ node: OpaquePointer) {
        while let child = cmark_node_first_child(node), cmark_node_insert_before(node, child) == 1 {}
        delete(node)
    }

    private static func delete(_ node: OpaquePointer) {
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    private static func bytes(of string: UnsafePointer<CChar>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: UnsafeRawPointer(string).assumingMemoryBound(to: UInt8.self), count: strlen(string))
    }
}
