import CasebookSupport

/// Why a site could not be loaded at all (as opposed to content mistakes, which are diagnostics).
public struct SiteError: Error, MessageConvertible, Sendable, Equatable {
    /// Why the site could not be loaded.
    public enum Reason: Sendable, Equatable {
        /// The folder has no site.yaml.
        case noSiteConfig
    }

    /// The folder that was taken for the site.
    public let path: String
    /// Why it could not be loaded.
    public let reason: Reason

    /// An error about the site folder `path`.
    public init(_ reason: Reason, path: String) {
        self.reason = reason
        self.path = path
    }

    /// The sentence printed for the person at the terminal.
    public var message: Message {
        switch reason {
        case .noSiteConfig: Message("site.noConfig", ["path": "\(path)"])
        }
    }
}
