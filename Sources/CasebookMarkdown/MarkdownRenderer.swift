import CasebookSupport

/// Renders Markdown bodies to HTML with cmark-gfm (GFM tables, strikethrough, autolinks, tagfilter, task
/// lists and footnotes) plus Casebook's corrections for Chinese text, safe URLs and heading ids.
public struct MarkdownRenderer: Sendable {
    /// The options every `render` call uses.
    public let options: MarkdownOptions

    /// A renderer with `options`; cheap to make and safe to share across threads.
    public init(options: MarkdownOptions = .init()) {
        self.options = options
    }

    /// Renders one Markdown body. `rewrite` maps every link/image destination (after unsafe schemes were
    /// removed) to the URL to emit; identity by default. With `imageSize`, images get their size (when it
    /// gives one for the destination as written), `loading="lazy"` and `decoding="async"`.
    public func render(
        _ markdown: String, rewrite: (@Sendable (String) -> String)? = nil,
        imageSize: (@Sendable (String) -> ImageHeader?)? = nil
    ) -> MarkdownDocument {
        var source = markdown
        source.makeContiguousUTF8()
        if let document = source.utf8.withContiguousStorageIfAvailable({ render($0, rewrite: rewrite, imageSize: imageSize) }) {
            return document
        }
        return Array(source.utf8).withUnsafeBufferPointer { render($0, rewrite: rewrite, imageSize: imageSize) }
    }

    private func render(_ source: UnsafeBufferPointer<UInt8>, rewrite: ((String) -> String)?, imageSize: ((String) -> ImageHeader?)?) -> MarkdownDocument {
        let emphasis = CJKEmphasis.prepare(source)
        let output =
            if let emphasis {
                emphasis.bytes.withUnsafeBufferPointer {
                    CMark.convert($0, markers: emphasis.markers, options: options, rewrite: rewrite, imageSize: imageSize)
                }
            } else {
                CMark.convert(source, markers: nil, options: options, rewrite: rewrite, imageSize: imageSize)
            }
        var columns = SourceColumns(source: source, insertions: emphasis?.insertions ?? [])
        let links = output.links.enumerated()
            .map { index, link in
                let position = columns.position(of: link)
                let located = MarkdownLink(
                    destination: link.destination, isImage: link.isImage, line: position.line, column: position.column
                )
                return (index, located)
            }
            .sorted { ($0.1.line, $0.1.column, $0.0) < ($1.1.line, $1.1.column, $1.0) }
            .map(\.1)
        let html = Footnotes.localize(output.html, prefix: options.idPrefix, backLabel: options.footnoteBackLabel)
        let dropped = output.droppedHTML.map { raw in
            let position = columns.position(of: raw)
            return MarkdownLink(destination: raw.destination, isImage: false, line: position.line, column: position.column)
        }
        return MarkdownDocument(html: html, headings: output.headings, links: links, droppedHTML: dropped)
    }
}
