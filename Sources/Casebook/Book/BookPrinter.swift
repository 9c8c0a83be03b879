import CasebookPages
import CasebookSupport
import Foundation

/// Prints a written book to PDF with headless Chromium. What is printed is the book's print
/// page (`RenderedBook.printPage`), written beside index.html for the time of printing. Chromium
/// does not compute `target-counter()`, so the contents get their page numbers in a second pass:
/// print once, read where each entry landed (`PDFDestinations`), render the page with those
/// numbers, print again; repeat while a number moved (it does not, since the number column has a
/// fixed width). The book's own index.html stays free of numbers, so it never depends on the
/// browser or the fonts of the machine.
public struct BookPrinter: Sendable {
    /// Why printing failed: the browser, the page and the reason as values; `description` makes
    /// the words for the person at the terminal.
    public struct Failure: Error, MessageConvertible, Sendable, Equatable {
        /// Why printing failed.
        public enum Reason: Sendable, Equatable {
            /// The browser was still printing after `seconds`.
            case timedOut(seconds: Int)
            /// The browser ended with `status` or made no PDF; the last lines it printed.
            case failed(status: Int32, log: String)
        }

        /// The browser that was run.
        public let browser: String
        /// The page being printed.
        public let path: String
        /// Why printing failed.
        public let reason: Reason

        /// A printing failure of `browser` on `path`.
        public init(_ reason: Reason, browser: String, path: String) {
            self.reason = reason
            self.browser = browser
            self.path = path
        }

        /// The sentence printed for the person at the terminal.
        public var message: Message {
            switch reason {
            case .timedOut(let seconds): Message("book.timedOut", ["browser": "\(browser)", "path": "\(path)", "seconds": "\(seconds)"])
            case .failed(let status, let log):
                Message(
                    log.isEmpty ? "book.printFailed" : "book.printFailedLog",
                    ["browser": "\(browser)", "path": "\(path)", "status": "\(status)", "log": "\(log)"])
            }
        }
    }

    /// What printing made.
    public struct Report: Sendable {
        /// Pages of the PDF; nil when the file could not be read back.
        public let pageCount: Int?
        /// Whether the contents and indexes carry page numbers.
        public let numbered: Bool
    }

    /// Executable names tried on PATH, in order.
    public static let browserNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The browser that prints.
    public let browser: String
    /// Seconds one print may take before Chromium is stopped.
    public var timeout: Double = 300

    /// A printer that runs the Chromium at `browser`.
    public init(browser: String) { self.browser = browser }

    /// The first Chromium on `PATH`; nil when none is installed.
    public static func findBrowser(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        let folders = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in browserNames {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return folder + "/" + name
            }
        }
        return nil
    }

    /// What to tell someone whose machine has no Chromium.
    public static var missingBrowserMessage: Message {
        Message("book.noBrowser", ["names": "\(browserNames.joined(separator: ", "))"])
    }

    /// Prints `book`, already written into `output`, to the PDF file `pdf`.
    public func print(_ book: RenderedBook, writtenTo output: String, pdf: String) throws -> Report {
        let folder = URL(fileURLWithPath: output).standardizedFileURL.appendingPathComponent(Routes.book)
        let printed = folder.appendingPathComponent(".print.html")
        let target = URL(fileURLWithPath: pdf).standardizedFileURL
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: printed) }

        try Data(book.printPage().bytes).write(to: printed)
        try run(printed, to: target)
        defer { writeInfo(book.pdfInfo, to: target) }
        guard let first = PDFDestinations.read(try [UInt8](Data(contentsOf: target))) else {
            return Report(pageCount: nil, numbered: false)
        }
        guard !first.pages.isEmpty else { return Report(pageCount: first.pageCount, numbered: false) }
        var numbers = first.pages
        var pageCount = first.pageCount
        for _ in 0..<3 {
            try Data(book.printPage(pages: numbers).bytes).write(to: printed)
            try run(printed, to: target)
            guard let printed = PDFDestinations.read(try [UInt8](Data(contentsOf: target))) else { break }
            pageCount = printed.pageCount
            if printed.pages == numbers { break }
            numbers = printed.pages
        }
        return Report(pageCount: pageCount, numbered: true)
    }

    /// Appends the book's title, author, subject and creator to the printed file; a file laid out
    /// otherwise than expected keeps Chromium's.
    private func writeInfo(_ info: PDFInfo.Fields, to pdf: URL) {
        guard let bytes = try? [UInt8](Data(contentsOf: pdf)), let updated = PDFInfo.updating(bytes, with: info) else { return }
        try? Data(updated).write(to: pdf)
    }

    /// Runs Chromium once; its own chatter (D-Bus, GPU) is shown only when it fails.
    private func run(_ page: URL, to pdf: URL) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let log = scratch.appendingPathComponent("stderr.log")
        try Data().write(to: log)
        try? FileManager.default.removeItem(at: pdf)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--disable-dev-shm-usage",
            "--no-first-run", "--disable-background-networking", "--disable-extensions",
            "--user-data-dir=" + scratch.appendingPathComponent("profile").path,
            "--print-to-pdf=" + pdf.path, page.absoluteString,
        ]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(.timedOut(seconds: Int(timeout)), browser: browser, path: page.path)
        }
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            let chatter = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            let lines = chatter.split(separator: "\n").suffix(8).joined(separator: "\n")
            throw Failure(.failed(status: process.terminationStatus, log: lines), browser: browser, path: page.path)
        }
    }
}
