/// The compilation book (`book`): one print-ready document.
public struct BookPage: Sendable, Encodable {
    /// The book language.
    public let lang: String
    /// The `<title>`.
    public let pageTitle: String
    /// The fingerprinted book stylesheet, relative to the book.
    public let css: String
    /// Whether printed page numbers are known (the contents and indexes show them).
    public let numbered: Bool
    /// The named page style of the contents.
    public let contentsSheet: String
    /// The site's home page, when the book is part of a built site; else absent.
    public let siteHome: String?
    /// The site description, for the meta tag; absent when there is none.
    public let description: String?
    /// The cover.
    public let bookCover: BookCover
    /// The preface; absent when the book has none.
    public let preface: BookPreface?
    /// The outstanding regions; absent when the book has none.
    public let regions: BookRegions?
    /// The cases, one part per year.
    public let parts: [BookPart]
    /// The back-matter indexes.
    public let index: BookIndex
    /// The table of contents.
    public let toc: [BookTocEntry]
    /// The `@page` rules of the named page styles.
    public let pageRules: String

    /// Stores each field as given; the page builders compute them.
    public init(
        lang: String, pageTitle: String, css: String, numbered: Bool, contentsSheet: String, siteHome: String? = nil, description: String? = nil,
        bookCover: BookCover, preface: BookPreface? = nil, regions: BookRegions? = nil, parts: [BookPart], index: BookIndex, toc: [BookTocEntry],
        pageRules: String
    ) {
        self.lang = lang
        self.pageTitle = pageTitle
        self.css = css
        self.numbered = numbered
        self.contentsSheet = contentsSheet
        self.siteHome = siteHome
        self.description = description
        self.bookCover = bookCover
        self.preface = preface
        self.regions = regions
        self.parts = parts
        self.index = index
        self.toc = toc
        self.pageRules = pageRules
    }
}
