import CasebookSupport

/// The optional `book:` mapping of site.yaml: how the compilation book (案例汇编) is titled and
/// arranged, and whether every `casebook build` also makes it.
public struct BookSettings: Sendable, Hashable {
    /// How the cases of one year are grouped into sections.
    public enum Grouping: String, Sendable, CaseIterable {
        /// By enterprise type (联网工业企业, 平台企业, 标识解析企业), in official order.
        case type
        /// By applying unit, in official order.
        case unit
    }

    /// Also write the book (book/index.html) during `casebook build`, and link it from the site.
    public var enabled = false
    /// The cover title; the site title when absent.
    public var title: String?
    /// The line under the title; the theme's `book_subtitle` string when absent.
    public var subtitle: String?
    /// The issuing body on the cover; the footer copyright holder when absent.
    public var publisher: String?
    /// Slug of the page in content/pages/ used as the preface (前言); `preface`, then `about`, when absent.
    public var preface: String?
    /// Where `preface:` is written in site.yaml, for the diagnostic when it names no page.
    public var prefaceLocation = SourceLocation()
    /// How the book groups its cases (`group_by`); by enterprise type unless written.
    public var grouping: Grouping = .type

    /// Settings of a site that says nothing of the book: no book.
    public init() {}

    static let keys = ["enabled", "title", "subtitle", "publisher", "preface", "group_by"]

    /// Reads the `book:` mapping of site.yaml; nil when there is none.
    static func read(_ r: inout FieldReader) -> BookSettings? {
        guard var book = r.nested("book", known: keys) else { return nil }
        defer { r.absorb(book) }
        var settings = BookSettings()
        settings.enabled = book.bool("enabled")
        settings.title = book.string("title")
        settings.subtitle = book.string("subtitle")
        settings.publisher = book.string("publisher")
        if let preface = book.string("preface") {
            settings.preface = preface
            settings.prefaceLocation = book.location(of: "preface")
        }
        if let grouping = book.string("group_by") {
            if let value = Grouping(rawValue: grouping) {
                settings.grouping = value
            } else {
                book.report("CB0103", Message("book.unknownGroupBy", ["value": "\(grouping)"]), at: "group_by", hint: Message("book.unknownGroupBy.hint"))
            }
        }
        return settings
    }
}
